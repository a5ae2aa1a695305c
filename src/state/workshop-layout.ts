import * as Y from 'yjs';
import { isActorTypeId } from '../domain/actor-type.ts';
import type { Organisation } from '../domain/organisation.ts';
import { PHASE_IDS, type PhaseId } from '../domain/phase.ts';
import { toTimerState, type TimerState } from '../domain/timer.ts';
import type { Section } from '../domain/value-piece.ts';
import { isCoreValueId, type CoreValueId, type CustomValue, type WorkshopValues } from '../domain/value.ts';
import { deriveWarmUpPieces, type WarmUpAnswer, type WarmUpDecisions } from '../domain/warm-up.ts';
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
 *              Y.Map 'warmUpPieces'   warm-up piece id → Y.Map { name?, isDropped? }  (the facilitator's decisions)
 *              Y.Map 'warmUpMerges'   warm-up answer id → id of the piece it was merged into
 *              Y.Map 'commonPicture'  keyPoints (the facilitator's key points, a string)
 * control doc: Y.Map 'control'        phase, isLocked, isRevealed, activeOrganisationId
 *              Y.Map 'timers'         phase id → Y.Map { durationMs, startedAt (epoch ms or null), elapsedBeforeMs }
 * org/<id> doc: Y.Map 'placed'         value id → Y.Map { example, order }
 *              Y.Map 'section'        mostImportant (a value id, or absent)
 *              Y.Map 'drivers'        warm-up answer id → Y.Map { text, order }
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
export function timersMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.control.getMap('timers');
}
export function commonPictureMap(docs: WorkshopDocs): Y.Map<unknown> {
  return docs.setup.getMap('commonPicture');
}
export function placedMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('placed');
}
export function sectionMap(docs: WorkshopDocs, orgId: string): Y.Map<unknown> {
  return docs.orgDoc(orgId).getMap('section');
}
export function driversMap(docs: WorkshopDocs, orgId: string): Y.Map<Y.Map<unknown>> {
  return docs.orgDoc(orgId).getMap('drivers');
}
export function warmUpPiecesMap(docs: WorkshopDocs): Y.Map<Y.Map<unknown>> {
  return docs.setup.getMap('warmUpPieces');
}
export function warmUpMergesMap(docs: WorkshopDocs): Y.Map<string> {
  return docs.setup.getMap('warmUpMerges');
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
  // The timers have a map of their own ('timers'), empty at first.
  const { timers: _timers, ...control } = EMPTY_CONTROL;
  docs.control.transact(() => {
    for (const [key, value] of Object.entries(control)) controlMap(docs).set(key, value);
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

/** Entities keep their order in a number field: 'position' (a list the facilitator orders) or 'order' (when added). */
type OrderKey = 'position' | 'order';

function rank(map: Y.Map<unknown>, key: OrderKey): number {
  const value = map.get(key);
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

/** The entries of an ordered map, in order (ties broken by id so every device agrees). */
export function ordered(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): [string, Y.Map<unknown>][] {
  return [...map.entries()].sort(([idA, a], [idB, b]) => rank(a, key) - rank(b, key) || idA.localeCompare(idB));
}

/** The order number for an entity added at the end of an ordered map. */
export function nextRank(map: Y.Map<Y.Map<unknown>>, key: OrderKey = 'position'): number {
  return Math.max(-1, ...[...map.values()].map((entry) => Number(entry.get(key)) || 0)) + 1;
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
    activeOrganisationId: typeof control.get('activeOrganisationId') === 'string' ? String(control.get('activeOrganisationId')) : null,
    timers: readTimers(docs),
  };
}

function readTimers(docs: WorkshopDocs): Partial<Record<PhaseId, TimerState>> {
  const timers: Partial<Record<PhaseId, TimerState>> = {};
  for (const phase of PHASE_IDS) {
    const map = timersMap(docs).get(phase);
    const timer = map instanceof Y.Map ? toTimerState({ durationMs: map.get('durationMs'), startedAt: map.get('startedAt'), elapsedBeforeMs: map.get('elapsedBeforeMs') }) : null;
    if (timer) timers[phase] = timer;
  }
  return timers;
}

/** One organisation's section: its placed pieces in the order they were placed. */
export function readSection(docs: WorkshopDocs, orgId: string): Section {
  const placed = ordered(placedMap(docs, orgId), 'order').map(([valueId, map]) => ({ valueId, example: text(map, 'example') }));
  const mostImportant = sectionMap(docs, orgId).get('mostImportant');
  return {
    placed,
    mostImportant: typeof mostImportant === 'string' && placed.some((piece) => piece.valueId === mostImportant) ? mostImportant : null,
  };
}

/** One organisation's warm-up answers, in the order it gave them. */
export function readDrivers(docs: WorkshopDocs, orgId: string): WarmUpAnswer[] {
  return ordered(driversMap(docs, orgId), 'order')
    .map(([id, map]) => ({ id, text: text(map, 'text') }))
    .filter((answer) => answer.text !== '');
}

/** The facilitator's decisions about the warm-up pieces. */
export function readWarmUpDecisions(docs: WorkshopDocs): WarmUpDecisions {
  const merges = Object.fromEntries([...warmUpMergesMap(docs).entries()].filter(([, pieceId]) => typeof pieceId === 'string'));
  const names: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [pieceId, map] of warmUpPiecesMap(docs).entries()) {
    const name = text(map, 'name');
    if (name !== '') names[pieceId] = name;
    if (map.get('isDropped') === true) dropped.push(pieceId);
  }
  return { merges, names, dropped };
}

function readWarmUp(docs: WorkshopDocs, organisations: readonly Organisation[]): Workshop['warmUp'] {
  const answers = organisations.map((organisation) => ({ organisationId: organisation.id, answers: readDrivers(docs, organisation.id) }));
  return {
    answers: Object.fromEntries(answers.map(({ organisationId, answers: given }) => [organisationId, given])),
    pieces: deriveWarmUpPieces(answers, readWarmUpDecisions(docs)),
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
    warmUp: readWarmUp(docs, organisations),
    values: readValues(docs),
    control: readControl(docs),
    keyPoints: text(commonPictureMap(docs), 'keyPoints'),
    cards: {},
    links: [],
    agreements: [],
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}
