import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, type ReactNode } from 'react';
import type { ValueInPlay } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';
import { PuzzlePiece } from '../../ui/puzzle-piece.tsx';
import { valueName } from '../../ui/value-name.ts';
import type { TrayPieceSize } from './board-layout.ts';
import type { PieceData, TrayData } from './drag-adapter.ts';

const TRAY_EDGES = { top: 'flat', right: 'tab', bottom: 'blank', left: 'flat' } as const;

/*
 * dnd-kit re-renders every draggable and drop area several times when a drag starts and ends (its
 * context changes with each measurement). So the components that use its hooks draw nothing of their
 * own: they wrap content made once by a memoised parent, and React skips that content when only the
 * drag has changed. That keeps a pick-up one short task on a tablet (the drag benchmark).
 */

interface TrayProps {
  orgId: string;
  organisationName: string;
  pieces: ValueInPlay[];
  /** The size of every piece (`trayPieceSize`): all of them in view, in one row or two. */
  size: TrayPieceSize;
  selectedValueId: string | null;
  onSelect: (valueId: string | null) => void;
}

/** The active organisation's pieces still to place: drag them, or tap one and then its slot. */
export const Tray = memo(function Tray({ orgId, organisationName, pieces, size, selectedValueId, onSelect }: TrayProps) {
  const { t } = useT();
  return (
    <TrayArea orgId={orgId}>
      <h3 id="tray-title">{t('game.tray', { name: organisationName })}</h3>
      {pieces.length === 0 ? (
        <p className="tray-empty">{t('game.trayEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('game.trayHint')}</p>
          <ul className="tray-pieces">
            {pieces.map((value) => (
              <li key={value.id}>
                <TrayPiece orgId={orgId} value={value} size={size} isSelected={selectedValueId === value.id} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </>
      )}
    </TrayArea>
  );
});

/** The tray as a drop area, only so a piece let go on the tray stays there (see collisionDetection). */
function TrayArea({ orgId, children }: { orgId: string; children: ReactNode }) {
  const data: TrayData = { kind: 'tray', orgId };
  const { setNodeRef } = useDroppable({ id: `tray:${orgId}`, data });
  return (
    <section className="tray" aria-labelledby="tray-title" ref={setNodeRef}>
      {children}
    </section>
  );
}

interface TrayPieceProps {
  orgId: string;
  value: ValueInPlay;
  size: TrayPieceSize;
  isSelected: boolean;
  /** Called with the piece's value to select it, or null to let go of it. */
  onSelect: (valueId: string | null) => void;
}

const TrayPiece = memo(function TrayPiece({ orgId, value, size, isSelected, onSelect }: TrayPieceProps) {
  const { t } = useT();
  const name = valueName(value, t);
  return (
    <DraggablePiece
      data={{ kind: 'piece', orgId, valueId: value.id }}
      label={t('game.piece', { name })}
      roleDescription={t('game.roleDescription')}
      isSelected={isSelected}
      onClick={() => onSelect(isSelected ? null : value.id)}
    >
      <PieceGraphic value={value} label={name} size={size} />
    </DraggablePiece>
  );
});

interface DraggablePieceProps {
  data: PieceData;
  label: string;
  roleDescription: string;
  isSelected: boolean;
  onClick: () => void;
  children: ReactNode;
}

function DraggablePiece({ data, label, roleDescription, isSelected, onClick, children }: DraggablePieceProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `piece:${data.orgId}:${data.valueId}`, data });
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`tray-piece${isDragging ? ' is-dragging' : ''}${isSelected ? ' is-selected' : ''}`}
      {...attributes}
      {...listeners}
      aria-roledescription={roleDescription}
      aria-pressed={isSelected}
      aria-label={label}
      data-value-id={data.valueId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** A tray piece's picture; also what follows the pointer while it is dragged. */
export const PieceGraphic = memo(function PieceGraphic({ value, label, size }: { value: ValueInPlay; label: string; size: TrayPieceSize }) {
  return (
    <PuzzlePiece
      width={size.width}
      height={size.height}
      edges={TRAY_EDGES}
      colour={value.colour}
      label={label}
      tabSize={size.tabSize}
      maxLabelLines={size.maxLabelLines}
      readableSize={size.readableSize}
    />
  );
});
