import type { Agreement } from '../domain/agreement.ts';
import type { Organisation } from '../domain/organisation.ts';
import { useT, useUi } from './app-context.tsx';
import { formatDate } from './format.ts';
import './agreement-facts.css';

/**
 * An agreement's facts as a definition list: the coordinator, who takes part, the first step and
 * the dates (what is empty is left out). Shared by Aftaler and Opsamling, which show agreements alike.
 */
export function AgreementFacts({ agreement, organisations }: { agreement: Agreement; organisations: readonly Organisation[] }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const nameOf = (id: string) => organisations.find((organisation) => organisation.id === id)?.name ?? t('agreements.removedOrganisation');
  const rows: [string, string][] = [
    [t('agreements.coordinator'), nameOf(agreement.coordinatorId)],
    [t('agreements.organisations'), agreement.organisationIds.map(nameOf).join(', ')],
    ...(agreement.firstStep ? [[t('agreements.firstStep'), agreement.firstStep] satisfies [string, string]] : []),
    ...(agreement.date ? [[t('agreements.date'), formatDate(agreement.date, language)] satisfies [string, string]] : []),
    ...(agreement.followUpDate ? [[t('agreements.followUpDate'), formatDate(agreement.followUpDate, language)] satisfies [string, string]] : []),
  ];
  return (
    <dl className="agreement-facts">
      {rows.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
