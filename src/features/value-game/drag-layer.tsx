import { DragOverlay, MeasuringStrategy, useDndContext } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState, type ComponentProps, type RefObject } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ValueInPlay } from '../../domain/value.ts';
import { useT } from '../../ui/app-context.tsx';
import { valueName } from '../../ui/value-name.ts';
import type { TrayPieceSize } from './board-layout.ts';
import { isPieceData, isTrayData, plainBox, type TargetBoxes } from './drag-adapter.ts';
import { PieceGraphic, Tray } from './tray.tsx';

/*
 * The value game's drag layer around dnd-kit: how it measures, what follows the pointer, and the tray
 * while a piece is being placed. Each part is built so a pick-up and a drop stay short tasks on a
 * tablet (the drag benchmark, docs/architecture.md).
 */

/**
 * How dnd-kit measures. The plain box is enough: pieces and slots are not transformed while measured,
 * so dnd-kit's transform-undoing measure (a style lookup per element) would be work for nothing. Its
 * own measuring of the slots is given the boxes measured at the last press (see `TargetBoxes`).
 */
export function dragMeasuring(boxes: TargetBoxes) {
  return {
    droppable: { strategy: MeasuringStrategy.BeforeDragging, measure: (node: HTMLElement) => boxes.boxOf(node) },
    draggable: { measure: plainBox },
    dragOverlay: { measure: plainBox },
  };
}

/**
 * No scrolling by dnd-kit: the page never has to scroll under a carried piece (on a tablet a page that
 * moves mid-drag loses the target), and nothing shifts the tray as a drag starts, so there is no shift
 * to make up for either (that check measures the piece again during the pick-up).
 */
export const NO_AUTO_SCROLL = { enabled: false, layoutShiftCompensation: false } as const;

/**
 * A piece dropped on its slot and being placed (the drop places it a task later), kept out of the tray
 * meanwhile. Only the tray reads it, so a drop re-renders the tray and not the playing area.
 */
export interface PlacingState {
  placingValueId: string | null;
}

export function createPlacingStore(): StoreApi<PlacingState> {
  return createStore<PlacingState>(() => ({ placingValueId: null }));
}

/** The tray, without the piece being placed. */
export function ActiveTray({ placing, pieces, ...props }: { placing: StoreApi<PlacingState> } & ComponentProps<typeof Tray>) {
  const placingValueId = useStore(placing, (state) => state.placingValueId);
  const shown = useMemo(() => (placingValueId ? pieces.filter((value) => value.id !== placingValueId) : pieces), [pieces, placingValueId]);
  return <Tray pieces={shown} {...props} />;
}

const GLIDE_BACK = { duration: 220, easing: 'ease-out' };

/**
 * What follows the pointer while a piece is carried, in its own compositing layer (moving it repaints
 * nothing else). It reads the drag from dnd-kit's context: a store update here would make the
 * pick-up's renders synchronous, one long task. The picture is put under the pointer a task after the
 * pick-up, so drawing and measuring it do not add to the pick-up's task (the screen shows the next
 * frame in between anyway). A piece the drop placed snaps in (no return flight, and no measuring at the
 * moment of the drop); anything else glides back to the tray.
 */
export function CarriedPiece({ values, size, isPlacedByDrop }: { values: ValueInPlay[]; size: TrayPieceSize; isPlacedByDrop: RefObject<boolean> }) {
  const { t } = useT();
  const data = useDndContext().active?.data.current;
  const carriedId = isPieceData(data) ? data.valueId : null;
  const [shownId, setShownId] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setShownId(carriedId), 0);
    return () => clearTimeout(timer);
  }, [carriedId]);
  const value = carriedId !== null && shownId === carriedId ? values.find((candidate) => candidate.id === carriedId) : undefined;
  const picture = useMemo(
    () =>
      value ? (
        <div className="drag-overlay">
          <PieceGraphic value={value} label={valueName(value, t)} size={size} />
        </div>
      ) : null,
    [value, t, size],
  );
  return (
    // Read when the drag has ended (the drop handler has set it by then).
    <DragOverlay style={{ willChange: 'transform' }} dropAnimation={isPlacedByDrop.current ? null : GLIDE_BACK}>
      {picture}
    </DragOverlay>
  );
}

/**
 * Measures the drop targets when the tray is pressed (mouse, finger or a key), in that event's task:
 * the drag starts a task or more later (after 6 px, or 150 ms for a finger). After a scroll or a
 * resize the boxes are measured again when next needed.
 *
 * dnd-kit measures its targets too (it needs a box for the target a piece is over). After measuring all
 * of them (when they appear and after each drag) it keeps an empty queue that makes it measure all of
 * them again at every render, the pick-up's included; asking it to measure the tray alone clears that.
 */
export function MeasureTargetsOnPress({ host, boxes }: { host: HTMLElement | null; boxes: TargetBoxes }) {
  const { droppableContainers, measureDroppableContainers } = useDndContext();
  const latest = useRef({ droppableContainers, measureDroppableContainers });
  latest.current = { droppableContainers, measureDroppableContainers };
  useEffect(() => {
    if (!host) return undefined;
    const measure = () => {
      const { droppableContainers, measureDroppableContainers } = latest.current;
      const containers = [...droppableContainers.values()];
      boxes.measure(containers);
      measureDroppableContainers(containers.filter((container) => isTrayData(container.data.current)).map((container) => container.id));
    };
    const forget = () => boxes.forget();
    const presses = ['pointerdown', 'touchstart', 'keydown'] as const;
    for (const name of presses) host.addEventListener(name, measure, { capture: true, passive: true });
    window.addEventListener('scroll', forget, { capture: true, passive: true });
    window.addEventListener('resize', forget, { passive: true });
    return () => {
      for (const name of presses) host.removeEventListener(name, measure, { capture: true });
      window.removeEventListener('scroll', forget, { capture: true });
      window.removeEventListener('resize', forget);
    };
  }, [host, boxes]);
  return null;
}
