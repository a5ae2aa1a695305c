import { EXAMPLE_MAX, textLength, type Section } from '../../domain/value-piece.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { markMostImportant, takeBackPiece, writeExample } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT } from '../../ui/app-context.tsx';
import { ExampleField } from './example-field.tsx';
import { valueName } from '../../ui/value-name.ts';

interface PlacedPanelProps {
  session: WorkshopSession;
  orgId: string;
  organisationName: string;
  section: Section;
  values: ValueInPlay[];
  isLocked: boolean;
  onRefused: (text: string) => void;
}

/** The active organisation's placed pieces: an example on each, one marked most important, take back. */
export function PlacedPanel({ session, orgId, organisationName, section, values, isLocked, onRefused }: PlacedPanelProps) {
  const { t, problem } = useT();
  const { store } = useServices();
  const announce = (text: string) => store.getState().announce(text);
  const placed = section.placed
    .map((piece) => ({ piece, value: values.find((value) => value.id === piece.valueId) }))
    .filter((entry): entry is { piece: (typeof section.placed)[number]; value: ValueInPlay } => entry.value !== undefined);

  return (
    <section className="placed-panel" aria-labelledby="placed-title">
      <h3 id="placed-title">{t('game.placedPieces', { name: organisationName })}</h3>
      {placed.length === 0 ? <p className="empty">{t('game.placedEmpty')}</p> : null}
      <ul className="placed-list">
        {placed.map(({ piece, value }) => {
          const name = valueName(value, t);
          const isMostImportant = section.mostImportant === value.id;
          return (
            <li key={value.id} className="placed-item" style={{ borderColor: value.colour }} data-value-id={value.id}>
              <div className="placed-head">
                <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
                <strong>{name}</strong>
                {isMostImportant ? <span className="badge">★ {t('game.mostImportantBadge')}</span> : null}
              </div>
              <ExampleField
                label={t('game.exampleLabel', { value: name, organisation: organisationName })}
                value={piece.example}
                isReadOnly={isLocked}
                placeholder={t('game.examplePlaceholder')}
                counter={(text) => t('game.exampleCount', { count: textLength(text), max: EXAMPLE_MAX })}
                onCommit={(raw) => {
                  const result = writeExample(session.context, orgId, value.id, raw);
                  if (!result.ok) return { message: problem(result.problem), isError: true };
                  if (!result.value.isCut) return null;
                  const stored = result.value.section.placed.find((entry) => entry.valueId === value.id)?.example;
                  return { message: t('game.exampleCut', { max: EXAMPLE_MAX }), isError: false, stored };
                }}
              />
              <div className="placed-actions">
                <button
                  type="button"
                  aria-pressed={isMostImportant}
                  disabled={isLocked}
                  onClick={() => {
                    const result = markMostImportant(session.context, orgId, isMostImportant ? null : value.id);
                    if (!result.ok) onRefused(problem(result.problem));
                    else announce(isMostImportant ? t('game.mostImportantOff') : t('game.mostImportantOn', { value: name, organisation: organisationName }));
                  }}
                >
                  ★ {t('game.mostImportant')}
                </button>
                <button
                  type="button"
                  disabled={isLocked}
                  onClick={() => {
                    const result = takeBackPiece(session.context, orgId, value.id);
                    if (!result.ok) onRefused(problem(result.problem));
                    else announce(t('game.takenBack', { value: name }));
                  }}
                >
                  ↩ {t('game.takeBack', { value: name })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
