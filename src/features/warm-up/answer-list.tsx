import type { WarmUpAnswer } from '../../domain/warm-up.ts';
import { useT } from '../../ui/app-context.tsx';

/** An organisation's answers to read (on the projector, and on its tablet once it is done), or that it has none yet. */
export function AnswerList({ answers }: { answers: readonly WarmUpAnswer[] }) {
  const { t } = useT();
  if (answers.length === 0) return <p className="empty">{t('warmUp.answers.empty')}</p>;
  return (
    <ul className="overview-answers">
      {answers.map((answer) => (
        <li key={answer.id}>{answer.text}</li>
      ))}
    </ul>
  );
}
