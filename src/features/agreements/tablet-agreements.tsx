import { useId, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import {
  AGREEMENT_COMMENT_MAX,
  AGREEMENT_TEXT_MAX,
  agreementsOf,
  answerOf,
  type Agreement,
  type AgreementAnswer,
} from '../../domain/agreement.ts';
import type { Result } from '../../domain/result.ts';
import type { Workshop } from '../../domain/workshop.ts';
import { setAgreementComment, setAgreementIn, setCoordinatorFirstStep } from '../../state/agreement-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { formatDate } from '../../ui/format.ts';
import { DoneSwitch, LockedNotice } from '../../ui/phase-steering.tsx';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';
import { AgreementAnswersView } from './agreement-answers.tsx';
import { AnswerField } from './answer-field.tsx';
import './tablet-agreements.css';

const selectAgreements = ({ agreements, organisations, agreementAnswers }: Workshop) => ({ agreements, organisations, agreementAnswers });

/**
 * Aftaler on an organisation's tablet: the agreements it is part of, as the facilitator makes them,
 * one card each in large type. On each the organisation says "Vi er med" (or takes it back) and may
 * write a comment; its coordinator also writes the first step. Everything goes to the organisation's
 * own document, which the facilitator's screen reads live. The facilitator may lock the answers (the
 * tablet says so, and what it tries is refused with the reason); "Vi er færdige" is always there.
 */
export function TabletAgreements({ session, organisationId }: { session: WorkshopSession; organisationId: string }) {
  const { t } = useT();
  const { agreements, organisations, agreementAnswers } = useWorkshopSelector(session, selectAgreements, shallow);
  const nameOf = (id: string) => organisations.find((organisation) => organisation.id === id)?.name ?? t('agreements.removedOrganisation');
  const own = agreementsOf(agreements, organisationId);
  const name = nameOf(organisationId);
  return (
    <section className="tablet-agreements" aria-labelledby="tablet-agreements-title">
      <h2 id="tablet-agreements-title">{t('agreements.title')}</h2>
      <LockedNotice session={session} phase="aftaler" />
      {own.length === 0 ? (
        <p className="tablet-agreements-none" role="status">
          {t('agreements.tablet.none', { name })}
        </p>
      ) : (
        <>
          <p className="tablet-agreements-intro">{t('agreements.tablet.intro', { name })}</p>
          <ol className="answer-cards" aria-label={t('agreements.tablet.list')}>
            {own.map((agreement) => (
              <AnswerCard
                key={agreement.id}
                session={session}
                agreement={agreement}
                organisationId={organisationId}
                answer={answerOf(agreementAnswers, organisationId, agreement.id)}
                answers={agreementAnswers}
                nameOf={nameOf}
              />
            ))}
          </ol>
        </>
      )}
      <DoneSwitch session={session} organisationId={organisationId} phase="aftaler" />
    </section>
  );
}

interface AnswerCardProps {
  session: WorkshopSession;
  agreement: Agreement;
  organisationId: string;
  answer: AgreementAnswer;
  answers: Workshop['agreementAnswers'];
  nameOf: (organisationId: string) => string;
}

/** One agreement: what it is and who is in it, the first step, "Vi er med", and a comment. */
function AnswerCard({ session, agreement, organisationId, answer, answers, nameOf }: AnswerCardProps) {
  const { t, problem } = useT();
  const { store } = useServices();
  const language = useUi((state) => state.language);
  const titleId = useId();
  const isCoordinator = agreement.coordinatorId === organisationId;
  const { what } = agreement;

  // Focus stays where the hand is: on the button that takes the place of the one just pressed.
  const inButton = useRef<HTMLButtonElement>(null);
  const takeBackButton = useRef<HTMLButtonElement>(null);
  const moveFocus = (target: { current: HTMLButtonElement | null }) => requestAnimationFrame(() => target.current?.focus());

  const announce = (text: string) => store.getState().announce(text);
  /** Runs a command; a refusal is said aloud and shown, and returned as text for an open editor. */
  const run = (result: Result<unknown>, done: string): string | null => {
    if (!result.ok) {
      const text = problem(result.problem);
      announce(text);
      return text;
    }
    announce(done);
    return null;
  };
  const sayIn = (isIn: boolean) => {
    const refused = run(setAgreementIn(session.context, organisationId, agreement.id, isIn), t(isIn ? 'agreements.tablet.saidIn' : 'agreements.tablet.tookBack', { what }));
    if (refused === null) moveFocus(isIn ? takeBackButton : inButton);
  };

  const commentAction = t(answer.comment ? 'agreements.tablet.commentEdit' : 'agreements.tablet.commentWrite');
  const firstStepAction = t(agreement.firstStep ? 'agreements.tablet.firstStepEdit' : 'agreements.tablet.firstStepWrite');

  return (
    <li className={`answer-card form-${agreement.form}`} aria-labelledby={titleId}>
      <p className="answer-card-form">
        <strong>{t(`agreements.form.${agreement.form}`)}</strong> <span>{t(`agreements.formPhrase.${agreement.form}`)}</span>
      </p>
      <h3 className="answer-card-what" id={titleId}>
        {what}
      </h3>
      <ul className="answer-card-facts">
        <li>{t('agreements.tablet.with', { names: agreement.organisationIds.map(nameOf).join(', ') })}</li>
        <li>{isCoordinator ? <strong className="answer-card-coordinator">{t('agreements.tablet.youCoordinate')}</strong> : t('agreements.tablet.coordinatorIs', { name: nameOf(agreement.coordinatorId) })}</li>
        {agreement.date ? <li>{`${t('agreements.editor.date')}: ${formatDate(agreement.date, language)}`}</li> : null}
      </ul>

      <AnswerField
        className="answer-first-step"
        label={t('agreements.firstStep')}
        value={agreement.firstStep}
        empty={t('agreements.tablet.firstStepNone')}
        hint={t('agreements.tablet.firstStepHint')}
        max={AGREEMENT_TEXT_MAX}
        {...(isCoordinator ? { open: { text: firstStepAction, label: t('agreements.tablet.firstStepLabel', { action: firstStepAction, what }) } } : {})}
        saveLabel={t('agreements.tablet.firstStepSave')}
        onSave={(text) => run(setCoordinatorFirstStep(session.context, organisationId, agreement.id, text), t('agreements.tablet.firstStepSaved'))}
      />

      <div className="answer-in">
        {answer.isIn ? (
          <>
            <p className="answer-in-status">
              <span className="answer-in-mark" aria-hidden="true">
                ✓
              </span>
              {t('agreements.tablet.youAreIn')}
            </p>
            <button ref={takeBackButton} type="button" className="answer-take-back" aria-label={t('agreements.tablet.takeBackLabel', { what })} onClick={() => sayIn(false)}>
              {t('agreements.tablet.takeBack')}
            </button>
          </>
        ) : (
          <button ref={inButton} type="button" className="primary answer-in-button" aria-label={t('agreements.tablet.isInLabel', { what })} onClick={() => sayIn(true)}>
            {t('agreements.tablet.isIn')}
          </button>
        )}
      </div>
      <AgreementAnswersView agreement={agreement} answers={answers} nameOf={nameOf} hasComments={false} />

      <AnswerField
        className="answer-comment"
        label={t('agreements.tablet.comment')}
        value={answer.comment}
        empty={null}
        hint={t('agreements.tablet.commentHint')}
        max={AGREEMENT_COMMENT_MAX}
        open={{ text: commentAction, label: t('agreements.tablet.commentLabel', { action: commentAction, what }) }}
        saveLabel={t('agreements.tablet.commentSave')}
        onSave={(text) => run(setAgreementComment(session.context, organisationId, agreement.id, text), t('agreements.tablet.commentSaved'))}
      />
    </li>
  );
}
