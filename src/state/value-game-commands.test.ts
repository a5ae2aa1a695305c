import { describe, expect, it } from 'vitest';
import type { Result } from '../domain/result.ts';
import { EXAMPLE_MAX } from '../domain/value-piece.ts';
import {
  addOrganisation,
  checkPlacePiece,
  markMostImportant,
  placePiece,
  setCoreValueEnabled,
  setLocked,
  setRevealed,
  takeBackPiece,
  writeExample,
  type CommandContext,
} from './commands.ts';
import { readWorkshop } from './workshop-layout.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';

const { track, untrack } = useFreshDevice();

/** A workshop with two organisations, opened; `game` reads like the workshop. */
async function playing() {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Værdispil i Nørreparken'));
  const session = await repository.open(id);
  if (!session) throw new Error('open failed');
  track(session);
  const context: CommandContext = { docs: session.docs };
  const meny = value(addOrganisation(context, { name: 'MENY', actorType: 'erhvervsdrivende', contact: '' })).id;
  const skolen = value(addOrganisation(context, { name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' })).id;
  session.undo.stopCapturing();
  const game = {
    place: (orgId: string, valueId: string, slot?: string) => placePiece(context, orgId, valueId, slot),
    takeBack: (orgId: string, valueId: string) => takeBackPiece(context, orgId, valueId),
    write: (orgId: string, valueId: string, text: string) => writeExample(context, orgId, valueId, text),
    placedIn: (orgId: string) => (readWorkshop(session.docs).sections[orgId]?.placed ?? []).map((piece) => piece.valueId),
  };
  return { repository, id, session, context, meny, skolen, game };
}

describe('placing pieces', () => {
  it('places pieces in an organisation’s own section, in order, and keeps sections apart', async () => {
    const { meny, skolen, game } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    value(game.place(meny, 'bredere-maalgruppe'));
    value(game.place(skolen, 'bredere-maalgruppe'));
    expect(game.placedIn(meny)).toEqual(['oeget-faglighed', 'bredere-maalgruppe']);
    expect(game.placedIn(skolen)).toEqual(['bredere-maalgruppe']);
  });

  it.each([
    ['the same value twice in one section', 'piece-already-placed'],
    ['on a locked board', 'board-locked'],
    ["in another value's slot", 'piece-wrong-slot'],
    ['a value that is switched off', 'value-missing'],
    ['for an organisation that is not in the workshop', 'organisation-missing'],
  ] as const)('refuses placing %s and changes nothing', async (situation, code) => {
    const { context, meny, game, session } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    const before = readWorkshop(session.docs);
    const attempts: Record<typeof code, () => Result<unknown>> = {
      'piece-already-placed': () => game.place(meny, 'oeget-faglighed'),
      'board-locked': () => (setLocked(context, true), game.place(meny, 'bredere-maalgruppe')),
      'piece-wrong-slot': () => game.place(meny, 'bredere-maalgruppe', 'stoerre-socialt-ansvar'),
      'value-missing': () => (setCoreValueEnabled(context, 'adgang-til-flere-ressourcer', false), game.place(meny, 'adgang-til-flere-ressourcer')),
      'organisation-missing': () => game.place('findesikke', 'bredere-maalgruppe'),
    };
    const result = attempts[code]();
    expect(result.ok ? 'placed' : result.problem.code, situation).toBe(code);
    expect(readWorkshop(session.docs).sections).toEqual(before.sections);
  });

  it('checks a placement as the command would, and writes nothing (the drag layer asks at the drop)', async () => {
    const { context, meny, game, session } = await playing();
    const before = readWorkshop(session.docs);
    expect(checkPlacePiece(context, meny, 'oeget-faglighed')).toEqual({ ok: true, value: { placed: [{ valueId: 'oeget-faglighed', example: '' }], mostImportant: null } });
    expect(checkPlacePiece(context, meny, 'oeget-faglighed', 'bredere-maalgruppe')).toMatchObject({ ok: false, problem: { code: 'piece-wrong-slot' } });
    expect(readWorkshop(session.docs).sections).toEqual(before.sections);
    value(game.place(meny, 'oeget-faglighed'));
    expect(checkPlacePiece(context, meny, 'oeget-faglighed')).toMatchObject({ ok: false, problem: { code: 'piece-already-placed' } });
    setLocked(context, true);
    expect(checkPlacePiece(context, meny, 'bredere-maalgruppe')).toMatchObject({ ok: false, problem: { code: 'board-locked' } });
  });

  it('keeps one piece per value under rapid repeated drops', async () => {
    const { meny, game } = await playing();
    const results = Array.from({ length: 20 }, () => game.place(meny, 'stoerre-socialt-ansvar'));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(game.placedIn(meny)).toEqual(['stoerre-socialt-ansvar']);
  });
});

describe('examples, the most-important mark and taking back', () => {
  it('writes an example, cuts a 10,000-character paste at 280 and says so', async () => {
    const { meny, game, session } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    expect(value(game.write(meny, 'oeget-faglighed', 'Vi lærer af sundhedsplejen')).isCut).toBe(false);
    const pasted = value(game.write(meny, 'oeget-faglighed', 'ø'.repeat(10_000)));
    expect(pasted.isCut).toBe(true);
    expect(readWorkshop(session.docs).sections[meny]?.placed[0]?.example).toBe('ø'.repeat(EXAMPLE_MAX));
  });

  it('marks one piece most important; taking it back clears the mark and the example', async () => {
    const { context, meny, game, session } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    value(game.write(meny, 'oeget-faglighed', 'Kurser for personalet'));
    value(markMostImportant(context, meny, 'oeget-faglighed'));
    expect(readWorkshop(session.docs).sections[meny]?.mostImportant).toBe('oeget-faglighed');
    value(game.takeBack(meny, 'oeget-faglighed'));
    expect(readWorkshop(session.docs).sections[meny]).toEqual({ placed: [], mostImportant: null });
    value(game.place(meny, 'oeget-faglighed'));
    expect(readWorkshop(session.docs).sections[meny]?.placed).toEqual([{ valueId: 'oeget-faglighed', example: '' }]);
  });

  it('refuses writing on, marking or taking back a piece in the tray', async () => {
    const { context, meny, game } = await playing();
    expect(game.write(meny, 'oeget-faglighed', 'x')).toMatchObject({ ok: false, problem: { code: 'piece-not-placed' } });
    expect(markMostImportant(context, meny, 'oeget-faglighed')).toMatchObject({ ok: false, problem: { code: 'piece-not-placed' } });
    expect(game.takeBack(meny, 'oeget-faglighed')).toMatchObject({ ok: false, problem: { code: 'piece-not-placed' } });
  });
});

describe('undo, the reveal and storage', () => {
  it('undoes and redoes a placement, an example and the reveal, newest first', async () => {
    const { context, meny, game, session } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    session.undo.stopCapturing();
    value(game.write(meny, 'oeget-faglighed', 'Fælles kurser'));
    session.undo.stopCapturing();
    value(setRevealed(context, true));
    session.undo.stopCapturing();

    session.undo.undo();
    expect(readWorkshop(session.docs).control.isRevealed).toBe(false);
    session.undo.undo();
    expect(readWorkshop(session.docs).sections[meny]?.placed[0]?.example).toBe('');
    session.undo.undo();
    expect(game.placedIn(meny)).toEqual([]);
    session.undo.redo();
    session.undo.redo();
    session.undo.redo();
    expect(readWorkshop(session.docs).sections[meny]?.placed).toEqual([{ valueId: 'oeget-faglighed', example: 'Fælles kurser' }]);
    expect(readWorkshop(session.docs).control.isRevealed).toBe(true);
  });

  it('brings back every piece, example and mark after a reload', async () => {
    const { repository, id, context, meny, skolen, game, session } = await playing();
    value(game.place(meny, 'oeget-faglighed'));
    value(game.write(meny, 'oeget-faglighed', 'Vi låner hinandens lokaler 🙂'));
    value(markMostImportant(context, meny, 'oeget-faglighed'));
    value(game.place(skolen, 'bredere-maalgruppe'));
    value(setLocked(context, true));
    untrack(session);
    await session.close();

    const reopened = await repository.open(id);
    if (!reopened) throw new Error('reopen failed');
    track(reopened);
    const workshop = readWorkshop(reopened.docs);
    expect(workshop.sections[meny]).toEqual({
      placed: [{ valueId: 'oeget-faglighed', example: 'Vi låner hinandens lokaler 🙂' }],
      mostImportant: 'oeget-faglighed',
    });
    expect(workshop.sections[skolen]?.placed).toEqual([{ valueId: 'bredere-maalgruppe', example: '' }]);
    expect(workshop.control.isLocked).toBe(true);
  });
});
