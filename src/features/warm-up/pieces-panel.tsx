import { useId, useRef, useState } from 'react';
import type { Problem } from '../../domain/result.ts';
import type { WarmUpPiece } from '../../domain/warm-up.ts';
import { dropWarmUpPiece, mergeWarmUpPieces, renameWarmUpPiece, restoreWarmUpPiece } from '../../state/warm-up-commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { answersById, listNames, organisationNames } from './names.ts';

/** "Brikker fra opvarmningen": the facilitator merges, renames, leaves out and takes back pieces. */
export function PiecesPanel({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const { store } = useServices();
  const { warmUp } = useWorkshop(session);
  const listRef = useRef<HTMLDivElement>(null);
  const active = warmUp.pieces.filter((piece) => !piece.isDropped);
  const dropped = warmUp.pieces.filter((piece) => piece.isDropped);

  /** After a piece moves between the lists, the keyboard follows it. */
  const focusLater = (selector: string) => {
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(selector)?.focus());
  };

  const drop = (piece: WarmUpPiece) => {
    const result = dropWarmUpPiece(session.context, piece.id);
    if (!result.ok) return;
    store.getState().announce(t('warmUp.piece.dropped', { name: piece.name }));
    focusLater(`[data-restore="${piece.id}"]`);
  };

  const restore = (piece: WarmUpPiece) => {
    const result = restoreWarmUpPiece(session.context, piece.id);
    if (!result.ok) return;
    store.getState().announce(t('warmUp.piece.restored', { name: piece.name }));
    focusLater(`[data-piece-id="${piece.id}"] input`);
  };

  return (
    <section className="card warm-up-pieces" aria-labelledby="warm-up-pieces-title">
      <h2 id="warm-up-pieces-title">{t('warmUp.pieces.title')}</h2>
      <p className="hint">{t('warmUp.pieces.intro')}</p>
      <div ref={listRef}>
        {active.length === 0 ? <p className="empty">{t('warmUp.pieces.empty')}</p> : null}
        <ol className="warm-up-piece-list">
          {active.map((piece, index) => (
            <PieceRow key={piece.id} session={session} piece={piece} number={index + 1} others={active.filter((other) => other.id !== piece.id)} onDrop={drop} />
          ))}
        </ol>
        {dropped.length > 0 ? (
          <section className="warm-up-dropped" aria-labelledby="warm-up-dropped-title">
            <h3 id="warm-up-dropped-title">{t('warmUp.dropped.title')}</h3>
            <p className="hint">{t('warmUp.dropped.intro')}</p>
            <ul>
              {dropped.map((piece) => (
                <li key={piece.id}>
                  <span className="swatch" aria-hidden="true" style={{ background: piece.colour }} />
                  <span className="dropped-name">{piece.name}</span>
                  <ProposedBy session={session} piece={piece} />
                  <button type="button" data-restore={piece.id} onClick={() => restore(piece)}>
                    {t('warmUp.piece.restore')}
                    <span className="visually-hidden"> {piece.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </section>
  );
}

interface PieceRowProps {
  session: WorkshopSession;
  piece: WarmUpPiece;
  number: number;
  others: readonly WarmUpPiece[];
  onDrop: (piece: WarmUpPiece) => void;
}

function PieceRow({ session, piece, number, others, onDrop }: PieceRowProps) {
  const { t, problem: problemText } = useT();
  const { store } = useServices();
  const workshop = useWorkshop(session);
  const selectId = useId();
  const [sourceId, setSourceId] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const answers = answersById(workshop);
  const optionLabel = (other: WarmUpPiece) => `${other.name} (${organisationNames(workshop.organisations, other.proposedBy).join(', ')})`;

  const merge = () => {
    const source = others.find((other) => other.id === sourceId);
    if (!source) {
      setProblem(null);
      setHint(t(others.length === 0 ? 'warmUp.piece.noOthers' : 'warmUp.piece.chooseFirst'));
      document.getElementById(selectId)?.focus();
      return;
    }
    const result = mergeWarmUpPieces(session.context, piece.id, source.id);
    setHint(null);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setSourceId('');
    store.getState().announce(t('warmUp.piece.merged', { source: source.name, target: result.value.name }));
  };

  const answerTexts = piece.answerIds.flatMap((id) => {
    const answer = answers.get(id);
    return answer ? [t('warmUp.piece.answerFrom', { text: answer.text, name: answer.organisationName })] : [];
  });
  const isPlainAnswer = piece.answerIds.length === 1 && answers.get(piece.answerIds[0] ?? '')?.text === piece.name;
  const message = problem ? problemText(problem) : hint;

  return (
    <li className="warm-up-piece" data-piece-id={piece.id} style={{ borderLeftColor: piece.colour }}>
      <TextField
        className="piece-name"
        label={t('warmUp.piece.name')}
        hiddenLabel={t('warmUp.piece.ofNumber', { number })}
        value={piece.name}
        isRequired
        onCommit={(raw) => renameWarmUpPiece(session.context, piece.id, raw)}
      />
      <ProposedBy session={session} piece={piece} />
      {isPlainAnswer ? null : <p className="piece-answers">{t('warmUp.piece.answers', { answers: answerTexts.join(' · ') })}</p>}
      <div className="piece-actions">
        <div className="field">
          <label htmlFor={selectId}>
            {t('warmUp.piece.mergeWith')}
            <span className="visually-hidden"> {t('warmUp.piece.forNumber', { number })}</span>
          </label>
          <select
            id={selectId}
            value={sourceId}
            aria-describedby={message ? `${selectId}-message` : undefined}
            onChange={(event) => {
              setSourceId(event.target.value);
              setHint(null);
              setProblem(null);
            }}
          >
            <option value="">{t('warmUp.piece.choose')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {optionLabel(other)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={merge}>
          {t('warmUp.piece.merge')}
          <span className="visually-hidden"> {t('warmUp.piece.forNumber', { number })}</span>
        </button>
        <button type="button" className="danger-quiet" onClick={() => onDrop(piece)}>
          {t('warmUp.piece.drop')}
          <span className="visually-hidden"> {piece.name}</span>
        </button>
      </div>
      {message ? (
        <p className="field-error" id={`${selectId}-message`} role="alert">
          {message}
        </p>
      ) : null}
    </li>
  );
}

function ProposedBy({ session, piece }: { session: WorkshopSession; piece: WarmUpPiece }) {
  const { t } = useT();
  const language = useUi((state) => state.language);
  const { organisations } = useWorkshop(session);
  return <p className="proposed-by">{t('warmUp.piece.proposedBy', { names: listNames(organisationNames(organisations, piece.proposedBy), language) })}</p>;
}
