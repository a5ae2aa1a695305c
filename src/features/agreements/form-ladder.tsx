import { COLLABORATION_FORMS, type Agreement, type AgreementAnswers } from '../../domain/agreement.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { agreementsByForm } from '../../domain/summary.ts';
import { AgreementFacts } from '../../ui/agreement-facts.tsx';
import { useT } from '../../ui/app-context.tsx';
import { AgreementAnswersView } from './agreement-answers.tsx';

interface FormLadderProps {
  agreements: readonly Agreement[];
  organisations: readonly Organisation[];
  /** What the organisations answered on their tablets ("Vi er med", comments). */
  answers: AgreementAnswers;
  /** Absent on the projector: the cards are shown without buttons. */
  onEdit?: (agreement: Agreement) => void;
  onDelete?: (agreement: Agreement) => void;
}

/**
 * The five forms of collaboration as a ladder, the most committing at the top, each rung with its
 * "vi …" phrase and the agreements made in that form. The note under the title says what the
 * ladder measures: commitment, not worth.
 */
export function FormLadder({ agreements, organisations, answers, onEdit, onDelete }: FormLadderProps) {
  const { t } = useT();
  const groups = agreementsByForm(agreements);
  return (
    <section className="form-ladder-view" aria-labelledby="ladder-title">
      <h3 id="ladder-title">{t('agreements.ladder.title')}</h3>
      <p className="ladder-note">{t('agreements.ladder.allValuable')}</p>
      <div className="ladder-frame">
        <p className="ladder-axis" aria-hidden="true">
          <span>▲<br />{t('agreements.ladder.most')}</span>
          <span>{t('agreements.ladder.least')}<br />▼</span>
        </p>
        <ol className="ladder">
          {[...COLLABORATION_FORMS].reverse().map((form) => {
            const inForm = groups.find((group) => group.form === form)?.agreements ?? [];
            return (
              <li key={form} className={`rung form-${form}`} aria-labelledby={`rung-${form}`}>
                <div className="rung-head">
                  <h4 id={`rung-${form}`}>{t(`agreements.form.${form}`)}</h4>
                  <p className="rung-phrase">{t(`agreements.formPhrase.${form}`)}</p>
                  <p className="rung-count">
                    {inForm.length === 0 ? t('agreements.ladder.none') : t('agreements.ladder.count', { count: inForm.length })}
                  </p>
                </div>
                {inForm.length > 0 ? (
                  <ul className="agreement-cards">
                    {inForm.map((agreement) => (
                      <AgreementCard key={agreement.id} agreement={agreement} organisations={organisations} answers={answers} onEdit={onEdit} onDelete={onDelete} />
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

interface AgreementCardProps {
  agreement: Agreement;
  organisations: readonly Organisation[];
  answers: AgreementAnswers;
  onEdit?: (agreement: Agreement) => void;
  onDelete?: (agreement: Agreement) => void;
}

function AgreementCard({ agreement, organisations, answers, onEdit, onDelete }: AgreementCardProps) {
  const { t } = useT();
  const nameOf = (id: string) => organisations.find((organisation) => organisation.id === id)?.name ?? t('agreements.removedOrganisation');
  return (
    <li className="agreement-card" aria-label={agreement.what}>
      <p className="agreement-what">{agreement.what}</p>
      {agreement.status ? <p className={`status-badge status-${agreement.status}`}>{t(`agreements.status.${agreement.status}`)}</p> : null}
      <AgreementFacts agreement={agreement} organisations={organisations} />
      <AgreementAnswersView agreement={agreement} answers={answers} nameOf={nameOf} />
      {onEdit || onDelete ? (
        <div className="row-actions">
          {onEdit ? (
            <button type="button" aria-label={t('agreements.editLabel', { what: agreement.what })} onClick={() => onEdit(agreement)}>
              {t('agreements.edit')}
            </button>
          ) : null}
          {onDelete ? (
            <button type="button" className="danger-quiet" aria-label={t('agreements.deleteLabel', { what: agreement.what })} onClick={() => onDelete(agreement)}>
              {t('agreements.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
