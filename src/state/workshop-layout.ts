import * as Y from 'yjs';
import { isActorTypeId } from '../domain/actor-type.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { Section } from '../domain/value-piece.ts';
import { isCoreValueId, type CoreValueId, type CustomValue, type WorkshopValues } from '../domain/value.ts';
import {
  EMPTY_CONTROL,
  emptySetup,
  isWorkshopKind,
  toPhase,
  type Workshop,
  type WorkshopControl,
  type WorkshopSetup,
} from '../domain/workshop.ts';
import type { WorkshopDocs } from './workshop-docs.ts';

/*
 * How a workshop is laid out in its Yjs documents. Everything that reads or writes the documents
 * goes through these accessors; the rest of the app sees only the plain `Workshop` snapshot.
 *
 * setup doc:   Y.Map 'facts'          title, initiative, kind, date, place, facilitator, hasWarmUp, createdAt
 *              Y.Map 'organisations'  id → Y.Map { name, actorType, contact, position }
 *              Y.Map 'coreDisabled'   core value id → true
 *              Y.Map 'customValues'   id → Y.Map { name, colour, position }
 * control doc: Y.Map 'control'        phase, isLocked, isRevealed
 * org/<id> doc: Y.Map 'placed'         value id → Y.Map { example, order }
 *              Y.Map 'section'        mostImportant (a value id, or absent)
 */

export function factsMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.setup.getMap('facts');
}
export function organisationsMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('organisations');
}
export function coreDisabledMap(docs: WorkshopDocs): Y.Map<boolean> {
  return docs.setup.getMap('coreDisabled');
}
export function customValuesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('customValues');
}
export function controlMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.control.getMap('control');
}
export function placedMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('placed');
}
export function sectionMap(docs: WorkshopDocs, orgId: string): Y.Map<unknown> {
  return docs.orgDoc(orgId).getMap('section');
}

/** Whether the documents hold a workshop (a fresh, empty document set does not). */
export function hasWorkshop(docs: WorkshopDocs): boolean {
  return typeof factsMap(docs).get('title') === 'string';
}

/** Writes a new workshop's first state. Not undoable: there is nothing before it. */
export function writeNewWorkshop(docs: WorkshopDocs, title: string, createdAt: number): void {
  docs.setup.transact(() => {
    const facts = factsMap(docs);
    for (const [key, value] of Object.entries(emptySetup(title))) facts.set(key, value);
    facts.set('createdAt', createdAt);
  });
  docs.control.transact(() => {
    for (const [key, value] of Object.entries(EMPTY_CONTROL)) controlMap(docs).set(key, value);
  });
}

export function newEntityMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

function text(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

function position(map: Y.Map<unknown>): number {
  const value = map.get('position');
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

/** The entries of a position-ordered map, in order (ties broken by id so every device agrees). */
export function ordered(map: Y.Map<Y.Map<unknown>>): [string, Y.Map<unknown>][] {
  return [...map.entries()].sort(([idA, a], [idB, b]) => position(a) - position(b) || idA.localeCompare(idB));
}

function readSetup(docs: WorkshopDocs): WorkshopSetup {
  const facts = factsMap(docs);
  const kind = text(facts, 'kind');
  return {
    title: text(facts, 'title'),
    initiative: text(facts, 'initiative'),
    kind: isWorkshopKind(kind) ? kind : 'samarbejdsgruppe',
    date: text(facts, 'date'),
    place: text(facts, 'place'),
    facilitator: text(facts, 'facilitator'),
    hasWarmUp: facts.get('hasWarmUp') === true,
  };
}

function readOrganisations(docs: WorkshopDocs): Organisation[] {
  return ordered(organisationsMap(docs)).map(([id, map]) => {
    const actorType = text(map, 'actorType');
    return {
      id,
      name: text(map, 'name'),
      actorType: isActorTypeId(actorType) ? actorType : 'andre-aktoerer',
      contact: text(map, 'contact'),
    };
  });
}

function readValues(docs: WorkshopDocs): WorkshopValues {
  const disabledCore: CoreValueId[] = [...coreDisabledMap(docs).entries()]
    .filter(([, isDisabled]) => isDisabled)
    .map(([id]) => id)
    .filter(isCoreValueId);
  const custom = ordered(customValuesMap(docs)).map(
    ([id, map]): CustomValue => ({ id, name: text(map, 'name'), colour: text(map, 'colour') || '#0e7490' }),
  );
  return { disabledCore, custom };
}

function readControl(docs: WorkshopDocs): WorkshopControl {
  const control = controlMap(docs);
  return {
    phase: toPhase(control.get('phase')),
    isLocked: control.get('isLocked') === true,
    isRevealed: control.get('isRevealed') === true,
  };
}

function order(map: Y.Map<unknown>): number {
  const value = map.get('order');
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

/** One organisation's section: its placed pieces in the order they were placed. */
export function readSection(docs: WorkshopDocs, orgId: string): Section {
  const placed = [...placedMap(docs, orgId).entries()]
    .sort(([idA, a], [idB, b]) => order(a) - order(b) || idA.localeCompare(idB))
    .map(([valueId, map]) => ({ valueId, example: text(map, 'example') }));
  const mostImportant = sectionMap(docs, orgId).get('mostImportant');
  return {
    placed,
    mostImportant: typeof mostImportant === 'string' && placed.some((piece) => piece.valueId === mostImportant) ? mostImportant : null,
  };
}

/** A plain snapshot of the whole workshop. */
export function readWorkshop(docs: WorkshopDocs): Workshop {
  const createdAt = factsMap(docs).get('createdAt');
  const organisations = readOrganisations(docs);
  return {
    id: docs.workshopId,
    setup: readSetup(docs),
    organisations,
    sections: Object.fromEntries(organisations.map((organisation) => [organisation.id, readSection(docs, organisation.id)])),
    values: readValues(docs),
    control: readControl(docs),
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}
