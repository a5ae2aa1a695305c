import { AGREEMENT_STATUSES, COLLABORATION_FORMS, type Agreement } from '../../domain/agreement.ts';
import { GUIDE_SOURCES } from '../../domain/guide.ts';
import { TRUST_BY_STATUS, TRUST_NEXT_STEP } from '../../domain/practice-examples.ts';
import { followUpTally } from '../../domain/summary.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { setAgreementStatus, writeStatusNote } from '../../state/agreement-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';

/**
 * The follow-up, for a later meeting on the reopened workshop: what held (completed or in
 * progress, of all agreements), and per agreement its status and a note on how it went. On the
 * projector it is read only.
 */
export function FollowUpPanel({ session, workshop }: { session: WorkshopSession; workshop: Workshop }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  if (workshop.agreements.length === 0) return null;
  const tally = followUpTally(workshop.agreements);
  return (
    <section className="summary-section follow-up" aria-labelledby="summary-follow-up">
      <h3 id="summary-follow-up">{t('summary.followUp.title')}</h3>
      {isProjector ? null : <p className="hint">{t('summary.followUp.intro')}</p>}
      <p className="held" role="status">
        <strong>{t('summary.followUp.held', { held: tally.held, count: tally.total })}</strong>
        {tally.notFollowedUp > 0 ? <> {t('summary.followUp.notYet', { count: tally.notFollowedUp })}</> : null}
      </p>
      <ul className="held-counts">
        {AGREEMENT_STATUSES.map((status) => (
          <li key={status} className={`status-badge status-${status}`}>
            {t(`agreements.status.${status}`)}: {tally.byStatus[status]}
          </li>
        ))}
      </ul>
      <ul className="follow-up-list">
        {workshop.agreements.map((agreement) =>
          isProjector ? <FollowUpView key={agreement.id} agreement={agreement} /> : <FollowUpRow key={agreement.id} session={session} agreement={agreement} />,
        )}
      </ul>
    </section>
  );
}

function FollowUpRow({ session, agreement }: { session: WorkshopSession; agreement: Agreement }) {
  const { t } = useT();
  const choices = [...AGREEMENT_STATUSES, null] as const;
  return (
    <li className="follow-up-row">
      <fieldset>
        <legend>{t('summary.followUp.status', { what: agreement.what })}</legend>
        <div className="status-choices">
          {choices.map((status) => (
            <label key={status ?? 'none'} className={`choice status-choice ${status ? `status-${status}` : ''}`}>
              <input
                type="radio"
                name={`status-${agreement.id}`}
                checked={agreement.status === status}
                onChange={() => setAgreementStatus(session.context, agreement.id, status)}
              />
              {status ? t(`agreements.status.${status}`) : t('summary.followUp.none')}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('summary.followUp.note')}
        hiddenLabel={t('summary.followUp.noteHidden', { what: agreement.what })}
        value={agreement.statusNote}
        onCommit={(raw) => writeStatusNote(session.context, agreement.id, raw)}
      />
      <TrustNote agreement={agreement} />
    </li>
  );
}

function FollowUpView({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  return (
    <li className="follow-up-row">
      <p className="agreement-what">{agreement.what}</p>
      <p className={`status-badge ${agreement.status ? `status-${agreement.status}` : ''}`}>
        {agreement.status ? t(`agreements.status.${agreement.status}`) : t('summary.followUp.none')}
      </p>
      <p>{agreement.statusNote || t('summary.followUp.noteEmpty')}</p>
      <TrustNote agreement={agreement} />
    </li>
  );
}

/**
 * The rung of the collaboration ladder the agreement stands on, and what would build the trust to go
 * one step further (at the top: what keeps it alive); once followed up, a word on how it went.
 */
function TrustNote({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const rung = COLLABORATION_FORMS.indexOf(agreement.form) + 1;
  const next = TRUST_NEXT_STEP[agreement.form];
  const byStatus = agreement.status ? TRUST_BY_STATUS[agreement.status] : null;
  return (
    <div className="trust-note">
      <p className="trust-rung">
        <strong>{t('guide.trust.rung', { rung, form: t(`agreements.form.${agreement.form}`) })}</strong>
      </p>
      <p>
        <span className="trust-label">{rung === COLLABORATION_FORMS.length ? t('guide.trust.top') : t('guide.trust.next')}:</span> {next.text[language]}{' '}
        <span className="trust-source">({GUIDE_SOURCES[next.source][language]})</span>
      </p>
      {byStatus ? (
        <p>
          <span className="trust-label">{t('guide.trust.status')}:</span> {byStatus.text[language]}{' '}
          <span className="trust-source">({GUIDE_SOURCES[byStatus.source][language]})</span>
        </p>
      ) : null}
    </div>
  );
}
