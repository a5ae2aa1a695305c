import * as Y from 'yjs';
import { LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';

/**
 * One undo history over several Yjs documents. Each document has its own Y.UndoManager (Yjs tracks
 * changes per document); this keeps the order across them, so undo always reverts the newest step
 * whichever document it was in. Only this user's transactions (origins `LOCAL_EDIT` and
 * `LOCAL_TYPING`) are recorded: changes that arrive from other devices are never undone here.
 * Typing merges within the capture time; a discrete edit is always a step of its own, unless a command
 * writes into several documents at once (`together`): then those writes are one step.
 */
export class MultiDocUndo {
  private readonly managers = new Map<Y.Doc, Y.UndoManager>();
  /** The steps, oldest first; a step is the managers that recorded it, in the order they did. */
  private undoOrder: Y.UndoManager[][] = [];
  private redoOrder: Y.UndoManager[][] = [];
  /** The step being written by `together`, once its first write is recorded. */
  private group: Y.UndoManager[] | null = null;
  private isStepping = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly captureTimeout = 600) {}

  track(doc: Y.Doc): void {
    if (this.managers.has(doc)) return;
    const manager = new Y.UndoManager(doc, {
      trackedOrigins: new Set([LOCAL_EDIT, LOCAL_TYPING]),
      captureTimeout: this.captureTimeout,
    });
    // Registered after the manager's own handler, so "after" runs once it has recorded the change.
    const isolateDiscreteEdit = (transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_EDIT) manager.stopCapturing();
    };
    doc.on('beforeTransaction', isolateDiscreteEdit);
    doc.on('afterTransaction', isolateDiscreteEdit);
    manager.on('stack-item-added', (event) => {
      if (this.isStepping) return;
      // A new edit: it starts a new branch of history, so every redo is gone.
      if (event.type === 'undo') {
        if (this.group === null) this.undoOrder.push([manager]);
        else {
          if (this.group.length === 0) this.undoOrder.push(this.group);
          this.group.push(manager);
        }
        for (const other of this.managers.values()) {
          if (other === manager || this.group?.includes(other)) continue;
          other.clear(false, true);
          other.stopCapturing();
        }
        this.redoOrder = [];
        this.notify();
      }
    });
    this.managers.set(doc, manager);
  }

  /** Runs `write`, whose changes (in one document or several) undo and redo as one step. */
  together<T>(write: () => T): T {
    if (this.group !== null) return write();
    this.stopCapturing();
    this.group = [];
    try {
      return write();
    } finally {
      this.group = null;
      this.stopCapturing();
    }
  }

  /** Ends the current capture, so the next edit becomes its own undo step. */
  stopCapturing(): void {
    for (const manager of this.managers.values()) manager.stopCapturing();
  }

  get canUndo(): boolean {
    return this.undoOrder.some((step) => step.some((manager) => manager.canUndo()));
  }

  get canRedo(): boolean {
    return this.redoOrder.some((step) => step.some((manager) => manager.canRedo()));
  }

  undo(): boolean {
    return this.step(this.undoOrder, this.redoOrder, (manager) => manager.undo() !== null);
  }

  redo(): boolean {
    return this.step(this.redoOrder, this.undoOrder, (manager) => manager.redo() !== null);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    for (const manager of this.managers.values()) manager.destroy();
    this.managers.clear();
    this.listeners.clear();
  }

  /** Undoes or redoes the newest step that still has something to do: its managers newest first. */
  private step(from: Y.UndoManager[][], to: Y.UndoManager[][], apply: (manager: Y.UndoManager) => boolean): boolean {
    this.stopCapturing();
    while (from.length > 0) {
      const step = from.pop();
      if (!step) break;
      const applied: Y.UndoManager[] = [];
      this.isStepping = true;
      try {
        for (const manager of [...step].reverse()) if (apply(manager)) applied.push(manager);
      } finally {
        this.isStepping = false;
      }
      if (applied.length > 0) {
        to.push(applied);
        this.notify();
        return true;
      }
    }
    this.notify();
    return false;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
