import type { DndContext, DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState, type ComponentProps } from 'react';
import type { Problem } from '../../domain/result.ts';
import { checkPlacePiece } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useT } from '../../ui/app-context.tsx';
import { announcements, collisionDetection, createTargetBoxes, dropTarget, isPieceData, useGameSensors } from './drag-adapter.ts';
import { createPlacingStore, dragMeasuring, NO_AUTO_SCROLL } from './drag-layer.tsx';

export interface ValueGameDndOptions {
  session: WorkshopSession;
  /** A value's name in the user's language (for what a screen reader hears). */
  nameOf: (valueId: string) => string;
  /** Places a piece and says what happened: the same command a tap or a key uses. */
  place: (orgId: string, valueId: string, slotValueId: string) => void;
  /** Shows and announces why a piece was not placed (`null`: takes a reason shown away). */
  refuse: (problem: Problem | null) => void;
  announce: (text: string) => void;
  /** A piece was picked up: what was chosen for tap-to-place is forgotten. */
  onPickUp: () => void;
  /** Told when this device picks up a piece (its value id) and when it lets go (null): live presence. */
  onDragChange?: ((valueId: string | null) => void) | undefined;
}

/**
 * The value game's drag and drop in one place: dnd-kit's sensors, collisions, measuring and
 * announcements, and what a drag does — a drop on a slot becomes the `placePiece` command, a drop
 * anywhere else returns the piece to the tray. The screen spreads `dndProps` on its DndContext.
 *
 * A drop the board takes is placed in a task of its own: the drop's task then ends the drag only, and
 * writing the documents and redrawing follow — never one long task on a tablet (the drag benchmark).
 * Meanwhile the piece is kept out of the tray (`placing`), so it does not flash back there; if the
 * board changed in between (locked from another device), the command refuses and the piece returns to
 * the tray with the reason.
 */
export function useValueGameDnd({ session, nameOf, place, refuse, announce, onPickUp, onDragChange }: ValueGameDndOptions) {
  const { t } = useT();
  const [boxes] = useState(createTargetBoxes);
  const [placing] = useState(createPlacingStore);
  const collisions = useMemo(() => collisionDetection(boxes), [boxes]);
  const measuring = useMemo(() => dragMeasuring(boxes), [boxes]);
  const sensors = useGameSensors(boxes);
  // Whether the last drop placed its piece: then it snaps in, otherwise it glides back to the tray.
  const isPlacedByDrop = useRef(false);

  // Setting state to what it already is re-renders nothing: picking up costs only the drag's own work.
  // A refusal shown stays until the drop: taking it away would move the board under the carried piece
  // (and the slots were measured with it in place).
  const onDragStart = (event: DragStartEvent) => {
    onPickUp();
    const data = event.active.data.current;
    if (isPieceData(data)) onDragChange?.(data.valueId);
  };

  const onDragEnd = (event: DragEndEvent) => {
    onDragChange?.(null);
    refuse(null);
    const target = dropTarget(event);
    if (!target) return;
    const { piece, slot } = target;
    if (!slot) {
      isPlacedByDrop.current = false;
      announce(t('game.returned', { piece: nameOf(piece.valueId) }));
      return;
    }
    const check = checkPlacePiece(session.context, slot.orgId, piece.valueId, slot.valueId);
    isPlacedByDrop.current = check.ok;
    if (!check.ok) {
      refuse(check.problem);
      return;
    }
    placing.setState({ placingValueId: piece.valueId });
    setTimeout(() => {
      place(slot.orgId, piece.valueId, slot.valueId);
      placing.setState({ placingValueId: null });
    }, 0);
  };

  const onDragCancel = () => {
    isPlacedByDrop.current = false;
    refuse(null);
    onDragChange?.(null);
  };

  const texts = {
    pickedUp: (piece: string) => t('game.pickedUp', { piece }),
    over: (piece: string, slot: string) => t('game.over', { piece, slot }),
    notOver: (piece: string) => t('game.notOver', { piece }),
    cancelled: (piece: string) => t('game.cancelled', { piece }),
  };
  const dndProps = {
    sensors,
    collisionDetection: collisions,
    // The tray is docked and the active row scrolled into view, so the page never has to scroll under a
    // carried piece; the slots are measured when the tray is pressed.
    autoScroll: NO_AUTO_SCROLL,
    measuring,
    accessibility: {
      announcements: announcements(texts, nameOf),
      screenReaderInstructions: { draggable: t('game.instructions') },
    },
    onDragStart,
    onDragEnd,
    onDragCancel,
  } satisfies Omit<ComponentProps<typeof DndContext>, 'children'>;

  return { dndProps, boxes, placing, isPlacedByDrop };
}
