import * as Y from 'yjs';
import { LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';

/**
 * One undo history over several Yjs documents. Each document has its own Y.UndoManager (Yjs tracks
 * changes per document); this keeps the order across them, so undo always reverts the newest step
 * whichever document it was in. Only this user's transactions (origins `LOCAL_EDIT` and
 * `LOCAL_TYPING`) are recorded: changes that arrive from other devices are never undone here.
 * Typing merges within the capture time; a discrete edit is always a step of its own.
 */
export class MultiDocUndo {
  private readonly managers = new Map<Y.Doc, Y.UndoManager>();
  private undoOrder: Y.UndoManager[] = [];
  private redoOrder: Y.UndoManager[] = [];
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
        this.undoOrder.push(manager);
        for (const other of this.managers.values()) {
          if (other === manager) continue;
          other.clear(false, true);
          other.stopCapturing();
        }
        this.redoOrder = [];
        this.notify();
      }
    });
    this.managers.set(doc, manager);
  }

  /** Ends the current capture, so the next edit becomes its own undo step. */
  stopCapturing(): void {
    for (const manager of this.managers.values()) manager.stopCapturing();
  }

  get canUndo(): boolean {
    return this.undoOrder.some((manager) => manager.canUndo());
  }

  get canRedo(): boolean {
    return this.redoOrder.some((manager) => manager.canRedo());
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

  private step(from: Y.UndoManager[], to: Y.UndoManager[], apply: (manager: Y.UndoManager) => boolean): boolean {
    this.stopCapturing();
    while (from.length > 0) {
      const manager = from.pop();
      if (!manager) break;
      this.isStepping = true;
      let isDone = false;
      try {
        isDone = apply(manager);
      } finally {
        this.isStepping = false;
      }
      if (isDone) {
        to.push(manager);
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
