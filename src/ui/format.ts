/** The screens' dates and times: the one set of Intl helpers in src/i18n/format.ts. */
export { formatDate, formatDateTime, formatTime, formatList, formatNumber, formatBytes } from '../i18n/format.ts';
