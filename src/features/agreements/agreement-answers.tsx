import { useId } from 'react';
import { answerOf, whoIsIn, type Agreement, type AgreementAnswers } from '../../domain/agreement.ts';
import { useT } from '../../ui/app-context.tsx';
import './agreement-answers.css';

interface AgreementAnswersViewProps {
  agreement: Pick<Agreement, 'id' | 'organisationIds'>;
  answers: AgreementAnswers;
  nameOf: (organisationId: string) => string;
  /** Also the organisations' comments (the facilitator's card); the tablet shows its own comment itself. */
  hasComments?: boolean;
}

/**
 * What the agreement's organisations have answered on their tablets, as it arrives: who has said
 * "Vi er med", and their comments.
 */
export function AgreementAnswersView({ agreement, answers, nameOf, hasComments = true }: AgreementAnswersViewProps) {
  const { t } = useT();
  const commentsId = useId();
  const names = whoIsIn(agreement, answers).map(nameOf);
  const comments = hasComments
    ? agreement.organisationIds.map((organisationId) => ({ organisationId, comment: answerOf(answers, organisationId, agreement.id).comment })).filter(({ comment }) => comment !== '')
    : [];
  return (
    <div className="agreement-answers">
      <p className={`answers-in${names.length > 0 ? ' has-in' : ''}`}>
        {names.length > 0 ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('agreements.answers.in', { names: names.join(', ') })}
          </>
        ) : (
          t('agreements.answers.noneIn')
        )}
      </p>
      {comments.length > 0 ? (
        <>
          <p className="answers-comments-title" id={commentsId}>
            {t('agreements.answers.comments')}
          </p>
          <ul className="answers-comments" aria-labelledby={commentsId}>
            {comments.map(({ organisationId, comment }) => (
              <li key={organisationId}>{t('agreements.answers.comment', { name: nameOf(organisationId), comment })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
