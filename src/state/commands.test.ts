import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RandomBytes } from '../domain/ids.ts';
import type { Result } from '../domain/result.ts';
import { CORE_VALUE_IDS } from '../domain/value.ts';
import type { SetupField } from '../domain/workshop.ts';
import { Catalogue } from './catalogue.ts';
import {
  addCustomValue,
  addOrganisation,
  moveOrganisation,
  removeCustomValue,
  removeOrganisation,
  setCoreValueEnabled,
  setPhase,
  setWarmUp,
  updateCustomValue,
  updateOrganisation,
  updateSetupField,
  type CommandContext,
} from './commands.ts';
import { indexedDbStore } from './doc-store.ts';
import { readWorkshop } from './workshop-layout.ts';
import { WorkshopRepository } from './workshop-repository.ts';
import type { WorkshopSession } from './workshop-session.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Ids made of one repeated character, taken in turn from `letters`: 'a' → 'aaaaaaaaaaaaaaaa'. */
function idsFrom(letters: string): RandomBytes {
  let next = 0;
  return (length) => {
    const letter = letters[next++ % letters.length] ?? '0';
    return new Uint8Array(length).fill(ALPHABET.indexOf(letter));
  };
}

const opened: { close: () => Promise<void> }[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

async function openWorkshop(random: RandomBytes = idsFrom('abcdefghijklmnopqrstuvwxyz')) {
  const store = indexedDbStore();
  const catalogue = new Catalogue(store);
  await catalogue.loaded;
  opened.push(catalogue);
  const repository = new WorkshopRepository(store, catalogue, () => 1_000);
  const created = await repository.create('Møde');
  if (!created.ok) throw new Error('create refused');
  const session = await repository.open(created.value);
  if (!session) throw new Error('open failed');
  opened.push(session);
  const context: CommandContext = { docs: session.docs, random };
  return { session, context, read: () => readWorkshop(session.docs), catalogue };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.value;
}

/** Counts the changes to every document of the session (the ones open now). */
function countUpdates(session: WorkshopSession): () => number {
  let count = 0;
  for (const doc of session.docs.allDocs) doc.on('update', () => (count += 1));
  return () => count;
}

const cafe = { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' };
const aeldre = { name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: 'Mette' };
const bolig = { name: 'Boligforeningen', actorType: 'boligrelaterede-organisationer', contact: '' };

describe('updateSetupField', () => {
  it.each<[SetupField, string, string]>([
    ['title', '  Nyt   navn ', 'Nyt navn'],
    ['initiative', 'Fælles sommerfest', 'Fælles sommerfest'],
    ['kind', 'netvaerksgruppe', 'netvaerksgruppe'],
    ['date', ' 2026-06-21 ', '2026-06-21'],
    ['place', ' Beboerhuset ', 'Beboerhuset'],
    ['facilitator', 'Søren Ærø', 'Søren Ærø'],
  ])('sets %s from %j to %j', async (field, raw, stored) => {
    const { context, read } = await openWorkshop();
    expect(updateSetupField(context, field, raw)).toEqual({ ok: true, value: stored });
    expect(read().setup[field]).toBe(stored);
  });

  it('clears an optional field', async () => {
    const { context, read } = await openWorkshop();
    value(updateSetupField(context, 'place', 'Beboerhuset'));
    value(updateSetupField(context, 'date', '2026-06-21'));
    expect(updateSetupField(context, 'place', '   ')).toEqual({ ok: true, value: '' });
    expect(updateSetupField(context, 'date', '')).toEqual({ ok: true, value: '' });
    expect(read().setup).toMatchObject({ place: '', date: '' });
  });

  it('writes nothing when the stored value does not change', async () => {
    const { context, session } = await openWorkshop();
    value(updateSetupField(context, 'place', 'Beboerhuset'));
    const updates = countUpdates(session);
    expect(updateSetupField(context, 'place', '  Beboerhuset ')).toEqual({ ok: true, value: 'Beboerhuset' });
    expect(updateSetupField(context, 'title', 'Møde')).toEqual({ ok: true, value: 'Møde' });
    expect(updates()).toBe(0);
  });
});

describe('setWarmUp', () => {
  it('switches the warm-up on and off', async () => {
    const { context, read } = await openWorkshop();
    expect(setWarmUp(context, true)).toEqual({ ok: true, value: true });
    expect(read().setup.hasWarmUp).toBe(true);
    expect(setWarmUp(context, false)).toEqual({ ok: true, value: false });
    expect(read().setup.hasWarmUp).toBe(false);
  });

  it('writes nothing (and adds no undo step) when it is already so', async () => {
    const { context, session } = await openWorkshop();
    const updates = countUpdates(session);
    expect(setWarmUp(context, false)).toEqual({ ok: true, value: false });
    expect(updates()).toBe(0);
    expect(session.undo.canUndo).toBe(false);
  });
});

describe('addOrganisation', () => {
  it('adds organisations at the end, with a new id and normalised text', async () => {
    const { context, read } = await openWorkshop();
    const first = value(addOrganisation(context, { ...cafe, name: '  Café   Nord ' }));
    const second = value(addOrganisation(context, aeldre));
    expect(first).toEqual({ id: 'aaaaaaaaaaaaaaaa', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' });
    expect(second.id).toBe('bbbbbbbbbbbbbbbb');
    expect(read().organisations).toEqual([first, second]);
  });

  it('opens the organisation’s own document', async () => {
    const { context, session } = await openWorkshop();
    const organisation = value(addOrganisation(context, cafe));
    expect(session.docs.openOrgIds).toEqual([organisation.id]);
  });

  it('adds at the end after an organisation was removed, whatever the new id', async () => {
    // The new id sorts before the others, so a position that ties with an existing one shows up.
    const { context, read } = await openWorkshop(idsFrom('xyz0'));
    const x = value(addOrganisation(context, cafe));
    value(addOrganisation(context, aeldre));
    value(addOrganisation(context, bolig));
    value(removeOrganisation(context, x.id));
    const added = value(addOrganisation(context, { name: 'Skolen', actorType: 'kommunale-institutioner', contact: '' }));
    expect(added.id).toBe('0000000000000000');
    expect(read().organisations.map((organisation) => organisation.name)).toEqual([
      'Ældresagen',
      'Boligforeningen',
      'Skolen',
    ]);
  });
});

describe('updateOrganisation', () => {
  it('changes name, actor type and contact', async () => {
    const { context, read } = await openWorkshop();
    const organisation = value(addOrganisation(context, cafe));
    const draft = { name: ' Café  Syd ', actorType: 'andre-aktoerer', contact: 'Bo' };
    expect(updateOrganisation(context, organisation.id, draft)).toEqual({
      ok: true,
      value: { id: organisation.id, name: 'Café Syd', actorType: 'andre-aktoerer', contact: 'Bo' },
    });
    expect(read().organisations).toEqual([
      { id: organisation.id, name: 'Café Syd', actorType: 'andre-aktoerer', contact: 'Bo' },
    ]);
  });

  it('may keep its own name, in another case', async () => {
    const { context, read } = await openWorkshop();
    const organisation = value(addOrganisation(context, cafe));
    value(addOrganisation(context, aeldre));
    expect(updateOrganisation(context, organisation.id, { ...cafe, name: 'CAFÉ NORD' }).ok).toBe(true);
    expect(read().organisations[0]?.name).toBe('CAFÉ NORD');
  });

  it('keeps its place in the order', async () => {
    const { context, read } = await openWorkshop();
    value(addOrganisation(context, cafe));
    const middle = value(addOrganisation(context, aeldre));
    value(addOrganisation(context, bolig));
    value(updateOrganisation(context, middle.id, { ...aeldre, name: 'Ældre Sagen' }));
    expect(read().organisations.map((organisation) => organisation.name)).toEqual([
      'Café Nord',
      'Ældre Sagen',
      'Boligforeningen',
    ]);
  });
});

describe('removeOrganisation', () => {
  it('removes it and returns what it was', async () => {
    const { context, read } = await openWorkshop();
    const first = value(addOrganisation(context, cafe));
    const second = value(addOrganisation(context, aeldre));
    expect(removeOrganisation(context, first.id)).toEqual({ ok: true, value: first });
    expect(read().organisations).toEqual([second]);
  });

  it('keeps the organisation’s own document, so undo brings back what it made', async () => {
    const { context, session, read } = await openWorkshop();
    const organisation = value(addOrganisation(context, cafe));
    session.undo.stopCapturing();
    value(removeOrganisation(context, organisation.id));
    expect(session.docs.openOrgIds).toContain(organisation.id);
    expect(session.undo.undo()).toBe(true);
    expect(read().organisations).toEqual([organisation]);
  });
});

describe('moveOrganisation', () => {
  async function threeOrganisations() {
    const fixture = await openWorkshop();
    const ids = [cafe, aeldre, bolig].map((draft) => value(addOrganisation(fixture.context, draft)).id);
    const names = () => fixture.read().organisations.map((organisation) => organisation.name);
    return { ...fixture, ids, names };
  }

  it.each<[number, number, number, string[]]>([
    [0, 2, 2, ['Ældresagen', 'Boligforeningen', 'Café Nord']],
    [2, 0, 0, ['Boligforeningen', 'Café Nord', 'Ældresagen']],
    [1, 0, 0, ['Ældresagen', 'Café Nord', 'Boligforeningen']],
    [1, 2, 2, ['Café Nord', 'Boligforeningen', 'Ældresagen']],
    [0, 99, 2, ['Ældresagen', 'Boligforeningen', 'Café Nord']],
    [2, -3, 0, ['Boligforeningen', 'Café Nord', 'Ældresagen']],
    [1, 1, 1, ['Café Nord', 'Ældresagen', 'Boligforeningen']],
    [0, -1, 0, ['Café Nord', 'Ældresagen', 'Boligforeningen']],
    [2, 3, 2, ['Café Nord', 'Ældresagen', 'Boligforeningen']],
  ])('moves number %i to %i: ends at %i', async (from, to, landed, expected) => {
    const { context, ids, names } = await threeOrganisations();
    const id = ids[from] ?? '';
    expect(moveOrganisation(context, id, to)).toEqual({ ok: true, value: landed });
    expect(names()).toEqual(expected);
  });

  it('writes nothing when the organisation is already there', async () => {
    const { context, ids, session } = await threeOrganisations();
    value(moveOrganisation(context, ids[0] ?? '', 0)); // positions are already 0, 1, 2
    const updates = countUpdates(session);
    value(moveOrganisation(context, ids[2] ?? '', 5));
    expect(updates()).toBe(0);
  });
});

describe('setCoreValueEnabled', () => {
  it('switches a core value off and on', async () => {
    const { context, read } = await openWorkshop();
    expect(setCoreValueEnabled(context, 'oeget-faglighed', false)).toEqual({ ok: true, value: false });
    expect(setCoreValueEnabled(context, 'bredere-maalgruppe', false)).toEqual({ ok: true, value: false });
    expect(read().values.disabledCore.sort()).toEqual(['bredere-maalgruppe', 'oeget-faglighed']);
    expect(setCoreValueEnabled(context, 'oeget-faglighed', true)).toEqual({ ok: true, value: true });
    expect(read().values.disabledCore).toEqual(['bredere-maalgruppe']);
  });

  it('writes nothing (and adds no undo step) when the value is already so', async () => {
    const { context, session } = await openWorkshop();
    value(setCoreValueEnabled(context, 'oeget-faglighed', false));
    session.undo.stopCapturing();
    const updates = countUpdates(session);
    expect(setCoreValueEnabled(context, 'oeget-faglighed', false)).toEqual({ ok: true, value: false });
    expect(setCoreValueEnabled(context, 'bredere-maalgruppe', true)).toEqual({ ok: true, value: true });
    expect(updates()).toBe(0);
    // The one undo step there is switches the value back on.
    expect(session.undo.undo()).toBe(true);
    expect(session.getSnapshot().values.disabledCore).toEqual([]);
    expect(session.undo.canUndo).toBe(false);
  });

  it('allows every core value off while a custom value is in play', async () => {
    const { context, read } = await openWorkshop();
    value(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' }));
    for (const id of CORE_VALUE_IDS) value(setCoreValueEnabled(context, id, false));
    expect(read().values.disabledCore).toHaveLength(5);
  });
});

describe('addCustomValue', () => {
  it('adds values at the end with an "egen-" id and a normalised name and colour', async () => {
    const { context, read } = await openWorkshop();
    const first = value(addCustomValue(context, { name: '  Fælles   glæde ', colour: '#4D7C0F' }));
    const second = value(addCustomValue(context, { name: 'Tryghed', colour: '#0e7490' }));
    expect(first).toEqual({ id: 'egen-aaaaaaaaaaaa', name: 'Fælles glæde', colour: '#4d7c0f' });
    expect(second.id).toBe('egen-bbbbbbbbbbbb');
    expect(read().values.custom).toEqual([first, second]);
  });

  it('adds at the end after one was removed, whatever the new id', async () => {
    const { context, read } = await openWorkshop(idsFrom('xyz0'));
    const first = value(addCustomValue(context, { name: 'A', colour: '#0e7490' }));
    value(addCustomValue(context, { name: 'B', colour: '#0e7490' }));
    value(removeCustomValue(context, first.id));
    value(addCustomValue(context, { name: 'C', colour: '#0e7490' }));
    expect(read().values.custom.map((custom) => custom.name)).toEqual(['B', 'C']);
  });
});

describe('updateCustomValue', () => {
  it('renames and recolours', async () => {
    const { context, read } = await openWorkshop();
    const custom = value(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' }));
    expect(updateCustomValue(context, custom.id, { name: ' Stor  glæde ', colour: '#9D174D' })).toEqual({
      ok: true,
      value: { id: custom.id, name: 'Stor glæde', colour: '#9d174d' },
    });
    expect(read().values.custom).toEqual([{ id: custom.id, name: 'Stor glæde', colour: '#9d174d' }]);
  });

  it('may keep its own name', async () => {
    const { context } = await openWorkshop();
    const custom = value(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' }));
    expect(updateCustomValue(context, custom.id, { name: 'GLÆDE', colour: '#4d7c0f' }).ok).toBe(true);
  });
});

describe('removeCustomValue', () => {
  it('removes it and returns what it was', async () => {
    const { context, read } = await openWorkshop();
    const first = value(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' }));
    const second = value(addCustomValue(context, { name: 'Tryghed', colour: '#0e7490' }));
    expect(removeCustomValue(context, first.id)).toEqual({ ok: true, value: first });
    expect(read().values.custom).toEqual([second]);
  });
});

describe('setPhase', () => {
  it('moves the workshop to the phase, outside the undo history', async () => {
    const { context, read, session } = await openWorkshop();
    expect(setPhase(context, 'vaerdispillet')).toEqual({ ok: true, value: 'vaerdispillet' });
    expect(read().control.phase).toBe('vaerdispillet');
    expect(session.undo.canUndo).toBe(false);
    expect(session.undo.undo()).toBe(false);
    expect(read().control.phase).toBe('vaerdispillet');
  });

  it('is not reverted when an earlier edit is undone', async () => {
    const { context, read, session } = await openWorkshop();
    value(updateSetupField(context, 'place', 'Beboerhuset'));
    value(setPhase(context, 'aftaler'));
    expect(session.undo.undo()).toBe(true);
    expect(read().setup.place).toBe('');
    expect(read().control.phase).toBe('aftaler');
  });
});

/*
 * Every refusal, on one workshop: two organisations (Café Nord, Ældresagen) and one custom value
 * (Glæde). A refused command must return the reason and change nothing at all.
 */
describe('refused commands change nothing', () => {
  interface Ids {
    cafe: string;
    aeldre: string;
    glaede: string;
  }

  interface Refusal {
    label: string;
    /** Brings the workshop into the state the command is refused in. */
    arrange?: (context: CommandContext, ids: Ids) => void;
    act: (context: CommandContext, ids: Ids) => Result<unknown>;
    code: string;
    params?: Record<string, string | number>;
  }

  const allCoreOff = (context: CommandContext) => {
    for (const id of CORE_VALUE_IDS.slice(0, -1)) value(setCoreValueEnabled(context, id, false));
  };

  const refusals: Refusal[] = [
    { label: 'empty title', act: (c) => updateSetupField(c, 'title', '  '), code: 'name-empty' },
    {
      label: 'title of 81 characters',
      act: (c) => updateSetupField(c, 'title', 't'.repeat(81)),
      code: 'name-too-long',
      params: { max: 80, length: 81 },
    },
    { label: 'impossible date', act: (c) => updateSetupField(c, 'date', '2026-02-30'), code: 'date-invalid' },
    { label: 'date in Danish short form', act: (c) => updateSetupField(c, 'date', '1/2/2026'), code: 'date-invalid' },
    { label: 'unknown kind', act: (c) => updateSetupField(c, 'kind', 'forum'), code: 'kind-unknown' },
    {
      label: 'place too long',
      act: (c) => updateSetupField(c, 'place', 'p'.repeat(121)),
      code: 'text-too-long',
      params: { max: 120, length: 121 },
    },
    {
      label: 'a second organisation with a taken name',
      act: (c) => addOrganisation(c, { ...bolig, name: 'café nord' }),
      code: 'name-taken',
      params: { name: 'Café Nord' },
    },
    {
      label: 'an organisation with an empty name',
      act: (c) => addOrganisation(c, { ...bolig, name: '' }),
      code: 'name-empty',
    },
    {
      label: 'an organisation of an unknown actor type',
      act: (c) => addOrganisation(c, { ...bolig, actorType: 'kommune' }),
      code: 'actor-type-unknown',
    },
    {
      label: 'an organisation with a contact that is too long',
      act: (c) => addOrganisation(c, { ...bolig, contact: 'k'.repeat(121) }),
      code: 'text-too-long',
      params: { max: 120, length: 121 },
    },
    {
      label: 'renaming to a taken name',
      act: (c, ids) => updateOrganisation(c, ids.cafe, { ...cafe, name: ' ÆLDRESAGEN ' }),
      code: 'name-taken',
      params: { name: 'Ældresagen' },
    },
    {
      label: 'renaming to an empty name',
      act: (c, ids) => updateOrganisation(c, ids.cafe, { ...cafe, name: '' }),
      code: 'name-empty',
    },
    {
      label: 'updating with an unknown actor type',
      act: (c, ids) => updateOrganisation(c, ids.cafe, { ...cafe, actorType: '' }),
      code: 'actor-type-unknown',
    },
    {
      label: 'updating a missing organisation',
      act: (c) => updateOrganisation(c, 'missing', bolig),
      code: 'organisation-missing',
    },
    { label: 'removing a missing organisation', act: (c) => removeOrganisation(c, 'missing'), code: 'organisation-missing' },
    {
      label: 'removing a custom value’s id as an organisation',
      act: (c, ids) => removeOrganisation(c, ids.glaede),
      code: 'organisation-missing',
    },
    { label: 'moving a missing organisation', act: (c) => moveOrganisation(c, 'missing', 0), code: 'organisation-missing' },
    {
      label: 'switching off the last value in play',
      arrange: (c, ids) => {
        value(removeCustomValue(c, ids.glaede));
        allCoreOff(c);
      },
      act: (c) => setCoreValueEnabled(c, 'adgang-til-flere-ressourcer', false),
      code: 'last-value',
    },
    {
      label: 'a custom value named like a core value in Danish',
      act: (c) => addCustomValue(c, { name: 'bredere MÅLGRUPPE', colour: '#0e7490' }),
      code: 'name-taken',
      params: { name: 'Bredere målgruppe' },
    },
    {
      label: 'a custom value named like a core value in English',
      act: (c) => addCustomValue(c, { name: 'wider target group', colour: '#0e7490' }),
      code: 'name-taken',
      params: { name: 'Wider target group' },
    },
    {
      label: 'a custom value named like another custom value',
      act: (c) => addCustomValue(c, { name: 'GLÆDE', colour: '#0e7490' }),
      code: 'name-taken',
      params: { name: 'Glæde' },
    },
    {
      label: 'a custom value with an empty name',
      act: (c) => addCustomValue(c, { name: ' ', colour: '#0e7490' }),
      code: 'name-empty',
    },
    {
      label: 'a custom value with a bad colour',
      act: (c) => addCustomValue(c, { name: 'Tryghed', colour: 'blue' }),
      code: 'colour-invalid',
    },
    {
      label: 'renaming a custom value to a core value’s name',
      act: (c, ids) => updateCustomValue(c, ids.glaede, { name: 'Øget faglighed', colour: '#4d7c0f' }),
      code: 'name-taken',
      params: { name: 'Øget faglighed' },
    },
    {
      label: 'renaming a custom value to another’s name',
      arrange: (c) => {
        value(addCustomValue(c, { name: 'Tryghed', colour: '#0e7490' }));
      },
      act: (c, ids) => updateCustomValue(c, ids.glaede, { name: 'tryghed', colour: '#4d7c0f' }),
      code: 'name-taken',
      params: { name: 'Tryghed' },
    },
    {
      label: 'recolouring a custom value with a bad colour',
      act: (c, ids) => updateCustomValue(c, ids.glaede, { name: 'Glæde', colour: '#12' }),
      code: 'colour-invalid',
    },
    {
      label: 'updating a missing custom value',
      act: (c) => updateCustomValue(c, 'egen-missing', { name: 'X', colour: '#0e7490' }),
      code: 'value-missing',
    },
    { label: 'removing a missing custom value', act: (c) => removeCustomValue(c, 'egen-missing'), code: 'value-missing' },
    {
      label: 'removing a core value as a custom value',
      act: (c) => removeCustomValue(c, 'bredere-maalgruppe'),
      code: 'value-missing',
    },
    {
      label: 'removing the last value in play',
      arrange: (c) => {
        for (const id of CORE_VALUE_IDS) value(setCoreValueEnabled(c, id, false));
      },
      act: (c, ids) => removeCustomValue(c, ids.glaede),
      code: 'last-value',
    },
  ];

  it.each(refusals)('$label → $code', async ({ arrange, act, code, params }) => {
    const { context, read, session } = await openWorkshop();
    const ids = {
      cafe: value(addOrganisation(context, cafe)).id,
      aeldre: value(addOrganisation(context, aeldre)).id,
      glaede: value(addCustomValue(context, { name: 'Glæde', colour: '#4d7c0f' })).id,
    };
    arrange?.(context, ids);
    const before = read();
    const snapshot = session.getSnapshot();
    const updates = countUpdates(session);

    const result = act(context, ids);

    expect(result).toEqual(params ? { ok: false, problem: { code, params } } : { ok: false, problem: { code } });
    expect(read()).toEqual(before);
    expect(session.getSnapshot()).toBe(snapshot);
    expect(updates()).toBe(0);
  });
});
