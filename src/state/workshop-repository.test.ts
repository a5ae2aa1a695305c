import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RandomBytes } from '../domain/ids.ts';
import { translate } from '../i18n/translate.ts';
import { Catalogue } from './catalogue.ts';
import {
  addCustomValue,
  addOrganisation,
  moveOrganisation,
  setCoreValueEnabled,
  setPhase,
  setWarmUp,
  linkNextMeeting,
  updateSetupField,
} from './commands.ts';
import { addAgreement, setAgreementStatus } from './agreement-commands.ts';
import { indexedDbStore } from './doc-store.ts';
import { LOCAL_EDIT } from './origins.ts';
import { nextTask } from '../../tests/support/state.ts';
import { WorkshopRepository } from './workshop-repository.ts';
import type { WorkshopSession } from './workshop-session.ts';

/** A clock the test moves by hand. */
function manualClock(start = 1_000) {
  let now = start;
  return {
    now: () => now,
    set: (time: number) => {
      now = time;
    },
  };
}

/** Repeatable ids: every call gives the next bytes of a counter. */
function countingRandom(): RandomBytes {
  let next = 0;
  return (length) => Uint8Array.from({ length }, () => next++ % 256);
}

const copyTitle = (title: string) => translate('da', 'start.copyTitle', { title });

/** One "page load": a fresh store, catalogue and repository over the same (fake) IndexedDB. */
async function boot(clock = manualClock(), random = countingRandom()) {
  const store = indexedDbStore();
  const catalogue = new Catalogue(store);
  await catalogue.loaded;
  return { store, catalogue, clock, repository: new WorkshopRepository(store, catalogue, clock.now, random) };
}

async function createId(repository: WorkshopRepository, title: string): Promise<string> {
  const result = await repository.create(title);
  if (!result.ok) throw new Error(`create refused: ${result.problem.code}`);
  return result.value;
}

async function openSession(repository: WorkshopRepository, id: string): Promise<WorkshopSession> {
  const session = await repository.open(id);
  if (!session) throw new Error(`workshop ${id} did not open`);
  return session;
}

async function duplicateId(repository: WorkshopRepository, id: string): Promise<string> {
  const result = await repository.duplicate(id, copyTitle);
  if (!result?.ok) throw new Error(`duplicate of ${id} failed`);
  return result.value;
}

function mustBeOk<T>(result: { ok: true; value: T } | { ok: false; problem: { code: string } }): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.value;
}

const toClose: { close: () => Promise<void> }[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  for (const item of toClose.splice(0).reverse()) await item.close();
});

describe('WorkshopRepository.create', () => {
  it('lists the new workshop in the catalogue with title, empty date and no organisations', async () => {
    const { repository, catalogue } = await boot(manualClock(5_000));
    toClose.push(catalogue);
    const id = await createId(repository, '  Netværksmøde   i Nørreparken ');
    expect(id).toMatch(/^[0-9a-z]{16}$/u);
    expect(catalogue.list()).toEqual([
      { id, title: 'Netværksmøde i Nørreparken', date: '', organisationCount: 0, createdAt: 5_000, updatedAt: 5_000 },
    ]);
    expect(catalogue.get(id)?.title).toBe('Netværksmøde i Nørreparken');
  });

  it.each([
    ['', 'name-empty'],
    ['    ', 'name-empty'],
    ['a'.repeat(81), 'name-too-long'],
  ])('refuses the title %j with %s and creates nothing', async (title, code) => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    const result = await repository.create(title);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(catalogue.list()).toEqual([]);
  });

  it('gives each workshop its own id and lists the most recently changed first', async () => {
    const { repository, catalogue, clock } = await boot();
    toClose.push(catalogue);
    clock.set(1_000);
    const first = await createId(repository, 'Første');
    clock.set(2_000);
    const second = await createId(repository, 'Anden');
    expect(first).not.toBe(second);
    expect(catalogue.list().map((summary) => summary.title)).toEqual(['Anden', 'Første']);

    clock.set(3_000);
    const session = await openSession(repository, first);
    toClose.push(session);
    updateSetupField(session.context, 'place', 'Beboerhuset');
    await nextTask();
    expect(catalogue.list().map((summary) => summary.title)).toEqual(['Første', 'Anden']);
  });
});

describe('WorkshopRepository.open', () => {
  it('returns null for an id this device does not have', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    expect(await repository.open('findesikke000000')).toBeNull();
    await createId(repository, 'Møde');
    expect(await repository.open('findesikke000000')).toBeNull();
  });

  it('leaves nothing stored after looking for an id this device does not have', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    expect(await repository.open('findesikke000000')).toBeNull();
    expect(await repository.duplicate('findesikke000000', copyTitle)).toBeNull();
    const names = (await indexedDB.databases()).map((database) => database.name ?? '');
    expect(names.filter((name) => name.includes('findesikke000000'))).toEqual([]);
  });

  it('gives a session with a snapshot of the new workshop', async () => {
    const { repository, catalogue } = await boot(manualClock(7_000));
    toClose.push(catalogue);
    const id = await createId(repository, 'Møde');
    const session = await openSession(repository, id);
    toClose.push(session);
    expect(session.id).toBe(id);
    expect(session.getSnapshot()).toEqual({
      id,
      setup: {
        title: 'Møde',
        initiative: '',
        kind: 'samarbejdsgruppe',
        date: '',
        place: '',
        facilitator: '',
        previousId: '',
        previousTitle: '',
        nextId: '',
        nextTitle: '',
        hasWarmUp: false,
      },
      organisations: [],
      values: { disabledCore: [], custom: [] },
      control: { phase: 'forberedelse', isLocked: false, isRevealed: false, areCardsShown: false, activeOrganisationId: null, timers: {} },
      sections: {},
      keyPoints: '',
      warmUp: { answers: {}, pieces: [] },
      cards: {},
      settledSuggestions: {},
      links: [],
      linkProposals: [],
      agreements: [],
      agreementAnswers: {},
      createdAt: 7_000,
    });
    expect(session.undo.canUndo).toBe(false);
  });

  it('updates the snapshot, notifies subscribers and keeps the catalogue entry current', async () => {
    const { repository, catalogue, clock } = await boot(manualClock(1_000));
    toClose.push(catalogue);
    const id = await createId(repository, 'Møde');
    clock.set(2_000);
    const session = await openSession(repository, id);
    toClose.push(session);
    // Opening (loading from storage) is not a change.
    expect(catalogue.get(id)?.updatedAt).toBe(1_000);

    let notified = 0;
    session.subscribe(() => {
      notified += 1;
    });
    const before = session.getSnapshot();
    expect(session.getSnapshot()).toBe(before);

    clock.set(3_000);
    mustBeOk(updateSetupField(session.context, 'date', '2026-05-01'));
    mustBeOk(addOrganisation(session.context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' }));

    const after = session.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.setup.date).toBe('2026-05-01');
    expect(after.organisations.map((organisation) => organisation.name)).toEqual(['Café Nord']);
    expect(before.organisations).toEqual([]);
    expect(notified).toBeGreaterThanOrEqual(2);
    // The catalogue entry follows in a task of its own, once for both changes.
    expect(catalogue.get(id)?.updatedAt).toBe(1_000);
    await nextTask();
    expect(catalogue.get(id)).toMatchObject({ date: '2026-05-01', organisationCount: 1, updatedAt: 3_000 });
    expect(session.undo.canUndo).toBe(true);
  });

  it('stops notifying a subscriber that unsubscribed', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    const id = await createId(repository, 'Møde');
    const session = await openSession(repository, id);
    let notified = 0;
    const unsubscribe = session.subscribe(() => {
      notified += 1;
    });
    unsubscribe();
    updateSetupField(session.context, 'place', 'Et sted');
    expect(notified).toBe(0);
    await session.close();
  });
});

describe('persistence across a reload', () => {
  it('keeps facts, organisations, values, phase and the organisations’ own documents', async () => {
    const first = await boot(manualClock(1_000));
    const id = await createId(first.repository, 'Møde i Nørreparken');
    const session = await openSession(first.repository, id);
    const context = session.context;
    mustBeOk(updateSetupField(context, 'initiative', 'Fælles sommerfest'));
    mustBeOk(updateSetupField(context, 'kind', 'netvaerksgruppe'));
    mustBeOk(updateSetupField(context, 'date', '2026-06-21'));
    mustBeOk(updateSetupField(context, 'place', 'Beboerhuset'));
    mustBeOk(updateSetupField(context, 'facilitator', 'Søren'));
    mustBeOk(setWarmUp(context, true));
    const cafe = mustBeOk(addOrganisation(context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Mette' }));
    const bolig = mustBeOk(
      addOrganisation(context, { name: 'Boligforeningen', actorType: 'boligrelaterede-organisationer', contact: '' }),
    );
    mustBeOk(moveOrganisation(context, bolig.id, 0));
    mustBeOk(setCoreValueEnabled(context, 'oeget-faglighed', false));
    const glaede = mustBeOk(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' }));
    mustBeOk(setPhase(context, 'vaerdispillet'));
    session.docs.orgDoc(cafe.id).transact(() => session.docs.orgDoc(cafe.id).getMap('pieces').set('p1', 'bredere-maalgruppe'), LOCAL_EDIT);
    const snapshot = session.getSnapshot();
    // Closing brings the catalogue entry up to date with the last changes.
    await session.close();
    const summary = first.catalogue.get(id);
    await first.catalogue.close();

    // A new page load: nothing is shared with the first but the (fake) IndexedDB.
    const second = await boot(manualClock(9_000));
    toClose.push(second.catalogue);
    expect(second.catalogue.list()).toEqual([summary]);
    expect(summary).toMatchObject({ title: 'Møde i Nørreparken', date: '2026-06-21', organisationCount: 2 });

    const reopened = await openSession(second.repository, id);
    toClose.push(reopened);
    expect(reopened.getSnapshot()).toEqual(snapshot);
    expect(reopened.getSnapshot()).toMatchObject({
      setup: { initiative: 'Fælles sommerfest', kind: 'netvaerksgruppe', hasWarmUp: true, facilitator: 'Søren' },
      organisations: [
        { id: bolig.id, name: 'Boligforeningen' },
        { id: cafe.id, name: 'Café Nord', contact: 'Mette' },
      ],
      values: { disabledCore: ['oeget-faglighed'], custom: [glaede] },
      control: { phase: 'vaerdispillet' },
      createdAt: 1_000,
    });
    expect(reopened.docs.orgDoc(cafe.id).getMap('pieces').toJSON()).toEqual({ p1: 'bredere-maalgruppe' });
    // Undo history is per page load.
    expect(reopened.undo.canUndo).toBe(false);
  });

  it('keeps a workshop that was created but never opened', async () => {
    const first = await boot();
    const id = await createId(first.repository, 'Uåbnet');
    await first.catalogue.close();

    const second = await boot();
    toClose.push(second.catalogue);
    expect(second.catalogue.list().map((summary) => summary.id)).toEqual([id]);
    const session = await openSession(second.repository, id);
    toClose.push(session);
    expect(session.getSnapshot().setup.title).toBe('Uåbnet');
  });
});

describe('WorkshopRepository.duplicate', () => {
  async function workshopWithContent() {
    const booted = await boot(manualClock(1_000));
    toClose.push(booted.catalogue);
    const id = await createId(booted.repository, 'Sommerfest');
    const session = await openSession(booted.repository, id);
    const cafe = mustBeOk(addOrganisation(session.context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' }));
    mustBeOk(addOrganisation(session.context, { name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: 'Bo' }));
    mustBeOk(setCoreValueEnabled(session.context, 'stoerre-socialt-ansvar', false));
    mustBeOk(addCustomValue(session.context, { name: 'Glæde', colour: '#4d7c0f' }));
    mustBeOk(updateSetupField(session.context, 'date', '2026-07-01'));
    session.docs.orgDoc(cafe.id).transact(() => session.docs.orgDoc(cafe.id).getMap('pieces').set('p1', 'x'), LOCAL_EDIT);
    const original = session.getSnapshot();
    await session.close();
    return { ...booted, id, cafe, original };
  }

  it('copies organisations, values, facts and the organisations’ documents under a new id and a "Kopi af" title', async () => {
    const { repository, catalogue, clock, id, cafe, original } = await workshopWithContent();
    clock.set(4_000);
    const copyId = await duplicateId(repository, id);
    expect(copyId).not.toBe(id);

    const copy = await openSession(repository, copyId);
    toClose.push(copy);
    const snapshot = copy.getSnapshot();
    expect(snapshot.id).toBe(copyId);
    expect(snapshot.setup).toEqual({ ...original.setup, title: 'Kopi af Sommerfest' });
    expect(snapshot.organisations).toEqual(original.organisations);
    expect(snapshot.values).toEqual(original.values);
    expect(snapshot.control).toEqual(original.control);
    expect(snapshot.createdAt).toBe(4_000);
    expect(copy.docs.orgDoc(cafe.id).getMap('pieces').toJSON()).toEqual({ p1: 'x' });

    expect(catalogue.get(copyId)).toEqual({
      id: copyId,
      title: 'Kopi af Sommerfest',
      date: '2026-07-01',
      organisationCount: 2,
      createdAt: 4_000,
      updatedAt: 4_000,
    });
    expect(catalogue.list().map((summary) => summary.id)).toEqual([copyId, id]);
  });

  it('leaves the original alone when the copy changes', async () => {
    const { repository, id, original } = await workshopWithContent();
    const copyId = await duplicateId(repository, id);
    const copy = await openSession(repository, copyId);
    mustBeOk(addOrganisation(copy.context, { name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' }));
    mustBeOk(updateSetupField(copy.context, 'title', 'Ændret kopi'));
    await copy.close();

    const reopened = await openSession(repository, id);
    toClose.push(reopened);
    expect(reopened.getSnapshot()).toEqual(original);
  });

  it('shortens the copy title to 80 characters, ending in "…", when "Kopi af" makes it too long', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    const title = 't'.repeat(80);
    const id = await createId(repository, title);
    const copyId = await duplicateId(repository, id);
    const copy = catalogue.get(copyId)?.title ?? '';
    expect(copy).toBe(`Kopi af ${'t'.repeat(71)}…`);
    expect([...copy]).toHaveLength(80);
  });

  it('returns null for an unknown id and adds nothing', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    expect(await repository.duplicate('findesikke000000', copyTitle)).toBeNull();
    expect(catalogue.list()).toEqual([]);
  });
});

describe('WorkshopRepository.delete', () => {
  it('removes the workshop from the catalogue and from storage; others stay', async () => {
    const first = await boot();
    const keep = await createId(first.repository, 'Beholdes');
    const gone = await createId(first.repository, 'Slettes');
    const session = await openSession(first.repository, gone);
    const organisation = mustBeOk(
      addOrganisation(session.context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' }),
    );
    session.docs.orgDoc(organisation.id).transact(() => session.docs.orgDoc(organisation.id).getMap('pieces').set('p', 1), LOCAL_EDIT);
    await session.close();

    const namesOf = async (id: string) =>
      (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.includes(id)).sort();
    expect(await namesOf(gone)).toEqual([
      `vaerdispil/${gone}/cards/${organisation.id}`,
      `vaerdispil/${gone}/control`,
      `vaerdispil/${gone}/org/${organisation.id}`,
      `vaerdispil/${gone}/pieces/${organisation.id}`,
      `vaerdispil/${gone}/setup`,
    ]);

    await first.repository.delete(gone);
    expect(first.catalogue.list().map((summary) => summary.id)).toEqual([keep]);
    expect(await namesOf(gone)).toEqual([]);
    expect(await namesOf(keep)).toEqual([`vaerdispil/${keep}/control`, `vaerdispil/${keep}/setup`]);
    expect(await first.repository.open(gone)).toBeNull();
    await first.catalogue.close();

    const second = await boot();
    toClose.push(second.catalogue);
    expect(second.catalogue.list().map((summary) => summary.id)).toEqual([keep]);
    expect(await second.repository.open(gone)).toBeNull();
    const kept = await openSession(second.repository, keep);
    toClose.push(kept);
    expect(kept.getSnapshot().setup.title).toBe('Beholdes');
  });

  it('of an unknown id changes nothing', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    const id = await createId(repository, 'Møde');
    await repository.delete('findesikke000000');
    expect(catalogue.list().map((summary) => summary.id)).toEqual([id]);
    expect(await repository.open(id)).not.toBeNull();
  });
});

describe('WorkshopRepository.createNextMeeting', () => {
  it('stores the follow-up meeting with the open agreements, lists their follow-ups, and the two know each other', async () => {
    const { repository, catalogue } = await boot();
    toClose.push(catalogue);
    const id = await createId(repository, 'Marts');
    const session = await openSession(repository, id);
    toClose.push(session);
    const cafe = addOrganisation(session.context, { name: 'Café', actorType: 'erhvervsdrivende', contact: '' });
    const skole = addOrganisation(session.context, { name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' });
    if (!cafe.ok || !skole.ok) throw new Error('organisations refused');
    const draft = { what: 'Lektiecafé', organisationIds: [cafe.value.id, skole.value.id], coordinatorId: cafe.value.id, firstStep: '', date: '', form: 'samordne', followUpDate: '2026-04-01', linkId: null };
    const open = addAgreement(session.context, draft, '2026-03-01');
    const done = addAgreement(session.context, { ...draft, what: 'Sommerfest' }, '2026-03-01');
    if (!open.ok || !done.ok) throw new Error('agreements refused');
    setAgreementStatus(session.context, done.value.id, 'gennemfoert');
    await nextTask();
    expect(catalogue.get(id)?.followUps).toEqual([{ agreementId: open.value.id, what: 'Lektiecafé', date: '2026-04-01' }]);

    expect((await repository.createNextMeeting(session.getSnapshot(), { title: ' ', date: '' })).ok).toBe(false);
    expect((await repository.createNextMeeting(session.getSnapshot(), { title: 'April', date: '2026-02-30' })).ok).toBe(false);
    const created = await repository.createNextMeeting(session.getSnapshot(), { title: 'April', date: '2026-04-07' });
    if (!created.ok) throw new Error('next meeting refused');
    linkNextMeeting(session.context, created.value);
    expect(session.getSnapshot().setup).toMatchObject({ nextId: created.value.id, nextTitle: 'April' });

    const next = await repository.readSnapshot(created.value.id);
    expect(next?.setup).toMatchObject({ title: 'April', date: '2026-04-07', previousId: id, previousTitle: 'Marts' });
    expect(next?.organisations.map((organisation) => organisation.name)).toEqual(['Café', 'Skolen']);
    expect(next?.agreements.map((agreement) => agreement.what)).toEqual(['Lektiecafé']);
    expect(catalogue.get(created.value.id)).toMatchObject({ title: 'April', date: '2026-04-07', organisationCount: 2, followUps: [{ what: 'Lektiecafé', date: '2026-04-01' }] });
    expect(catalogue.get(id)?.nextId).toBe(created.value.id);

    // A copy of either keeps the meeting it follows, but not the next meeting planned from the original.
    await session.close();
    const copyOfOld = await repository.readSnapshot(await duplicateId(repository, id));
    expect(copyOfOld?.setup).toMatchObject({ nextId: '', nextTitle: '' });
    const copyOfNext = await repository.readSnapshot(await duplicateId(repository, created.value.id));
    expect(copyOfNext?.setup).toMatchObject({ previousId: id, previousTitle: 'Marts' });
  });
});
