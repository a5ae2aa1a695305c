import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';
import { COLLABORATION_FORMS, type CollaborationForm } from './agreement.ts';
import type { Link } from './link.ts';
import { normaliseText } from './text.ts';
import type { Workshop } from './workshop.ts';

/*
 * The network over time (issue 21, item 3): who collaborates with whom at two meetings of one group,
 * and the measures a network analysis reports, before and after. Definitions: docs/network-over-time.md.
 *
 * A tie is an undirected pair of organisations with at least one strengthening link or agreement between
 * them; an agreement of three or more organisations ties every pair of them. Organisations are matched
 * across meetings by one identity function (`OrganisationKey`): until the organisation directory can say
 * which entries are the same organisation, the normalised name does.
 */

/**
 * Which organisations are the same across workshops: equal keys are one organisation. Given the
 * organisation and the workshop it is in (organisation ids are a workshop's own), so a directory that
 * knows which entries are one organisation can answer.
 */
export type OrganisationKey = (organisation: { id: string; name: string }, workshopId: string) => string;

/** The same name, whatever its case or spacing ("  skolen " is "Skolen"). */
export const nameKey: OrganisationKey = (organisation) => normaliseText(organisation.name).toLocaleLowerCase('da');

/** The sectors a tie may cross, grouped from the actor types (see docs/network-over-time.md). */
export const SECTORS = ['civil', 'public', 'private', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

const SECTOR_OF: Readonly<Record<ActorTypeId, Sector>> = {
  'beboerdrevne-foreninger': 'civil',
  'frivillige-organisationer': 'civil',
  'kommunale-institutioner': 'public',
  'boligrelaterede-organisationer': 'public',
  erhvervsdrivende: 'private',
  'andre-aktoerer': 'other',
};

export function sectorOf(actorType: ActorTypeId): Sector {
  return SECTOR_OF[actorType];
}

export interface NetworkActor {
  /** The identity key (the same organisation in both meetings has the same key). */
  key: string;
  name: string;
  actorType: ActorTypeId;
}

export interface Tie {
  /** The pair's keys, `a` < `b`. */
  a: string;
  b: string;
  /** Strengthening links between the two (either way). */
  links: number;
  /** The collaboration forms of their agreements, each once, in the ladder's order. */
  forms: CollaborationForm[];
}

export interface MeetingNetwork {
  workshopId: string;
  title: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  actors: NetworkActor[];
  ties: Tie[];
}

export function tieId(tie: Pick<Tie, 'a' | 'b'>): string {
  return `${tie.a}\u0000${tie.b}`;
}

/** The ties of one workshop, its organisations keyed by `keyOf`. */
export function meetingNetwork(workshop: Pick<Workshop, 'id' | 'setup' | 'organisations' | 'links' | 'agreements'>, keyOf: OrganisationKey = nameKey): MeetingNetwork {
  const keyById = new Map<string, string>();
  const actors = new Map<string, NetworkActor>();
  for (const organisation of workshop.organisations) {
    const key = keyOf(organisation, workshop.id);
    keyById.set(organisation.id, key);
    if (!actors.has(key)) actors.set(key, { key, name: organisation.name, actorType: organisation.actorType });
  }
  const ties = new Map<string, Tie>();
  const tieOf = (firstId: string, secondId: string): Tie | null => {
    const first = keyById.get(firstId);
    const second = keyById.get(secondId);
    if (first === undefined || second === undefined || first === second) return null;
    const [a, b] = first < second ? [first, second] : [second, first];
    const id = tieId({ a, b });
    let tie = ties.get(id);
    if (!tie) {
      tie = { a, b, links: 0, forms: [] };
      ties.set(id, tie);
    }
    return tie;
  };
  for (const link of workshop.links) {
    const tie = tieOf(link.fromId, link.toId);
    if (tie) tie.links += 1;
  }
  for (const agreement of workshop.agreements) {
    const ids = [...new Set(agreement.organisationIds)];
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const tie = tieOf(ids[i] ?? '', ids[j] ?? '');
        if (tie && !tie.forms.includes(agreement.form)) tie.forms.push(agreement.form);
      }
    }
  }
  for (const tie of ties.values()) tie.forms.sort((x, y) => COLLABORATION_FORMS.indexOf(x) - COLLABORATION_FORMS.indexOf(y));
  return { workshopId: workshop.id, title: workshop.setup.title, date: workshop.setup.date, actors: [...actors.values()], ties: [...ties.values()] };
}

/** The most committed form of a tie (the highest on the ladder), or null for a tie of links only. */
export function strongestForm(tie: Pick<Tie, 'forms'>): CollaborationForm | null {
  return tie.forms.at(-1) ?? null;
}

export interface NetworkMeasures {
  organisations: number;
  ties: number;
  /** Ties out of the pairs there could be, n(n−1)/2; null with fewer than two organisations. */
  density: number | null;
  /** Ties per organisation on average, 2 × ties / n; null without organisations. */
  averageTies: number | null;
  /** Ties between organisations of different sectors. */
  crossSectorTies: number;
  /** Cross-sector ties out of all ties; null without ties. */
  crossSectorShare: number | null;
  /** Per actor type present: its organisations and the ties they take part in (a tie within the type counts once). */
  byActorType: { actorType: ActorTypeId; organisations: number; ties: number }[];
  /** Ties by their most committed form (`null`: links only). */
  byForm: { form: CollaborationForm | null; ties: number }[];
  /** Organisations with no tie, by name. */
  withoutTies: NetworkActor[];
}

export function networkMeasures(network: Pick<MeetingNetwork, 'actors' | 'ties'>): NetworkMeasures {
  const { actors, ties } = network;
  const n = actors.length;
  const byKey = new Map(actors.map((actor) => [actor.key, actor]));
  const degree = new Map<string, number>(actors.map((actor) => [actor.key, 0]));
  let crossSectorTies = 0;
  const typeTies = new Map<ActorTypeId, number>();
  for (const tie of ties) {
    degree.set(tie.a, (degree.get(tie.a) ?? 0) + 1);
    degree.set(tie.b, (degree.get(tie.b) ?? 0) + 1);
    const a = byKey.get(tie.a);
    const b = byKey.get(tie.b);
    if (!a || !b) continue;
    if (sectorOf(a.actorType) !== sectorOf(b.actorType)) crossSectorTies += 1;
    for (const type of new Set([a.actorType, b.actorType])) typeTies.set(type, (typeTies.get(type) ?? 0) + 1);
  }
  const byActorType = ACTOR_TYPE_IDS.flatMap((actorType) => {
    const organisations = actors.filter((actor) => actor.actorType === actorType).length;
    return organisations === 0 ? [] : [{ actorType, organisations, ties: typeTies.get(actorType) ?? 0 }];
  });
  const byForm = [null, ...COLLABORATION_FORMS].map((form) => ({ form, ties: ties.filter((tie) => strongestForm(tie) === form).length }));
  const withoutTies = actors.filter((actor) => (degree.get(actor.key) ?? 0) === 0).sort((x, y) => x.name.localeCompare(y.name, 'da'));
  return {
    organisations: n,
    ties: ties.length,
    density: n < 2 ? null : ties.length / ((n * (n - 1)) / 2),
    averageTies: n === 0 ? null : (2 * ties.length) / n,
    crossSectorTies,
    crossSectorShare: ties.length === 0 ? null : crossSectorTies / ties.length,
    byActorType,
    byForm,
    withoutTies,
  };
}

/** Two meetings of one group compared: each with its measures, the organisations of both, and what changed. */
export interface NetworkComparison {
  before: MeetingNetwork & { measures: NetworkMeasures };
  after: MeetingNetwork & { measures: NetworkMeasures };
  /** Every organisation of either meeting, by actor type then name: both pictures place them alike. */
  actors: NetworkActor[];
  /** Ties at the second meeting that the first did not have, that both had, and that only the first had. */
  newTies: number;
  keptTies: number;
  endedTies: number;
}

export function compareNetworks(
  before: Pick<Workshop, 'id' | 'setup' | 'organisations' | 'links' | 'agreements'>,
  after: Pick<Workshop, 'id' | 'setup' | 'organisations' | 'links' | 'agreements'>,
  keyOf: OrganisationKey = nameKey,
): NetworkComparison {
  const first = meetingNetwork(before, keyOf);
  const second = meetingNetwork(after, keyOf);
  const actors = new Map<string, NetworkActor>();
  // The later meeting's name and type win: it is the newer word on the organisation.
  for (const actor of [...second.actors, ...first.actors]) if (!actors.has(actor.key)) actors.set(actor.key, actor);
  const ordered = [...actors.values()].sort(
    (x, y) => ACTOR_TYPE_IDS.indexOf(x.actorType) - ACTOR_TYPE_IDS.indexOf(y.actorType) || x.name.localeCompare(y.name, 'da'),
  );
  const firstIds = new Set(first.ties.map(tieId));
  const secondIds = new Set(second.ties.map(tieId));
  const keptTies = [...secondIds].filter((id) => firstIds.has(id)).length;
  return {
    before: { ...first, measures: networkMeasures(first) },
    after: { ...second, measures: networkMeasures(second) },
    actors: ordered,
    newTies: secondIds.size - keptTies,
    keptTies,
    endedTies: firstIds.size - keptTies,
  };
}

/** The organisations of both meetings, each under the name it had at `side`'s meeting (when it was there). */
export function sideActors(comparison: Pick<NetworkComparison, 'actors'>, side: Pick<MeetingNetwork, 'actors'>): NetworkActor[] {
  const own = new Map(side.actors.map((actor) => [actor.key, actor]));
  return comparison.actors.map((actor) => own.get(actor.key) ?? actor);
}

/**
 * A meeting's ties as the links `layoutNetwork` draws (one per tie, so a node's count is its number of
 * ties), over `actors` (pass the comparison's, so both pictures place every organisation alike).
 */
export function tiesAsLinks(ties: readonly Tie[]): Link[] {
  return ties.map((tie) => ({ id: tieId(tie), fromId: tie.a, toId: tie.b, text: '', offerCardId: null }));
}

/** How a tie is drawn, by its most committed form: darker, thicker and less broken up the ladder (units of an 800-wide picture). */
export interface TieStyle {
  colour: string;
  width: number;
  /** Dash and gap lengths; empty for a solid line. */
  dash: number[];
}

export const TIE_STYLES: Readonly<Record<CollaborationForm | 'links', TieStyle>> = {
  links: { colour: '#6f7a8b', width: 2.5, dash: [2, 5] },
  videndele: { colour: '#6b7a90', width: 3, dash: [10, 6] },
  samvirke: { colour: '#52627c', width: 3.5, dash: [16, 5, 3, 5] },
  ressourceudveksle: { colour: '#3b4a66', width: 4.5, dash: [24, 5] },
  samordne: { colour: '#27334d', width: 6, dash: [] },
  samskabe: { colour: '#0f172a', width: 8.5, dash: [] },
};

export function tieStyle(tie: Pick<Tie, 'forms'>): TieStyle {
  return TIE_STYLES[strongestForm(tie) ?? 'links'];
}
