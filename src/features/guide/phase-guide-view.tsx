import type { AgendaItem } from '../../domain/agenda.ts';
import { GUIDE_SOURCES, PHASE_GUIDES } from '../../domain/guide.ts';
import type { PhaseId } from '../../domain/phase.ts';
import { useT, useUi } from '../../ui/app-context.tsx';

interface PhaseGuideViewProps {
  phase: PhaseId;
  /** The phase's place in the agenda (null: not on it), the meeting's length and the group's size. */
  agendaItem: AgendaItem | null;
  totalMinutes: number;
  organisationCount: number;
}

/** One phase's guide: purpose, what to say, time, what to watch for, tips with their source. */
export function PhaseGuideView({ phase, agendaItem, totalMinutes, organisationCount }: PhaseGuideViewProps) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const guide = PHASE_GUIDES[phase];
  const timeLead =
    phase === 'forberedelse'
      ? t('guide.timeBefore')
      : agendaItem
        ? t('guide.timeSuggested', { minutes: agendaItem.minutes, total: totalMinutes, count: organisationCount })
        : t('guide.timeNotOnAgenda');
  return (
    <div className="guide-phase">
      <section aria-labelledby="guide-purpose">
        <h3 id="guide-purpose">{t('guide.purpose')}</h3>
        <p>{guide.purpose[language]}</p>
      </section>
      <section aria-labelledby="guide-script">
        <h3 id="guide-script">{t('guide.script')}</h3>
        <ul className="guide-script">
          {guide.script.map((line) => (
            <li key={line.da}>{line[language]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-time">
        <h3 id="guide-time">{t('guide.time')}</h3>
        <p>
          <strong>{timeLead}</strong> {guide.time[language]}
        </p>
      </section>
      <section aria-labelledby="guide-watch">
        <h3 id="guide-watch">{t('guide.watchFor')}</h3>
        <ul>
          {guide.watchFor.map((line) => (
            <li key={line.da}>{line[language]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-tips">
        <h3 id="guide-tips">{t('guide.tips')}</h3>
        <ul className="guide-tips">
          {guide.tips.map((tip) => (
            <li key={tip.text.da}>
              <p>{tip.text[language]}</p>
              <p className="guide-source">{t('guide.source', { source: GUIDE_SOURCES[tip.source][language] })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
