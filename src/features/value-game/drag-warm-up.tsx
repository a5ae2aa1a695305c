import { DndContext, DragOverlay, KeyboardSensor, useDraggable, useDroppable, useSensor, useSensors, type Announcements } from '@dnd-kit/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { whenIdle } from '../../ui/when-idle.ts';

/*
 * The first pick-up of a visit runs code the browser has not run before, and runs it slowly: on a
 * mid-range tablet (4× CPU throttling) it took about 70 ms, one long task, where later pick-ups take
 * under 40 (the drag benchmark; `bench/`). So once the board is on screen and the device is idle, one
 * practice drag runs where nobody sees or hears it: a hidden piece, carried by made-up key presses onto
 * a hidden slot, in a drag-and-drop context of its own. Most of a pick-up's code is the same whichever
 * way a piece is picked up. The keyboard is used because a practice by mouse would, as every mouse drag
 * does, swallow the next click for a moment: a person's first tap on the board could be lost. The
 * practice changes nothing in the workshop, says nothing to a screen reader and takes no focus; a key
 * a person presses while it runs ends it first.
 */

let hasWarmedUp = false;

/**
 * Whether the practice runs: always, except in a build made with VITE_DRAG_WARM_UP=off, which the drag
 * benchmark makes to print its figures with and without it (the practice stays only while it helps).
 */
export const IS_DRAG_WARM_UP_ON = import.meta.env.VITE_DRAG_WARM_UP !== 'off';

const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * Runs the practice drag once per visit, when the device is idle; renders nothing before or after.
 * `isDragging` tells whether a person is dragging a piece: the practice's made-up keys would reach
 * that drag too (dnd-kit listens on the document), so the practice waits until it has ended.
 */
export function DragWarmUp({ isDragging }: { isDragging: RefObject<boolean> }) {
  const [isRunning, setRunning] = useState(false);
  useEffect(() => {
    if (hasWarmedUp) return undefined;
    return whenIdle(
      () => {
        hasWarmedUp = true;
        setRunning(true);
      },
      3_000,
      1_000,
    );
  }, []);
  return isRunning ? <PracticeDrag isDragging={isDragging} onDone={() => setRunning(false)} /> : null;
}

function PracticeDrag({ isDragging, onDone }: { isDragging: RefObject<boolean>; onDone: () => void }) {
  const sensors = useSensors(useSensor(KeyboardSensor));
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const [isCarrying, setCarrying] = useState(false);
  // The first one given: the parent makes a new one each render, which must not restart the practice.
  const [finish] = useState(() => onDone);
  const isActive = useRef(false);

  useEffect(() => {
    const piece = host?.querySelector('button');
    if (!host || !piece) return undefined;
    const key = (code: string) => new KeyboardEvent('keydown', { code, bubbles: true, cancelable: true });
    // Escape ends the practice; dnd-kit listens for it on the document.
    const end = () => {
      if (isActive.current) document.dispatchEvent(key('Escape'));
    };
    // A key a person presses while it runs ends it first, so the practice never takes a keystroke.
    const onRealKey = (event: Event) => {
      if (event.isTrusted && !isDragging.current) end();
    };
    window.addEventListener('keydown', onRealKey, { capture: true });
    // One step per task, as a hand would: pick up, move down onto the slot, move again, lay down.
    const steps = [
      () => {
        isActive.current = true;
        piece.dispatchEvent(key('Space'));
      },
      () => isActive.current && document.dispatchEvent(key('ArrowDown')),
      () => isActive.current && document.dispatchEvent(key('ArrowDown')),
      () => isActive.current && document.dispatchEvent(key('Space')),
      () => {
        end();
        finish();
      },
    ];
    let next = 0;
    let timer = 0;
    const runNext = () => {
      timer = window.setTimeout(() => {
        if (!isDragging.current) steps[next++]?.();
        if (next < steps.length) runNext();
      }, 60);
    };
    runNext();
    return () => {
      clearTimeout(timer);
      // oxlint-disable-next-line react/exhaustive-deps -- whether a person drags at the moment of cleanup is what counts
      if (!isDragging.current) end();
      window.removeEventListener('keydown', onRealKey, { capture: true });
    };
  }, [host, finish, isDragging]);

  const settle = () => {
    isActive.current = false;
    setCarrying(false);
  };
  return (
    <div ref={setHost} className="drag-warm-up" aria-hidden="true" inert>
      {host ? (
        <DndContext
          sensors={sensors}
          autoScroll={false}
          accessibility={{ announcements: SILENT, screenReaderInstructions: { draggable: '' }, container: host, restoreFocus: false }}
          onDragStart={() => setCarrying(true)}
          onDragEnd={settle}
          onDragCancel={settle}
        >
          <PracticePiece />
          <PracticeSlot />
          <DragOverlay>{isCarrying ? <div className="drag-warm-up-carried" /> : null}</DragOverlay>
        </DndContext>
      ) : null}
    </div>
  );
}

function PracticePiece() {
  const { setNodeRef, attributes, listeners } = useDraggable({ id: 'practice-piece' });
  return <button type="button" ref={setNodeRef} {...attributes} {...listeners} tabIndex={-1} />;
}

function PracticeSlot() {
  const { setNodeRef } = useDroppable({ id: 'practice-slot' });
  return <div ref={setNodeRef} className="drag-warm-up-slot" />;
}
