import type { Problem } from '../domain/result.ts';

/*
 * Where in a workshop file something is wrong, in the terms a facilitator knows ("organisation 3,
 * Netto"), found from the technical path (`workshops[0].organisations[2].actorType`) and the file's
 * own content. Language-free: the result travels as a problem's parameters (`place*`), and
 * src/i18n/file-problem.ts words it; the path stays in `field`, shown only as a detail.
 */

export const PLACE_KINDS = [
  'file',
  'workshop',
  'setup',
  'control',
  'timer',
  'organisations',
  'organisation',
  'customValues',
  'customValue',
  'coreValues',
  'section',
  'placedPiece',
  'warmUpAnswers',
  'warmUpAnswer',
  'warmUpPieces',
  'warmUpPiece',
  'cards',
  'card',
  'links',
  'link',
  'linkProposal',
  'agreements',
  'agreement',
  'agreementAnswer',
  'keyPoints',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface FilePlace {
  kind: PlaceKind;
  /** 1-based position of the thing in its list, where it has one. */
  number?: number;
  /** The thing's own name as the file holds it (an organisation's name, an agreement's text …). */
  name?: string;
  /** The organisation the thing belongs to (a section's, a card's, an answer's). */
  owner?: string;
  /** The field that is wrong, as the file names it (`actorType`), if any. */
  field?: string;
  /** Which workshop of the file, when the file holds more than one. */
  workshopNumber?: number;
  workshopTitle?: string;
}

/** `workshops[0].sections.o1.mostImportant` → `['workshops', 0, 'sections', 'o1', 'mostImportant']`. */
export function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/gu)].map((match) => (match[1] !== undefined ? Number(match[1]) : (match[2] ?? '')));
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown, ...keys: (string | number)[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return typeof current === 'string' && current.trim() !== '' ? current.trim() : undefined;
}

/** The name of the organisation with this id in the workshop, or its id's position when it has no name. */
function organisationName(workshop: unknown, id: string | number | undefined): string | undefined {
  const organisations = record(workshop)?.organisations;
  if (!Array.isArray(organisations)) return undefined;
  const index = organisations.findIndex((organisation) => record(organisation)?.id === id);
  return index === -1 ? undefined : (text(organisations[index], 'name') ?? `#${index + 1}`);
}

function numberOf(key: string | number | undefined): number | undefined {
  return typeof key === 'number' ? key + 1 : undefined;
}

function fieldOf(key: string | number | undefined): string | undefined {
  return typeof key === 'string' ? key : undefined;
}

/** The place in `root` (the file's JSON) that `path` points to. */
export function placeOf(root: unknown, path: readonly (string | number)[]): FilePlace {
  const [top, workshopIndex, area, ...rest] = path;
  if (top !== 'workshops' || typeof workshopIndex !== 'number') return { kind: 'file', ...(typeof top === 'string' ? { field: top } : {}) };
  const workshops = record(root)?.workshops;
  const workshop: unknown = Array.isArray(workshops) ? workshops[workshopIndex] : undefined;
  const which: Pick<FilePlace, 'workshopNumber' | 'workshopTitle'> =
    Array.isArray(workshops) && workshops.length > 1 ? { workshopNumber: workshopIndex + 1, ...optional('workshopTitle', text(workshop, 'setup', 'title')) } : {};
  const [a, b, c, d] = rest;
  const place = ((): FilePlace => {
    switch (area) {
      case 'setup':
        return { kind: 'setup', ...optional('field', fieldOf(a)) };
      case 'control':
        return a === 'timers' ? { kind: 'timer', ...optional('name', fieldOf(b)), ...optional('field', fieldOf(c)) } : { kind: 'control', ...optional('field', fieldOf(a)) };
      case 'organisations':
        return a === undefined
          ? { kind: 'organisations' }
          : { kind: 'organisation', ...optional('number', numberOf(a)), ...optional('name', text(workshop, 'organisations', a ?? '', 'name')), ...optional('field', fieldOf(b)) };
      case 'values':
        if (a === 'custom') {
          return b === undefined
            ? { kind: 'customValues' }
            : { kind: 'customValue', ...optional('number', numberOf(b)), ...optional('name', text(workshop, 'values', 'custom', b, 'name')), ...optional('field', fieldOf(c)) };
        }
        return { kind: 'coreValues' };
      case 'sections': {
        const owner = organisationName(workshop, a);
        if (b === 'placed' && c !== undefined) return { kind: 'placedPiece', ...optional('owner', owner), ...optional('number', numberOf(c)), ...optional('field', fieldOf(d)) };
        return { kind: 'section', ...optional('owner', owner), ...optional('field', fieldOf(b)) };
      }
      case 'warmUp':
        if (a === 'answers' && b === undefined) return { kind: 'warmUpAnswers' };
        if (a === 'pieces' && b === undefined) return { kind: 'warmUpPieces' };
        if (a === 'answers') return { kind: 'warmUpAnswer', ...optional('owner', organisationName(workshop, b)), ...optional('number', numberOf(c)), ...optional('field', fieldOf(d)) };
        return { kind: 'warmUpPiece', ...optional('number', numberOf(b)), ...optional('name', text(workshop, 'warmUp', 'pieces', b ?? '', 'name')), ...optional('field', fieldOf(c)) };
      case 'cards':
        if (b === undefined) return { kind: 'cards', ...optional('owner', organisationName(workshop, a)) };
        return { kind: 'card', ...optional('owner', organisationName(workshop, a)), ...optional('number', numberOf(b)), ...optional('field', fieldOf(c)) };
      case 'links':
      case 'linkProposals':
        if (a === undefined) return { kind: 'links' };
        return {
          kind: area === 'links' ? 'link' : 'linkProposal',
          ...optional('number', numberOf(a)),
          ...optional('name', linkName(workshop, area, a)),
          ...optional('field', fieldOf(b)),
        };
      case 'agreements':
        return a === undefined
          ? { kind: 'agreements' }
          : { kind: 'agreement', ...optional('number', numberOf(a)), ...optional('name', text(workshop, 'agreements', a, 'what')), ...optional('field', fieldOf(b)) };
      case 'agreementAnswers':
        return { kind: 'agreementAnswer', ...optional('owner', organisationName(workshop, a)), ...optional('name', agreementName(workshop, b)), ...optional('field', fieldOf(c)) };
      case 'keyPoints':
        return { kind: 'keyPoints' };
      case 'settledSuggestions':
        return { kind: 'cards', ...optional('owner', organisationName(workshop, a)) };
      default:
        return { kind: 'workshop', ...optional('field', fieldOf(area)) };
    }
  })();
  return { ...which, ...place };
}

function linkName(workshop: unknown, area: 'links' | 'linkProposals', index: string | number): string | undefined {
  const from = organisationName(workshop, text(workshop, area, index, 'fromId'));
  const to = organisationName(workshop, text(workshop, area, index, 'toId'));
  return from && to ? `${from} → ${to}` : undefined;
}

function agreementName(workshop: unknown, id: string | number | undefined): string | undefined {
  const agreements = record(workshop)?.agreements;
  if (!Array.isArray(agreements)) return undefined;
  return text(agreements.find((agreement) => record(agreement)?.id === id), 'what');
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The problem with its place added as `place*` parameters (a problem without a `field` path stays as it is). */
export function withPlace(problem: Problem, root: unknown): Problem {
  const field = problem.params?.field;
  if (typeof field !== 'string') return problem;
  const place = placeOf(root, pathKeys(field));
  const params: Record<string, string | number> = { ...problem.params, placeKind: place.kind };
  if (place.number !== undefined) params.placeNumber = place.number;
  if (place.name !== undefined) params.placeName = place.name;
  if (place.owner !== undefined) params.placeOwner = place.owner;
  if (place.field !== undefined) params.placeField = place.field;
  if (place.workshopNumber !== undefined) params.workshopNumber = place.workshopNumber;
  if (place.workshopTitle !== undefined) params.workshopTitle = place.workshopTitle;
  return { ...problem, params };
}

const PLACE_PARAMS = ['placeKind', 'placeNumber', 'placeName', 'placeOwner', 'placeField', 'workshopNumber', 'workshopTitle'];

/** The problem as it was before its place was added: its technical parameters only. */
export function withoutPlace(problem: Problem): Problem {
  if (!problem.params) return problem;
  const params = Object.fromEntries(Object.entries(problem.params).filter(([key]) => !PLACE_PARAMS.includes(key)));
  return { ...problem, params };
}
