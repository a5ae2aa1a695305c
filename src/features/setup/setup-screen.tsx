import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { FactsForm } from './facts-form.tsx';
import { OrganisationsEditor } from './organisations-editor.tsx';
import { ValuesEditor } from './values-editor.tsx';

/** Forberedelse: the facilitator sets up the workshop before the meeting. */
export function SetupScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  return (
    <section className="screen setup-screen" aria-labelledby="setup-title">
      <h2 id="setup-title" className="visually-hidden">
        {t('setup.title')}
      </h2>
      <FactsForm session={session} />
      <OrganisationsEditor session={session} />
      <ValuesEditor session={session} />
    </section>
  );
}
