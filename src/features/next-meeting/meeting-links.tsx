import type { Workshop } from '../../domain/workshop.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';

const selectLinks = (workshop: Workshop) => `${workshop.setup.previousId}\u0000${workshop.setup.previousTitle}\u0000${workshop.setup.nextId}\u0000${workshop.setup.nextTitle}`;

/** "Opfølgning på: …" and "Næste møde: …", each a link that opens that workshop; nothing when neither is set. */
export function MeetingLinks({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const [previousId = '', previousTitle = '', nextId = '', nextTitle = ''] = useWorkshopSelector(session, selectLinks).split('\u0000');
  if (previousId === '' && nextId === '') return null;
  return (
    <ul className="meeting-links">
      {previousId === '' ? null : (
        <li>
          {t('nextMeeting.previous')}{' '}
          <a href={`#/w/${previousId}`} aria-label={t('nextMeeting.open', { title: previousTitle })}>
            {previousTitle}
          </a>
        </li>
      )}
      {nextId === '' ? null : (
        <li>
          {t('nextMeeting.next')}{' '}
          <a href={`#/w/${nextId}`} aria-label={t('nextMeeting.open', { title: nextTitle })}>
            {nextTitle}
          </a>
        </li>
      )}
    </ul>
  );
}
