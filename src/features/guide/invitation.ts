import { clockTime } from '../../domain/agenda.ts';
import type { Preparation } from '../../domain/preparation.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { translate, type Language } from '../../i18n/translate.ts';
import { printDate } from '../../print/print-labels.ts';

/** How long the meeting is, in words: "2½ timer", "90 minutter". */
function lengthText(minutes: number, language: Language): string {
  if (minutes % 30 !== 0 || minutes < 60) return translate(language, 'guide.invite.minutes', { count: minutes });
  const hours = minutes / 60;
  const whole = Math.floor(hours);
  const text = hours === whole ? String(whole) : `${whole}½`;
  return translate(language, 'guide.invite.hours', { hours: text });
}

/**
 * The invitation to paste into an email: subject, then the body with the workshop's facts (what is
 * missing is left out or said to follow), what happens at the meeting, and what to think about beforehand.
 */
export function invitationText(workshop: Pick<Workshop, 'setup'>, preparation: Pick<Preparation, 'meetingMinutes' | 'startTime'>, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const { setup } = workshop;
  const title = setup.title.trim();
  const initiative = setup.initiative.trim();
  const end = clockTime(preparation.startTime, preparation.meetingMinutes);
  const date = setup.date ? printDate(setup.date, language) : '';
  const when = !date
    ? end
      ? t('guide.invite.whenUnknownAt', { start: preparation.startTime, end })
      : t('guide.invite.whenUnknown')
    : end
      ? t('guide.invite.whenAt', { date, start: preparation.startTime, end })
      : t('guide.invite.when', { date });
  const lines = [
    t('guide.invite.subject', { title }),
    '',
    t('guide.invite.greeting'),
    '',
    initiative ? t('guide.invite.introInitiative', { initiative, title }) : t('guide.invite.intro', { title }),
    '',
    when,
    ...(setup.place.trim() ? [t('guide.invite.where', { place: setup.place.trim() })] : []),
    t('guide.invite.length', { hours: lengthText(preparation.meetingMinutes, language) }),
    '',
    t('guide.invite.what'),
    '',
    t('guide.invite.think'),
    t('guide.invite.leader'),
    t('guide.invite.network'),
    '',
    t('guide.invite.regards'),
    ...(setup.facilitator.trim() ? [setup.facilitator.trim()] : []),
  ];
  return lines.join('\n');
}
