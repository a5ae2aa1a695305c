import { describe, expect, it } from 'vitest';
import { addOrganisation, type CommandContext } from './commands.ts';
import { setDone, setPhaseLocked } from './progress-commands.ts';
import { readBoardRules, readDone, readLockedPhases, readWorkshop } from './workshop-layout.ts';
import type { WorkshopSession } from './workshop-session.ts';
import { bootRepository, storedState, useFreshDevice, value } from '../../tests/support/state.ts';

const { track } = useFreshDevice();

/** A workshop with one organisation, MENY; each command its own undo step. */
async function meeting() {
  const repository = await bootRepository(track);
  const session: WorkshopSession | null = await repository.open(value(await repository.create('Netværksmøde')));
  if (!session) throw new Error('open failed');
  track(session);
  const context: CommandContext = { docs: session.docs };
  const meny = value(addOrganisation(context, { name: 'MENY', actorType: 'erhvervsdrivende', contact: '' })).id;
  session.undo.stopCapturing();
  return { session, context, meny };
}

describe('setPhaseLocked', () => {
  it('locks and unlocks a phase in the control document', async () => {
    const { session, context } = await meeting();
    expect(setPhaseLocked(context, 'opvarmning', true)).toEqual({ ok: true, value: true });
    expect(readLockedPhases(session.docs)).toEqual(['opvarmning']);
    expect(session.docs.control.getMap('locks').toJSON()).toEqual({ opvarmning: true });
    expect(setPhaseLocked(context, 'opvarmning', false)).toEqual({ ok: true, value: false });
    expect(readLockedPhases(session.docs)).toEqual([]);
    expect(session.docs.control.getMap('locks').size).toBe(0);
  });

  it('locks the value game with the board\'s own lock, which older devices read', async () => {
    const { session, context } = await meeting();
    value(setPhaseLocked(context, 'vaerdispillet', true));
    expect(readWorkshop(session.docs).control.isLocked).toBe(true);
    expect(readBoardRules(session.docs).isLocked).toBe(true);
    expect(session.docs.control.getMap('locks').size).toBe(0);
    expect(readLockedPhases(session.docs)).toEqual(['vaerdispillet']);
  });

  it('writes nothing, and leaves no undo step, when the phase is already so', async () => {
    const { session, context } = await meeting();
    value(setPhaseLocked(context, 'opvarmning', true));
    session.undo.stopCapturing();
    const before = storedState(session);
    value(setPhaseLocked(context, 'opvarmning', true));
    expect(storedState(session)).toBe(before);
    // Had the repeat written, undo would take back only the repeat and the phase would stay locked.
    session.undo.undo();
    expect(readLockedPhases(session.docs)).toEqual([]);
    expect(session.docs.control.getMap('locks').size).toBe(0);
  });
});

describe('setDone', () => {
  it('says an organisation is done with a phase, in its own document, and takes it back', async () => {
    const { session, context, meny } = await meeting();
    expect(setDone(context, meny, 'opvarmning', true)).toEqual({ ok: true, value: true });
    expect(readDone(session.docs, meny)).toEqual(['opvarmning']);
    expect(session.docs.orgDoc(meny).getMap('done').toJSON()).toEqual({ opvarmning: true });
    expect(session.docs.setup.getMap('done').size).toBe(0);
    value(setDone(context, meny, 'opvarmning', false));
    expect(readDone(session.docs, meny)).toEqual([]);
  });

  it('may be said while the phase is locked', async () => {
    const { session, context, meny } = await meeting();
    value(setPhaseLocked(context, 'opvarmning', true));
    value(setDone(context, meny, 'opvarmning', true));
    expect(readDone(session.docs, meny)).toEqual(['opvarmning']);
  });

  it('is one undo step', async () => {
    const { session, context, meny } = await meeting();
    value(setDone(context, meny, 'opvarmning', true));
    session.undo.undo();
    expect(readDone(session.docs, meny)).toEqual([]);
  });

  it('refuses an organisation not in the workshop, and changes nothing', async () => {
    const { session, context } = await meeting();
    const before = storedState(session);
    expect(setDone(context, 'findesikke', 'opvarmning', true)).toMatchObject({ ok: false, problem: { code: 'organisation-missing' } });
    expect(storedState(session)).toBe(before);
  });

  it('writes nothing when it is already so', async () => {
    const { session, context, meny } = await meeting();
    value(setDone(context, meny, 'opvarmning', true));
    session.undo.stopCapturing();
    const before = storedState(session);
    value(setDone(context, meny, 'opvarmning', true));
    expect(storedState(session)).toBe(before);
  });
});
