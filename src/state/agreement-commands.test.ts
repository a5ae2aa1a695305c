import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { AgreementDraft } from '../domain/agreement.ts';
import type { RandomBytes } from '../domain/ids.ts';
import {
  addAgreement,
  removeAgreement,
  setAgreementComment,
  setAgreementIn,
  setAgreementStatus,
  setCoordinatorFirstStep,
  updateAgreement,
  writeStatusNote,
} from './agreement-commands.ts';
import { addOrganisation, type CommandContext } from './commands.ts';
import { setPhaseLocked } from './progress-commands.ts';
import { bootRepository, storedState, useFreshDevice, value } from '../../tests/support/state.ts';
import { readWorkshop, writeAgreementAnswersSnapshot, writeAgreementsSnapshot } from './workshop-layout.ts';
import { WorkshopDocs } from './workshop-docs.ts';
import { indexedDbStore } from './doc-store.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const TODAY = '2026-11-22';

/** Repeatable ids: the n-th id is made of the n-th letter, 'a' → 'aaaaaaaaaaaa'. */
function idsFrom(letters: string): RandomBytes {
  let next = 0;
  return (length) => new Uint8Array(length).fill(ALPHABET.indexOf(letters[next++ % letters.length] ?? '0'));
}

const { track } = useFreshDevice();

/** A workshop with Café Nord, Nørreskolen and Ungdomsklubben; `agreements` reads like the workshop. */
async function meeting() {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Aftaler i Nørreparken'));
  const opened = await repository.open(id);
  if (!opened) throw new Error('open failed');
  const session = track(opened);
  const context: CommandContext = { ...session.context, random: idsFrom('abcdefghijklmnopqrstuvwxyz') };
  const cafe = value(addOrganisation(context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' })).id;
  const skole = value(addOrganisation(context, { name: 'Nørreskolen', actorType: 'kommunale-institutioner', contact: '' })).id;
  const klub = value(addOrganisation(context, { name: 'Ungdomsklubben', actorType: 'kommunale-institutioner', contact: '' })).id;
  session.undo.stopCapturing();
  const draft = (overrides: Partial<AgreementDraft> = {}): AgreementDraft => ({
    what: 'Fælles lektiecafé',
    organisationIds: [cafe, skole],
    coordinatorId: cafe,
    firstStep: 'Café Nord ringer til skolen',
    date: '2026-12-03',
    form: 'samordne',
    followUpDate: '2027-02-01',
    linkId: null,
    ...overrides,
  });
  const list = () => readWorkshop(session.docs).agreements;
  return { repository, id, session, context, cafe, skole, klub, draft, list };
}


describe('addAgreement', () => {
  it('stores the agreement in the setup document, in the order made, with no follow-up yet', async () => {
    const { session, context, cafe, skole, klub, draft, list } = await meeting();
    const first = addAgreement(context, draft(), TODAY);
    const second = addAgreement(context, draft({ what: 'Låne klubbens lokaler', organisationIds: [klub, cafe], coordinatorId: klub, form: 'ressourceudveksle' }), TODAY);
    expect(first).toMatchObject({ ok: true, warnings: [], problems: {} });
    expect(list().map((agreement) => [agreement.what, agreement.organisationIds, agreement.coordinatorId, agreement.form, agreement.status])).toEqual([
      ['Fælles lektiecafé', [cafe, skole], cafe, 'samordne', null],
      ['Låne klubbens lokaler', [cafe, klub], klub, 'ressourceudveksle', null],
    ]);
    expect(second.ok && list()[1]?.id === second.value.id).toBe(true);
    expect(session.docs.setup.getMap('agreements').size).toBe(2);
  });

  it.each([
    ['no organisation', { organisationIds: [], coordinatorId: '' }, 'agreement-no-organisation'],
    ['no coordinator', { coordinatorId: '' }, 'agreement-no-coordinator'],
    ['a coordinator outside the agreement', { coordinatorId: 'klub-id' }, 'agreement-coordinator-outside'],
    ['an empty "what"', { what: ' ' }, 'agreement-what-empty'],
    ['an impossible date', { date: '2026-02-31' }, 'date-invalid'],
    ['a link that does not exist', { linkId: 'borte' }, 'agreement-link-missing'],
  ] as const)('refuses %s and changes nothing', async (_case, overrides, code) => {
    const { session, context, draft } = await meeting();
    const before = storedState(session);
    const canUndoBefore = session.undo.canUndo;
    expect(addAgreement(context, draft(overrides), TODAY)).toMatchObject({ ok: false, problem: { code } });
    expect(storedState(session)).toBe(before);
    expect(session.undo.canUndo).toBe(canUndoBefore);
  });

  it('saves an agreement with a past date, with a warning beside the result', async () => {
    const { context, draft, list } = await meeting();
    const result = addAgreement(context, draft({ date: '2026-11-01' }), TODAY);
    expect(result).toMatchObject({ ok: true, warnings: [{ field: 'date', code: 'date-past' }] });
    expect(list()).toHaveLength(1);
  });

  it('is one undo step', async () => {
    const { session, context, draft, list } = await meeting();
    value(addAgreement(context, draft(), TODAY));
    session.undo.undo();
    expect(list()).toEqual([]);
    session.undo.redo();
    expect(list().map((agreement) => agreement.what)).toEqual(['Fælles lektiecafé']);
  });
});

describe('updateAgreement and removeAgreement', () => {
  it('edits the fields, keeps the follow-up, and undo takes the edit back in one step', async () => {
    const { session, context, skole, klub, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setAgreementStatus(context, made.id, 'i-gang'));
    const edited = updateAgreement(context, made.id, draft({ what: 'Lektiecafé hver torsdag', organisationIds: [skole, klub], coordinatorId: klub, form: 'samskabe' }), TODAY);
    expect(edited).toMatchObject({ ok: true, value: { what: 'Lektiecafé hver torsdag', coordinatorId: klub, status: 'i-gang' } });
    expect(list()[0]).toMatchObject({ organisationIds: [skole, klub], form: 'samskabe', status: 'i-gang' });
    session.undo.undo();
    expect(list()[0]).toMatchObject({ what: 'Fælles lektiecafé', form: 'samordne', status: 'i-gang' });
  });

  it('refuses an edit that leaves no coordinator, and changes nothing', async () => {
    const { session, context, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    const before = storedState(session);
    expect(updateAgreement(context, made.id, draft({ coordinatorId: '' }), TODAY)).toMatchObject({
      ok: false,
      problem: { code: 'agreement-no-coordinator' },
      problems: { coordinatorId: { code: 'agreement-no-coordinator' } },
    });
    expect(storedState(session)).toBe(before);
  });

  it('removes an agreement; undo brings it back in its place', async () => {
    const { session, context, draft, list } = await meeting();
    const first = value(addAgreement(context, draft({ what: 'Første' }), TODAY));
    value(addAgreement(context, draft({ what: 'Anden' }), TODAY));
    expect(removeAgreement(context, first.id)).toMatchObject({ ok: true, value: { what: 'Første' } });
    expect(list().map((agreement) => agreement.what)).toEqual(['Anden']);
    session.undo.undo();
    expect(list().map((agreement) => agreement.what)).toEqual(['Første', 'Anden']);
  });

  it('refuses to edit or remove an agreement that does not exist', async () => {
    const { context, draft } = await meeting();
    expect(updateAgreement(context, 'borte', draft(), TODAY)).toMatchObject({ ok: false, problem: { code: 'agreement-missing' } });
    expect(removeAgreement(context, 'borte')).toEqual({ ok: false, problem: { code: 'agreement-missing' } });
  });
});

describe('follow-up (setAgreementStatus, writeStatusNote)', () => {
  it('sets a status and a note, which survive closing and reopening the workshop', async () => {
    const { repository, id, session, context, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    expect(setAgreementStatus(context, made.id, 'gennemfoert')).toMatchObject({ ok: true, value: { status: 'gennemfoert' } });
    expect(writeStatusNote(context, made.id, 'Kører hver torsdag')).toEqual({ ok: true, value: 'Kører hver torsdag' });
    await session.close();
    const reopened = await repository.open(id);
    if (!reopened) throw new Error('reopen failed');
    track(reopened);
    expect(readWorkshop(reopened.docs).agreements[0]).toMatchObject({ status: 'gennemfoert', statusNote: 'Kører hver torsdag' });
  });

  it('clears a status, and undo restores it', async () => {
    const { session, context, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setAgreementStatus(context, made.id, 'droppet'));
    value(setAgreementStatus(context, made.id, null));
    expect(list()[0]?.status).toBeNull();
    session.undo.undo();
    expect(list()[0]?.status).toBe('droppet');
  });

  it('refuses an unknown status, a note over the limit and a missing agreement, changing nothing', async () => {
    const { session, context, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    const before = storedState(session);
    expect(setAgreementStatus(context, made.id, 'maaske')).toEqual({ ok: false, problem: { code: 'agreement-status-unknown' } });
    expect(writeStatusNote(context, made.id, 'x'.repeat(501))).toMatchObject({ ok: false, problem: { code: 'text-too-long' } });
    expect(setAgreementStatus(context, 'borte', 'i-gang')).toEqual({ ok: false, problem: { code: 'agreement-missing' } });
    expect(storedState(session)).toBe(before);
  });
});

describe('the organisations’ answers', () => {
  it('"Vi er med" and a comment are written to the organisation’s own document, and can be taken back', async () => {
    const { session, context, cafe, skole, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setAgreementIn(context, skole, made.id, true));
    value(setAgreementComment(context, skole, made.id, '  Kun   om torsdagen '));
    expect(readWorkshop(session.docs).agreementAnswers[skole]).toEqual({ [made.id]: { isIn: true, comment: 'Kun om torsdagen', firstStep: null } });
    expect(session.docs.orgDoc(skole).getMap('agreementAnswers').size).toBe(1);
    expect(session.docs.setup.getMap('agreements').get(made.id)).toBeDefined();
    expect(readWorkshop(session.docs).agreementAnswers[cafe]).toEqual({});

    value(setAgreementIn(context, skole, made.id, false));
    expect(readWorkshop(session.docs).agreementAnswers[skole]?.[made.id]).toEqual({ isIn: false, comment: 'Kun om torsdagen', firstStep: null });
    session.undo.undo();
    expect(readWorkshop(session.docs).agreementAnswers[skole]?.[made.id]?.isIn).toBe(true);
  });

  it('refuses an organisation that is not part of the agreement, a first step from one that is not the coordinator, a comment of 281 characters', async () => {
    const { session, context, skole, klub, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    const before = storedState(session);
    expect(setAgreementIn(context, klub, made.id, true)).toEqual({ ok: false, problem: { code: 'agreement-not-involved' } });
    expect(setCoordinatorFirstStep(context, skole, made.id, 'Vi ringer')).toEqual({ ok: false, problem: { code: 'agreement-not-coordinator' } });
    expect(setAgreementComment(context, skole, made.id, 'æ'.repeat(281))).toMatchObject({ ok: false, problem: { code: 'text-too-long' } });
    expect(setAgreementIn(context, skole, 'borte', true)).toEqual({ ok: false, problem: { code: 'agreement-missing' } });
    expect(setAgreementIn(context, 'borte', made.id, true)).toEqual({ ok: false, problem: { code: 'organisation-missing' } });
    expect(storedState(session)).toBe(before);
  });

  it('the coordinator’s first step stands for the agreement, in the summary’s snapshot too', async () => {
    const { session, context, cafe, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer til skolen mandag'));
    expect(list()[0]?.firstStep).toBe('Vi ringer til skolen mandag');
    // The facilitator's stays in the setup, behind it.
    expect(session.docs.setup.getMap<Y.Map<unknown>>('agreements').get(made.id)?.toJSON()).toMatchObject({ firstStep: 'Café Nord ringer til skolen' });
    // Written empty, it stands empty.
    value(setCoordinatorFirstStep(context, cafe, made.id, ''));
    expect(list()[0]?.firstStep).toBe('');
  });

  it('the facilitator’s edit of the first step reaches the coordinator’s answer, so the two never disagree', async () => {
    const { session, context, cafe, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer mandag'));
    value(updateAgreement(context, made.id, draft({ firstStep: 'Skolen ringer tirsdag' }), TODAY));
    expect(list()[0]?.firstStep).toBe('Skolen ringer tirsdag');
    expect(session.docs.setup.getMap<Y.Map<unknown>>('agreements').get(made.id)?.toJSON()).toMatchObject({ firstStep: 'Skolen ringer tirsdag' });
    expect(readWorkshop(session.docs).agreementAnswers[cafe]?.[made.id]?.firstStep).toBe('Skolen ringer tirsdag');

    // One undo takes back both writes (the setup's and the coordinator's answer), one redo brings both.
    session.undo.undo();
    expect(list()[0]?.firstStep).toBe('Vi ringer mandag');
    expect(session.docs.setup.getMap<Y.Map<unknown>>('agreements').get(made.id)?.toJSON()).toMatchObject({ firstStep: 'Café Nord ringer til skolen' });
    session.undo.redo();
    expect(list()[0]?.firstStep).toBe('Skolen ringer tirsdag');
    expect(readWorkshop(session.docs).agreementAnswers[cafe]?.[made.id]?.firstStep).toBe('Skolen ringer tirsdag');
  });

  it('an edit that leaves the first step as the form opened it keeps the coordinator’s, written meanwhile', async () => {
    const { context, cafe, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    const opened = draft();
    value(setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer mandag'));
    value(updateAgreement(context, made.id, { ...opened, what: 'Lektiecafé om torsdagen' }, TODAY, opened));
    expect(list()[0]).toMatchObject({ what: 'Lektiecafé om torsdagen', firstStep: 'Vi ringer mandag' });
  });

  it('a new coordinator starts from the first step that stood; the old one’s goes when it writes again', async () => {
    const { session, context, cafe, skole, draft, list } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer mandag'));
    const opened = draft();
    value(updateAgreement(context, made.id, { ...opened, coordinatorId: skole }, TODAY, opened));
    expect(list()[0]).toMatchObject({ coordinatorId: skole, firstStep: 'Vi ringer mandag' });
    // Café Nord's first step no longer counts, and its next answer drops it (the server would refuse it).
    expect(readWorkshop(session.docs).agreementAnswers[cafe]?.[made.id]?.firstStep).toBeNull();
    value(setAgreementIn(context, cafe, made.id, true));
    expect(session.docs.orgDoc(cafe).getMap<Y.Map<unknown>>('agreementAnswers').get(made.id)?.toJSON()).toEqual({ isIn: true, comment: '', firstStep: null });
  });

  it('answers to an agreement since deleted stay in the document but do not count; undo brings them back', async () => {
    const { session, context, skole, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setAgreementIn(context, skole, made.id, true));
    value(removeAgreement(context, made.id));
    expect(readWorkshop(session.docs).agreementAnswers[skole]).toEqual({});
    session.undo.undo();
    expect(readWorkshop(session.docs).agreementAnswers[skole]?.[made.id]?.isIn).toBe(true);
  });
});

describe('while the facilitator has locked Aftaler', () => {
  it.each<[string, 'in' | 'takeBack' | 'comment' | 'firstStep']>([
    ['"Vi er med"', 'in'],
    ['taking "Vi er med" back', 'takeBack'],
    ['a comment', 'comment'],
    ["the coordinator's first step", 'firstStep'],
  ])('refuses %s and changes nothing; unlocked, it goes through', async (_label, command) => {
    const { session, context, cafe, skole, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setAgreementIn(context, skole, made.id, true));
    value(setPhaseLocked(context, 'aftaler', true));
    const before = storedState(session);
    const attempt = {
      in: () => setAgreementIn(context, cafe, made.id, true),
      takeBack: () => setAgreementIn(context, skole, made.id, false),
      comment: () => setAgreementComment(context, skole, made.id, 'Kun om torsdagen'),
      firstStep: () => setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer mandag'),
    }[command];
    expect(attempt()).toMatchObject({ ok: false, problem: { code: 'phase-locked', params: { phase: 'aftaler' } } });
    expect(storedState(session)).toBe(before);
    value(setPhaseLocked(context, 'aftaler', false));
    expect(attempt().ok).toBe(true);
  });

  it("lets the facilitator edit the agreement meanwhile: the first step reaches the coordinator's answer", async () => {
    const { session, context, cafe, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setCoordinatorFirstStep(context, cafe, made.id, 'Vi ringer mandag'));
    value(setPhaseLocked(context, 'aftaler', true));
    value(updateAgreement(context, made.id, draft({ firstStep: 'Café Nord ringer tirsdag' }), TODAY));
    expect(readWorkshop(session.docs).agreementAnswers[cafe]?.[made.id]?.firstStep).toBe('Café Nord ringer tirsdag');
  });

  it("is not held back by another phase's lock", async () => {
    const { session, context, skole, draft } = await meeting();
    const made = value(addAgreement(context, draft(), TODAY));
    value(setPhaseLocked(context, 'opvarmning', true));
    value(setPhaseLocked(context, 'goer-hinanden-staerkere', true));
    value(setPhaseLocked(context, 'vaerdispillet', true));
    value(setAgreementIn(context, skole, made.id, true));
    expect(readWorkshop(session.docs).agreementAnswers[skole]?.[made.id]?.isIn).toBe(true);
  });
});

describe('writeAgreementAnswersSnapshot', () => {
  it('writes the answers into fresh documents, read back as they were', () => {
    const docs = new WorkshopDocs('import-answers', indexedDbStore());
    track(docs);
    const agreements = [{ id: 'a', what: 'A', organisationIds: ['x', 'y'], coordinatorId: 'x', firstStep: 'ring', date: '', form: 'samskabe' as const, followUpDate: '', linkId: null, status: null, statusNote: '' }];
    const answers = { x: { a: { isIn: true, comment: '', firstStep: 'ring' } }, y: { a: { isIn: false, comment: 'Måske', firstStep: null } } };
    writeAgreementsSnapshot(docs, agreements);
    writeAgreementAnswersSnapshot(docs, answers);
    expect(docs.orgDoc('y').getMap('agreementAnswers').size).toBe(1);
    // The documents hold no organisations, so no answer counts: read through the rule with these two.
    expect(readWorkshop(docs).agreementAnswers).toEqual({});
  });
});

describe('writeAgreementsSnapshot', () => {
  it('writes agreements into fresh documents, in order, with their follow-up', () => {
    const docs = new WorkshopDocs('import', indexedDbStore());
    track(docs);
    const snapshot = [
      { id: 'b', what: 'B', organisationIds: ['x', 'y'], coordinatorId: 'y', firstStep: '', date: '', form: 'samvirke', followUpDate: '', linkId: null, status: 'i-gang', statusNote: 'godt' },
      { id: 'a', what: 'A', organisationIds: ['x'], coordinatorId: 'x', firstStep: 'ring', date: '2027-01-01', form: 'samskabe', followUpDate: '2027-03-01', linkId: 'l1', status: null, statusNote: '' },
    ] as const;
    writeAgreementsSnapshot(docs, snapshot.map((agreement) => ({ ...agreement, organisationIds: [...agreement.organisationIds] })));
    expect(readWorkshop(docs).agreements).toEqual(snapshot);
  });
});
