import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { ValueInPlay } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';
import { PuzzlePiece } from '../../ui/puzzle-piece.tsx';
import { valueName } from '../../ui/value-name.ts';
import type { PieceData, TrayData } from './drag-adapter.ts';

export const TRAY_PIECE = { width: 176, height: 96 } as const;
const TRAY_EDGES = { top: 'flat', right: 'tab', bottom: 'blank', left: 'flat' } as const;

interface TrayProps {
  orgId: string;
  organisationName: string;
  pieces: ValueInPlay[];
  selectedValueId: string | null;
  onSelect: (valueId: string | null) => void;
}

/** The active organisation's pieces still to place: drag them, or tap one and then its slot. */
export function Tray({ orgId, organisationName, pieces, selectedValueId, onSelect }: TrayProps) {
  const { t } = useT();
  // A drop area only so a piece let go on the tray stays there (see collisionDetection).
  const data: TrayData = { kind: 'tray', orgId };
  const { setNodeRef } = useDroppable({ id: `tray:${orgId}`, data });
  return (
    <section className="tray" aria-labelledby="tray-title" ref={setNodeRef}>
      <h3 id="tray-title">{t('game.tray', { name: organisationName })}</h3>
      {pieces.length === 0 ? (
        <p className="tray-empty">{t('game.trayEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('game.trayHint')}</p>
          <ul className="tray-pieces">
            {pieces.map((value) => (
              <li key={value.id}>
                <TrayPiece
                  orgId={orgId}
                  value={value}
                  isSelected={selectedValueId === value.id}
                  onSelect={() => onSelect(selectedValueId === value.id ? null : value.id)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TrayPiece({ orgId, value, isSelected, onSelect }: { orgId: string; value: ValueInPlay; isSelected: boolean; onSelect: () => void }) {
  const { t } = useT();
  const name = valueName(value, t);
  const data: PieceData = { kind: 'piece', orgId, valueId: value.id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `piece:${orgId}:${value.id}`, data });
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`tray-piece${isDragging ? ' is-dragging' : ''}${isSelected ? ' is-selected' : ''}`}
      {...attributes}
      {...listeners}
      aria-roledescription={t('game.roleDescription')}
      aria-pressed={isSelected}
      aria-label={t('game.piece', { name })}
      data-value-id={value.id}
      onClick={onSelect}
    >
      <PieceGraphic value={value} label={name} />
    </button>
  );
}

/** A tray piece's picture; also what follows the pointer while it is dragged. */
export function PieceGraphic({ value, label }: { value: ValueInPlay; label: string }) {
  return <PuzzlePiece width={TRAY_PIECE.width} height={TRAY_PIECE.height} edges={TRAY_EDGES} colour={value.colour} label={label} />;
}
