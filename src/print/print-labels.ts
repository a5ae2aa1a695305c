import type { ValueInPlay } from '../domain/value.ts';
import type { Workshop } from '../domain/workshop.ts';
import { formatDate } from '../i18n/format.ts';
import { translate, type Language } from '../i18n/translate.ts';

/** Names and dates as every printable shows them (pure: no jsPDF). */

/** `2026-11-22` as "22. november 2026" ("22 November 2026"); anything else as it is. */
export function printDate(isoDate: string, language: Language): string {
  return formatDate(isoDate, language);
}

/** A value's name: core values from the catalogue, custom values and warm-up pieces as typed. */
export function printValueName(value: ValueInPlay, language: Language): string {
  return value.kind === 'core' ? translate(language, `value.${value.id}.name`) : value.name;
}

/** An organisation's name by id, or a plain "unknown organisation" when it has been removed. */
export function organisationName(workshop: Pick<Workshop, 'organisations'>, id: string, language: Language): string {
  return workshop.organisations.find((organisation) => organisation.id === id)?.name ?? translate(language, 'print.summary.unknownOrganisation');
}

/** The footer of every page: the workshop's title and date. */
export function footerText(workshop: Pick<Workshop, 'setup'>, language: Language): string {
  const date = workshop.setup.date ? printDate(workshop.setup.date, language) : translate(language, 'print.footer.noDate');
  return `${workshop.setup.title} · ${date}`;
}

/** The PDF's title, subject and author: "<kind>: <workshop title>", the kind, the facilitator (or the app). */
export function documentMetadata(workshop: Pick<Workshop, 'setup'>, kind: string, language: Language): { title: string; subject: string; author: string } {
  const author = workshop.setup.facilitator.trim() || translate(language, 'print.author');
  return { title: `${kind}: ${workshop.setup.title}`, subject: kind, author };
}
