import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MultiDocUndo } from './multi-doc-undo.ts';
import { HOUSEKEEPING, LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';

/** Three documents, as a workshop has them: setup, control and one organisation's. */
function setUp(captureTimeout = 0) {
  const docs = { setup: new Y.Doc(), control: new Y.Doc(), org: new Y.Doc() };
  const undo = new MultiDocUndo(captureTimeout);
  for (const doc of Object.values(docs)) undo.track(doc);
  type Name = keyof typeof docs;
  const edit = (name: Name, key: string, value: unknown, origin: unknown = LOCAL_EDIT) =>
    docs[name].transact(() => docs[name].getMap('m').set(key, value), origin);
  const state = () => ({
    setup: docs.setup.getMap('m').toJSON(),
    control: docs.control.getMap('m').toJSON(),
    org: docs.org.getMap('m').toJSON(),
  });
  return { docs, undo, edit, state };
}

describe('MultiDocUndo', () => {
  it('undoes and redoes the writes of one command in several documents as one step', () => {
    const { undo, edit, state } = setUp();
    edit('setup', 'title', 'Møde');
    undo.together(() => {
      edit('setup', 'step', 'Vi ringer');
      edit('org', 'step', 'Vi ringer');
      edit('org', 'isIn', true);
    });
    edit('control', 'lock', true);

    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde', step: 'Vi ringer' }, control: {}, org: { step: 'Vi ringer', isIn: true } });
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: {}, org: {} });
    expect(undo.redo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde', step: 'Vi ringer' }, control: {}, org: { step: 'Vi ringer', isIn: true } });
    expect(undo.undo()).toBe(true);
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: {}, control: {}, org: {} });
    expect(undo.canUndo).toBe(false);
  });

  it('undoes the newest step first, whichever document it was in', () => {
    const { undo, edit, state } = setUp();
    edit('setup', 'title', 'Møde');
    edit('org', 'piece', 'bredere-maalgruppe');
    edit('control', 'lock', true);
    edit('setup', 'place', 'Beboerhuset');

    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: { lock: true }, org: { piece: 'bredere-maalgruppe' } });
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: {}, org: { piece: 'bredere-maalgruppe' } });
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: {}, org: {} });
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: {}, control: {}, org: {} });
    expect(undo.undo()).toBe(false);
    expect(state()).toEqual({ setup: {}, control: {}, org: {} });
  });

  it('redoes in the order the steps were undone, oldest undone last', () => {
    const { undo, edit, state } = setUp();
    edit('setup', 'title', 'Møde');
    edit('org', 'piece', 'p1');
    edit('control', 'lock', true);
    const full = state();
    undo.undo();
    undo.undo();
    undo.undo();

    expect(undo.redo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: {}, org: {} });
    expect(undo.redo()).toBe(true);
    expect(state()).toEqual({ setup: { title: 'Møde' }, control: {}, org: { piece: 'p1' } });
    expect(undo.redo()).toBe(true);
    expect(state()).toEqual(full);
    expect(undo.redo()).toBe(false);
    expect(state()).toEqual(full);
  });

  it('can undo again what was redone, in order', () => {
    const { undo, edit, state } = setUp();
    edit('setup', 'a', 1);
    edit('org', 'b', 2);
    undo.undo();
    undo.undo();
    undo.redo();
    undo.redo();
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: { a: 1 }, control: {}, org: {} });
    expect(undo.undo()).toBe(true);
    expect(state()).toEqual({ setup: {}, control: {}, org: {} });
  });

  it('restores an overwritten value, not just deletes it', () => {
    const { undo, edit, state } = setUp();
    edit('setup', 'title', 'Første');
    edit('setup', 'title', 'Anden');
    undo.undo();
    expect(state().setup).toEqual({ title: 'Første' });
    undo.redo();
    expect(state().setup).toEqual({ title: 'Anden' });
  });

  describe('a new edit', () => {
    it.each(['setup', 'control', 'org'] as const)('in %s clears every redo', (name) => {
      const { undo, edit, state } = setUp();
      edit('setup', 'a', 1);
      edit('org', 'b', 2);
      edit('control', 'c', 3);
      undo.undo();
      undo.undo();
      undo.undo();
      expect(undo.canRedo).toBe(true);

      edit(name, 'new', true);
      expect(undo.canRedo).toBe(false);
      expect(undo.redo()).toBe(false);
      expect(state()).toEqual({ setup: {}, control: {}, org: {}, [name]: { new: true } });
    });

    it('after a partial undo keeps the rest of the history', () => {
      const { undo, edit, state } = setUp();
      edit('setup', 'a', 1);
      edit('org', 'b', 2);
      undo.undo();
      edit('control', 'c', 3);
      expect(undo.canRedo).toBe(false);
      undo.undo();
      expect(state()).toEqual({ setup: { a: 1 }, control: {}, org: {} });
      undo.undo();
      expect(state()).toEqual({ setup: {}, control: {}, org: {} });
      expect(undo.canUndo).toBe(false);
    });
  });

  describe('changes that are not this user’s edits', () => {
    it('are not undone: a remote update stays when the local edit around it is undone', () => {
      const { docs, undo, edit, state } = setUp();
      edit('setup', 'local', 1);
      const remote = new Y.Doc();
      Y.applyUpdate(remote, Y.encodeStateAsUpdate(docs.setup));
      remote.getMap('m').set('remote', 2);
      Y.applyUpdate(docs.setup, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(docs.setup)));
      expect(state().setup).toEqual({ local: 1, remote: 2 });

      expect(undo.undo()).toBe(true);
      expect(state().setup).toEqual({ remote: 2 });
      expect(undo.canUndo).toBe(false);
    });

    it('a remote update alone gives nothing to undo', () => {
      const { docs, undo, state } = setUp();
      const remote = new Y.Doc();
      remote.getMap('m').set('remote', 2);
      Y.applyUpdate(docs.org, Y.encodeStateAsUpdate(remote));
      expect(undo.canUndo).toBe(false);
      expect(undo.undo()).toBe(false);
      expect(state().org).toEqual({ remote: 2 });
    });

    it.each([
      ['housekeeping', HOUSEKEEPING],
      ['no origin', null],
      ['another symbol', Symbol('local-edit')],
    ])('with origin %s are not undone', (_label, origin) => {
      const { undo, edit, state } = setUp();
      edit('setup', 'a', 1);
      edit('control', 'phase', 'aftaler', origin);
      expect(undo.undo()).toBe(true);
      expect(state()).toEqual({ setup: {}, control: { phase: 'aftaler' }, org: {} });
      expect(undo.canUndo).toBe(false);
    });

    it('do not clear the redo history', () => {
      const { undo, edit } = setUp();
      edit('setup', 'a', 1);
      undo.undo();
      edit('control', 'phase', 'aftaler', HOUSEKEEPING);
      expect(undo.canRedo).toBe(true);
    });
  });

  it('tells canUndo and canRedo', () => {
    const { undo, edit } = setUp();
    expect([undo.canUndo, undo.canRedo]).toEqual([false, false]);
    edit('setup', 'a', 1);
    expect([undo.canUndo, undo.canRedo]).toEqual([true, false]);
    edit('org', 'b', 1);
    undo.undo();
    expect([undo.canUndo, undo.canRedo]).toEqual([true, true]);
    undo.undo();
    expect([undo.canUndo, undo.canRedo]).toEqual([false, true]);
    undo.redo();
    expect([undo.canUndo, undo.canRedo]).toEqual([true, true]);
    undo.redo();
    expect([undo.canUndo, undo.canRedo]).toEqual([true, false]);
  });

  it('notifies subscribers of edits, undo and redo until they unsubscribe', () => {
    const { undo, edit } = setUp();
    const seen: [boolean, boolean][] = [];
    const unsubscribe = undo.subscribe(() => seen.push([undo.canUndo, undo.canRedo]));
    edit('setup', 'a', 1);
    expect(seen).toEqual([[true, false]]);
    undo.undo();
    expect(seen.at(-1)).toEqual([false, true]);
    undo.redo();
    expect(seen.at(-1)).toEqual([true, false]);
    const count = seen.length;
    edit('setup', 'b', 2, HOUSEKEEPING);
    expect(seen).toHaveLength(count);
    unsubscribe();
    edit('org', 'c', 3);
    undo.undo();
    expect(seen).toHaveLength(count);
  });

  describe('capturing', () => {
    it('merges quick typing in one document into one step', () => {
      const { undo, edit, state } = setUp(60_000);
      edit('setup', 'a', 1, LOCAL_TYPING);
      edit('setup', 'b', 2, LOCAL_TYPING);
      expect(undo.undo()).toBe(true);
      expect(state().setup).toEqual({});
      expect(undo.canUndo).toBe(false);
    });

    it('keeps quick discrete edits as separate steps, and typing after one as another', () => {
      const { undo, edit, state } = setUp(60_000);
      edit('setup', 'a', 1);
      edit('setup', 'b', 2);
      edit('setup', 'c', 3, LOCAL_TYPING);
      undo.undo();
      expect(state().setup).toEqual({ a: 1, b: 2 });
      undo.undo();
      expect(state().setup).toEqual({ a: 1 });
      undo.undo();
      expect(state().setup).toEqual({});
    });

    it('stopCapturing makes the next edit its own step', () => {
      const { undo, edit, state } = setUp(60_000);
      edit('setup', 'a', 1);
      undo.stopCapturing();
      edit('setup', 'b', 2);
      undo.undo();
      expect(state().setup).toEqual({ a: 1 });
    });

    it('an edit in another document ends the step, so order across documents holds', () => {
      const { undo, edit, state } = setUp(60_000);
      edit('setup', 'a', 1);
      edit('org', 'b', 2);
      edit('setup', 'c', 3);
      undo.undo();
      expect(state()).toEqual({ setup: { a: 1 }, control: {}, org: { b: 2 } });
      undo.undo();
      expect(state()).toEqual({ setup: { a: 1 }, control: {}, org: {} });
      undo.undo();
      expect(state()).toEqual({ setup: {}, control: {}, org: {} });
    });

    it('an edit after an undo is a step of its own', () => {
      const { undo, edit, state } = setUp(60_000);
      edit('setup', 'a', 1);
      undo.stopCapturing();
      edit('setup', 'b', 2);
      undo.undo();
      edit('setup', 'c', 3);
      undo.undo();
      expect(state().setup).toEqual({ a: 1 });
    });
  });

  it('includes a document tracked later, and tracking twice records once', () => {
    const { undo, edit, state } = setUp();
    const later = new Y.Doc();
    undo.track(later);
    undo.track(later);
    edit('setup', 'a', 1);
    later.transact(() => later.getMap('m').set('x', 1), LOCAL_EDIT);
    expect(undo.undo()).toBe(true);
    expect(later.getMap('m').toJSON()).toEqual({});
    expect(state().setup).toEqual({ a: 1 });
    expect(undo.undo()).toBe(true);
    expect(state().setup).toEqual({});
    expect(undo.canUndo).toBe(false);
  });

  it('records nothing after destroy', () => {
    const { undo, edit } = setUp();
    let notified = 0;
    undo.subscribe(() => (notified += 1));
    undo.destroy();
    edit('setup', 'a', 1);
    expect(notified).toBe(0);
    expect(undo.canUndo).toBe(false);
  });
});
