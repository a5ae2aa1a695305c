import { describe, expect, it } from 'vitest';
import type { RandomBytes } from '../domain/ids.ts';
import type { Result } from '../domain/result.ts';
import { boardRules } from '../domain/workshop.ts';
import { addCustomValue, addOrganisation, setWarmUp, type CommandContext } from './commands.ts';
import {
  addDriver,
  dropWarmUpPiece,
  mergeWarmUpPieces,
  removeDriver,
  renameWarmUpPiece,
  restoreWarmUpPiece,
  updateDriver,
} from './warm-up-commands.ts';
import { setPhaseLocked } from './progress-commands.ts';
import { readWorkshop } from './workshop-layout.ts';
import type { WorkshopRepository } from './workshop-repository.ts';
import { bootRepository, storedState, useFreshDevice, value } from '../../tests/support/state.ts';
import type { WorkshopSession } from './workshop-session.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Repeatable ids: the n-th id is made of the n-th letter, 'a' → 'aaaaaaaaaaaa'. */
function idsFrom(letters: string): RandomBytes {
  let next = 0;
  return (length) => new Uint8Array(length).fill(ALPHABET.indexOf(letters[next++ % letters.length] ?? '0'));
}

const { track } = useFreshDevice();

async function boot(): Promise<WorkshopRepository> {
  return bootRepository(track);
}

async function open(repository: WorkshopRepository, id: string): Promise<WorkshopSession> {
  const session = await repository.open(id);
  if (!session) throw new Error('open failed');
  return track(session);
}

/**
 * A workshop with the warm-up on and two organisations, Café Nord and Ældresagen. `warmUp` reads
 * like the workshop; every command is its own undo step, as the screen makes it.
 */
async function warmingUp() {
  const repository = await boot();
  const id = value(await repository.create('Opvarmning i Nørreparken'));
  const session = await open(repository, id);
  const context: CommandContext = { docs: session.docs, random: idsFrom('abcdefghijklmnopqrstuvwxyz') };
  value(setWarmUp(context, true));
  const cafe = value(addOrganisation(context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' })).id;
  const aeldre = value(addOrganisation(context, { name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' })).id;
  session.undo.stopCapturing();
  const step = <T,>(command: () => T): T => {
    session.undo.stopCapturing();
    const result = command();
    session.undo.stopCapturing();
    return result;
  };
  const warmUp = {
    add: (orgId: string, text: string) => step(() => addDriver(context, orgId, text)),
    update: (orgId: string, answerId: string, text: string) => step(() => updateDriver(context, orgId, answerId, text)),
    remove: (orgId: string, answerId: string) => step(() => removeDriver(context, orgId, answerId)),
    merge: (targetId: string, sourceId: string) => step(() => mergeWarmUpPieces(context, targetId, sourceId)),
    rename: (pieceId: string, name: string) => step(() => renameWarmUpPiece(context, pieceId, name)),
    drop: (pieceId: string) => step(() => dropWarmUpPiece(context, pieceId)),
    restore: (pieceId: string) => step(() => restoreWarmUpPiece(context, pieceId)),
    answersOf: (orgId: string) => (readWorkshop(session.docs).warmUp.answers[orgId] ?? []).map((answer) => answer.text),
    /** Each piece as "name ← proposers (dropped)". */
    pieces: () => {
      const workshop = readWorkshop(session.docs);
      const nameOf = (orgId: string) => workshop.organisations.find((organisation) => organisation.id === orgId)?.name ?? '?';
      return workshop.warmUp.pieces.map(
        (piece) => `${piece.name} ← ${piece.proposedBy.map(nameOf).join(' + ')}${piece.isDropped ? ' (udeladt)' : ''}`,
      );
    },
  };
  return { repository, id, session, context, cafe, aeldre, warmUp };
}


describe('answers (addDriver, updateDriver, removeDriver)', () => {
  it('keeps each organisation’s answers in its own document, in order, trimmed', async () => {
    const { session, cafe, aeldre, warmUp } = await warmingUp();
    const glaede = value(warmUp.add(cafe, '  Glæde  ved   at hjælpe '));
    value(warmUp.add(cafe, 'Nye kunder'));
    value(warmUp.add(aeldre, 'Fællesskab'));
    expect(glaede).toEqual({ id: 'cccccccccccc', text: 'Glæde ved at hjælpe' });
    expect(warmUp.answersOf(cafe)).toEqual(['Glæde ved at hjælpe', 'Nye kunder']);
    expect(warmUp.answersOf(aeldre)).toEqual(['Fællesskab']);
    expect(Object.keys(session.docs.orgDoc(cafe).getMap('drivers').toJSON())).toHaveLength(2);
    expect(session.docs.setup.getMap('drivers').size).toBe(0);
    expect(warmUp.pieces()).toEqual(['Glæde ved at hjælpe ← Café Nord', 'Nye kunder ← Café Nord', 'Fællesskab ← Ældresagen']);
  });

  it('edits and removes an answer; the piece follows', async () => {
    const { cafe, warmUp } = await warmingUp();
    const first = value(warmUp.add(cafe, 'Glæde'));
    const second = value(warmUp.add(cafe, 'Nye kunder'));
    expect(warmUp.update(cafe, first.id, 'Arbejdsglæde')).toEqual({ ok: true, value: { id: first.id, text: 'Arbejdsglæde' } });
    expect(warmUp.remove(cafe, second.id)).toEqual({ ok: true, value: second });
    expect(warmUp.answersOf(cafe)).toEqual(['Arbejdsglæde']);
    expect(warmUp.pieces()).toEqual(['Arbejdsglæde ← Café Nord']);
  });

  it('may give the same answer as another organisation', async () => {
    const { cafe, aeldre, warmUp } = await warmingUp();
    value(warmUp.add(cafe, 'Glæde'));
    value(warmUp.add(aeldre, 'Glæde'));
    expect(warmUp.pieces()).toEqual(['Glæde ← Café Nord', 'Glæde ← Ældresagen']);
  });

  it.each<[string, string]>([
    ['a fourth answer', 'answers-full'],
    ['an empty answer', 'answer-empty'],
    ['an answer of 81 characters', 'text-too-long'],
    ['the same answer twice (case and space aside)', 'answer-taken'],
    ['an answer for an organisation not in the workshop', 'organisation-missing'],
  ])('refuses %s and changes nothing', async (label, code) => {
    const { session, cafe, aeldre, warmUp } = await warmingUp();
    value(warmUp.add(cafe, 'Glæde'));
    value(warmUp.add(cafe, 'Nye kunder'));
    if (code === 'answers-full') value(warmUp.add(cafe, 'Ro i området'));
    const before = storedState(session);
    const canUndoBefore = session.undo.canUndo;
    const attempt = {
      'answers-full': () => warmUp.add(cafe, 'Tryghed'),
      'answer-empty': () => warmUp.add(aeldre, '   '),
      'text-too-long': () => warmUp.add(aeldre, 'x'.repeat(81)),
      'answer-taken': () => warmUp.add(cafe, ' GLÆDE '),
      'organisation-missing': () => warmUp.add('findesikke', 'Glæde'),
    }[code];
    expect(attempt?.(), label).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
    expect(session.undo.canUndo).toBe(canUndoBefore);
  });

  it.each<[string, string]>([
    ['an edit to an empty text', 'answer-empty'],
    ['an edit to another answer of the same organisation', 'answer-taken'],
    ['an edit of an answer that is gone', 'answer-missing'],
    ['a removal of an answer that is gone', 'answer-missing'],
    ['an edit in an organisation not in the workshop', 'organisation-missing'],
  ])('refuses %s and changes nothing', async (_label, code) => {
    const { session, cafe, warmUp } = await warmingUp();
    const glaede = value(warmUp.add(cafe, 'Glæde'));
    value(warmUp.add(cafe, 'Nye kunder'));
    const before = storedState(session);
    const attempts: Record<string, () => Result<unknown>> = {
      'an edit to an empty text': () => warmUp.update(cafe, glaede.id, ''),
      'an edit to another answer of the same organisation': () => warmUp.update(cafe, glaede.id, 'nye kunder'),
      'an edit of an answer that is gone': () => warmUp.update(cafe, 'findesikke00', 'Ro'),
      'a removal of an answer that is gone': () => warmUp.remove(cafe, 'findesikke00'),
      'an edit in an organisation not in the workshop': () => warmUp.update('findesikke', glaede.id, 'Ro'),
    };
    expect(attempts[_label]?.()).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
  });

  it('writes nothing when an edit does not change the stored text', async () => {
    const { session, cafe, warmUp } = await warmingUp();
    const glaede = value(warmUp.add(cafe, 'Glæde'));
    const before = storedState(session);
    expect(warmUp.update(cafe, glaede.id, '  Glæde ')).toEqual({ ok: true, value: glaede });
    expect(storedState(session)).toBe(before);
  });
});

describe('answers while the facilitator has locked the warm-up', () => {
  it.each<[string, 'add' | 'update' | 'remove']>([
    ['a new answer', 'add'],
    ['an edit', 'update'],
    ['a removal', 'remove'],
  ])('refuses %s and changes nothing; unlocked, it goes through', async (_label, command) => {
    const { session, context, cafe, warmUp } = await warmingUp();
    const glaede = value(warmUp.add(cafe, 'Glæde'));
    value(setPhaseLocked(context, 'opvarmning', true));
    const before = storedState(session);
    const attempt = {
      add: () => warmUp.add(cafe, 'Nye kunder'),
      update: () => warmUp.update(cafe, glaede.id, 'Arbejdsglæde'),
      remove: () => warmUp.remove(cafe, glaede.id),
    }[command];
    expect(attempt()).toMatchObject({ ok: false, problem: { code: 'phase-locked' } });
    expect(storedState(session)).toBe(before);
    value(setPhaseLocked(context, 'opvarmning', false));
    expect(attempt().ok).toBe(true);
  });

  it('is not held back by another phase\'s lock (the board\'s)', async () => {
    const { context, cafe, warmUp } = await warmingUp();
    value(setPhaseLocked(context, 'vaerdispillet', true));
    value(warmUp.add(cafe, 'Glæde'));
    expect(warmUp.answersOf(cafe)).toEqual(['Glæde']);
  });
});

/** Café: Glæde, Nye kunder; Ældresagen: glæde, Fællesskab. */
async function withAnswers() {
  const setup = await warmingUp();
  const { cafe, aeldre, warmUp } = setup;
  const ids = {
    cafeGlaede: `opv-${value(warmUp.add(cafe, 'Glæde')).id}`,
    kunder: `opv-${value(warmUp.add(cafe, 'Nye kunder')).id}`,
    aeldreGlaede: `opv-${value(warmUp.add(aeldre, 'glæde')).id}`,
    faellesskab: `opv-${value(warmUp.add(aeldre, 'Fællesskab')).id}`,
  };
  return { ...setup, ids };
}

describe('the facilitator’s decisions (merge, rename, drop, restore)', () => {
  it('merges two pieces into one that remembers both organisations and keeps the target’s id', async () => {
    const { session, aeldre, warmUp, ids } = await withAnswers();
    const merged = value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    expect(merged.id).toBe(ids.cafeGlaede);
    expect(merged.answerIds).toHaveLength(2);
    expect(warmUp.pieces()).toEqual(['Glæde ← Café Nord + Ældresagen', 'Nye kunder ← Café Nord', 'Fællesskab ← Ældresagen']);
    // The answers stay with their organisations; only the setup document records the merge.
    expect(warmUp.answersOf(aeldre)).toEqual(['glæde', 'Fællesskab']);
    expect(session.docs.setup.getMap('warmUpMerges').size).toBe(1);
  });

  it('renames, drops and restores a piece', async () => {
    const { warmUp, ids } = await withAnswers();
    expect(warmUp.rename(ids.kunder, '  Flere kunder ')).toEqual({ ok: true, value: 'Flere kunder' });
    expect(value(warmUp.drop(ids.faellesskab)).isDropped).toBe(true);
    expect(warmUp.pieces()).toEqual(['Glæde ← Café Nord', 'Flere kunder ← Café Nord', 'glæde ← Ældresagen', 'Fællesskab ← Ældresagen (udeladt)']);
    expect(value(warmUp.restore(ids.faellesskab)).isDropped).toBe(false);
    expect(warmUp.pieces()).toContain('Fællesskab ← Ældresagen');
  });

  it('puts the pieces in play after the core and custom values, only while the warm-up is on', async () => {
    const { session, context, warmUp, ids } = await withAnswers();
    const ro = value(addCustomValue(context, { name: 'Ro', colour: '#4d7c0f' }));
    value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    value(warmUp.drop(ids.faellesskab));
    expect(boardRules(readWorkshop(session.docs)).valuesInPlay.slice(-3)).toEqual([ro.id, ids.cafeGlaede, ids.kunder]);
    value(setWarmUp(context, false));
    expect(boardRules(readWorkshop(session.docs)).valuesInPlay.at(-1)).toBe(ro.id);
  });

  it.each<[string, string]>([
    ['merging a piece with itself', 'warm-up-merge-self'],
    ['merging an unknown piece', 'warm-up-piece-missing'],
    ['merging a dropped piece', 'warm-up-piece-dropped'],
    ['renaming to nothing', 'name-empty'],
    ['renaming to another piece’s name', 'name-taken'],
    ['renaming to a core value’s name', 'name-taken'],
    ['renaming to a custom value’s name', 'name-taken'],
    ['renaming a dropped piece', 'warm-up-piece-dropped'],
    ['dropping an unknown piece', 'warm-up-piece-missing'],
    ['restoring an unknown piece', 'warm-up-piece-missing'],
  ])('refuses %s and changes nothing', async (label, code) => {
    const { session, context, warmUp, ids } = await withAnswers();
    value(addCustomValue(context, { name: 'Ro', colour: '#4d7c0f' }));
    value(warmUp.drop(ids.faellesskab));
    const before = storedState(session);
    const attempts: Record<string, () => Result<unknown>> = {
      'merging a piece with itself': () => warmUp.merge(ids.cafeGlaede, ids.cafeGlaede),
      'merging an unknown piece': () => warmUp.merge(ids.cafeGlaede, 'opv-findesikke'),
      'merging a dropped piece': () => warmUp.merge(ids.cafeGlaede, ids.faellesskab),
      'renaming to nothing': () => warmUp.rename(ids.kunder, ' '),
      'renaming to another piece’s name': () => warmUp.rename(ids.kunder, 'GLÆDE'),
      'renaming to a core value’s name': () => warmUp.rename(ids.kunder, 'stronger expertise'),
      'renaming to a custom value’s name': () => warmUp.rename(ids.kunder, 'ro'),
      'renaming a dropped piece': () => warmUp.rename(ids.faellesskab, 'Samvær'),
      'dropping an unknown piece': () => warmUp.drop('opv-findesikke'),
      'restoring an unknown piece': () => warmUp.restore('opv-findesikke'),
    };
    expect(attempts[label]?.()).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
  });

  it('writes nothing (and adds no undo step) for a decision that is already so', async () => {
    const { session, warmUp, ids } = await withAnswers();
    const before = storedState(session);
    let historyChanges = 0;
    session.undo.subscribe(() => (historyChanges += 1));
    value(warmUp.rename(ids.kunder, 'Nye kunder'));
    value(warmUp.restore(ids.kunder));
    value(warmUp.drop(ids.kunder));
    expect(historyChanges).toBe(1);
    value(warmUp.drop(ids.kunder));
    expect(historyChanges).toBe(1);
    session.undo.undo();
    expect(storedState(session)).toBe(before);
  });
});

describe('undo and redo', () => {
  it('undo separates merged pieces again, redo merges them again', async () => {
    const { session, warmUp, ids } = await withAnswers();
    value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    const merged = warmUp.pieces();
    expect(session.undo.undo()).toBe(true);
    expect(warmUp.pieces()).toEqual(['Glæde ← Café Nord', 'Nye kunder ← Café Nord', 'glæde ← Ældresagen', 'Fællesskab ← Ældresagen']);
    expect(session.undo.redo()).toBe(true);
    expect(warmUp.pieces()).toEqual(merged);
  });

  it('undoes a rename, a drop and a merge one step at a time, newest first', async () => {
    const { session, warmUp, ids } = await withAnswers();
    const start = warmUp.pieces();
    value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    value(warmUp.rename(ids.cafeGlaede, 'Glæden ved det'));
    value(warmUp.drop(ids.kunder));
    expect(warmUp.pieces()).toEqual(['Glæden ved det ← Café Nord + Ældresagen', 'Nye kunder ← Café Nord (udeladt)', 'Fællesskab ← Ældresagen']);
    session.undo.undo();
    expect(warmUp.pieces()).toEqual(['Glæden ved det ← Café Nord + Ældresagen', 'Nye kunder ← Café Nord', 'Fællesskab ← Ældresagen']);
    session.undo.undo();
    expect(warmUp.pieces()).toEqual(['Glæde ← Café Nord + Ældresagen', 'Nye kunder ← Café Nord', 'Fællesskab ← Ældresagen']);
    session.undo.undo();
    expect(warmUp.pieces()).toEqual(start);
  });

  it('undo of a removed answer brings it back into the piece it was merged into', async () => {
    const { session, aeldre, warmUp, ids } = await withAnswers();
    value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    value(warmUp.remove(aeldre, ids.aeldreGlaede.slice('opv-'.length)));
    expect(warmUp.pieces()[0]).toBe('Glæde ← Café Nord');
    session.undo.undo();
    expect(warmUp.pieces()[0]).toBe('Glæde ← Café Nord + Ældresagen');
  });
});

describe('persistence', () => {
  it('keeps answers, merges, names and drops across closing and reopening the workshop', async () => {
    const { repository, id, session, cafe, warmUp, ids } = await withAnswers();
    value(warmUp.merge(ids.cafeGlaede, ids.aeldreGlaede));
    value(warmUp.rename(ids.kunder, 'Flere kunder'));
    value(warmUp.drop(ids.faellesskab));
    const snapshot = readWorkshop(session.docs);
    expect(snapshot.warmUp.pieces).toHaveLength(3);
    await session.close();

    const reopened = await open(repository, id);
    expect(reopened.getSnapshot().warmUp).toEqual(snapshot.warmUp);
    expect(reopened.getSnapshot().warmUp.answers[cafe]?.map((answer) => answer.text)).toEqual(['Glæde', 'Nye kunder']);
    // The undo history belongs to the page load.
    expect(reopened.undo.canUndo).toBe(false);
  });
});
