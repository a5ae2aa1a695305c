import type { ActorTypeId } from './actor-type.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, type RecordOf } from './schema.ts';
import { SHORT_TEXT_MAX } from './text.ts';
import type { Workshop } from './workshop.ts';

/*
 * The organisation directory (ressourcebørs): every organisation met in the device's workshops, the
 * same one recognised across workshops, with a profile built on the stakeholder questions. Pure rules;
 * the stored document is src/state/directory-store.ts. See docs/directory.md.
 */

/** The stored directory's shape version (its document's `meta.schemaVersion`, and a file's `directory.version`). */
export const DIRECTORY_SCHEMA_VERSION = 1;

/** A profile's long answers: a few sentences each. */
export const PROFILE_TEXT_MAX = 500;

// ---- Recognising an organisation ------------------------------------------------------------------

/** Words that say nothing about which organisation it is: departments and company forms. */
const FILLER_WORDS = new Set(['afd', 'afdeling', 'afdelingen', 'aps', 'as', 'is', 'amba', 'the']);

/**
 * Folds a text for comparing and searching: lower case, æ ø å written as ae oe aa (as a keyboard
 * without them does), accents and punctuation gone, "&" as "og", white space single.
 */
export function foldText(raw: string): string {
  return raw
    .toLocaleLowerCase('da')
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'oe')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/gu, ' og ')
    .replace(/(\p{L})[./](\p{L})(?![\p{L}])/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An organisation's name as compared: folded, without department words and company forms. */
export function organisationKey(name: string): string {
  return foldText(name)
    .split(' ')
    .filter((word) => word !== '' && !FILLER_WORDS.has(word))
    .join(' ');
}

const DEPARTMENT_WORDS = new Set(['afd', 'afdeling', 'afdelingen']);

/** The name's key before a department ("Netto, afd. Gellerup" → "netto"), or null when it names none. */
function keyBeforeDepartment(name: string): string | null {
  const words = foldText(name).split(' ');
  const at = words.findIndex((word) => DEPARTMENT_WORDS.has(word));
  return at > 0 ? organisationKey(words.slice(0, at).join(' ')) : null;
}

/** Edits (insert, delete, change, swap two neighbours) from `a` to `b`, stopping above `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** How many typos two keys of this length may differ by: none for short names, one from 6 letters, two from 12. */
function typoAllowance(length: number): number {
  return length >= 12 ? 2 : length >= 6 ? 1 : 0;
}

/** A name taken apart once for comparing: its key, its key before a department, its numbers, its letters. */
interface NameParts {
  key: string;
  base: string | null;
  digits: string;
  bare: string;
}

const partsCache = new Map<string, NameParts>();

function partsOf(name: string): NameParts {
  const cached = partsCache.get(name);
  if (cached) return cached;
  const key = organisationKey(name);
  const parts = { key, base: keyBeforeDepartment(name), digits: key.replace(/\D+/gu, ' ').trim(), bare: key.replace(/ /gu, '') };
  // A directory holds some hundred names; the cache is only a shortcut and never grows without end.
  if (partsCache.size > 5_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

function isSameParts(a: NameParts, b: NameParts): boolean {
  if (a.key === '' || b.key === '') return false;
  if (a.key === b.key) return true;
  // "Netto" and "Netto, afd. Gellerup": the local one is meant (two numbered departments differ below).
  if ((a.base === null) !== (b.base === null) && (a.base ?? a.key) === (b.base ?? b.key) && a.digits === '' && b.digits === '') return true;
  if (a.digits !== b.digits) return false;
  if (a.bare === b.bare) return true;
  const allowance = typoAllowance(Math.min(a.bare.length, b.bare.length));
  return allowance > 0 && editDistance(a.bare, b.bare, allowance) <= allowance;
}

/**
 * Whether two names are the same organisation: the same key, or a key a typo or two away — but never
 * when their numbers differ ("Klub 1" and "Klub 2", "afd. 5" and "afd. 6" are two).
 */
export function isSameOrganisation(a: string, b: string): boolean {
  return isSameParts(partsOf(a), partsOf(b));
}

// ---- The profile --------------------------------------------------------------------------------

const profileText = () => field(charsSchema(PROFILE_TEXT_MAX), '', clampChars(PROFILE_TEXT_MAX));

/** The facilitator's profile of an organisation, after the stakeholder questions. Every answer optional. */
export const PROFILE_RECORD = {
  purpose: profileText(),
  targetGroups: profileText(),
  competences: profileText(),
  premises: profileText(),
  resources: profileText(),
  initiatives: profileText(),
  /** A contact person (personal data): name, phone, e-mail as the facilitator writes it. */
  contact: field(charsSchema(SHORT_TEXT_MAX), '', clampChars(SHORT_TEXT_MAX)),
};

export type Profile = RecordOf<typeof PROFILE_RECORD>;
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(PROFILE_RECORD) as ProfileField[];

export const EMPTY_PROFILE: Profile = { purpose: '', targetGroups: '', competences: '', premises: '', resources: '', initiatives: '', contact: '' };

/** Fills the empty answers of `target` from `source` (merging two entries keeps what both knew). */
export function mergeProfiles(target: Profile, source: Profile): Profile {
  const merged = { ...target };
  for (const name of PROFILE_FIELDS) if (merged[name] === '') merged[name] = source[name];
  return merged;
}

// ---- Sightings and entries ------------------------------------------------------------------------

/** An organisation as one workshop has it: a sighting. */
export interface Sighting {
  workshopId: string;
  workshopTitle: string;
  /** The workshop's date (`YYYY-MM-DD` or empty). */
  workshopDate: string;
  organisationId: string;
  name: string;
  actorType: ActorTypeId;
  contact: string;
  offers: string[];
  needs: string[];
}

/** What the directory keeps of one workshop: its sightings, and the "last changed" it was read at. */
export interface WorkshopDigest {
  title: string;
  date: string;
  updatedAt: number;
  organisations: { id: string; name: string; actorType: ActorTypeId; contact: string; offers: string[]; needs: string[] }[];
}

export function digestOf(workshop: Workshop, updatedAt: number): WorkshopDigest {
  return {
    title: workshop.setup.title,
    date: workshop.setup.date,
    updatedAt,
    organisations: workshop.organisations.map((organisation) => {
      const cards = workshop.cards[organisation.id] ?? [];
      return {
        id: organisation.id,
        name: organisation.name,
        actorType: organisation.actorType,
        contact: organisation.contact,
        offers: cards.filter((card) => card.side === 'offer').map((card) => card.text),
        needs: cards.filter((card) => card.side === 'need').map((card) => card.text),
      };
    }),
  };
}

export function sightingsOf(workshopId: string, digest: WorkshopDigest): Sighting[] {
  return digest.organisations.map((organisation) => ({
    workshopId,
    workshopTitle: digest.title,
    workshopDate: digest.date,
    organisationId: organisation.id,
    name: organisation.name,
    actorType: organisation.actorType,
    contact: organisation.contact,
    offers: organisation.offers,
    needs: organisation.needs,
  }));
}

/** A sighting's reference: `<workshop id>/<organisation id>`. */
export function sightingRef(sighting: Pick<Sighting, 'workshopId' | 'organisationId'>): string {
  return `${sighting.workshopId}/${sighting.organisationId}`;
}

/**
 * The directory's answer to "is this the same organisation?" across workshops, merges and splits
 * included, as a key per organisation of a workshop: its entry's id, or `fallback`'s key for an
 * organisation the directory has not seen (the network over time compares meetings with it).
 */
export function directoryKey(
  entries: readonly DirectoryEntry[],
  fallback: (organisation: { id: string; name: string }, workshopId: string) => string,
): (organisation: { id: string; name: string }, workshopId: string) => string {
  const entryOf = new Map(entries.flatMap((entry) => entry.sightings.map((seen) => [sightingRef(seen), entry.id] as const)));
  return (organisation, workshopId) => entryOf.get(sightingRef({ workshopId, organisationId: organisation.id })) ?? `name:${fallback(organisation, workshopId)}`;
}

/** An organisation in the directory: its sightings (newest workshop first) and its profile. */
export interface DirectoryEntry {
  id: string;
  /** The newest workshop's name for it. */
  name: string;
  actorType: ActorTypeId;
  /** The profile's contact, or else the newest workshop's contact person. */
  contact: string;
  sightings: Sighting[];
  profile: Profile;
}

/** The facilitator's decisions: sighting reference → the entry it belongs to (merged, or taken out). */
export type Assignments = Readonly<Record<string, string>>;

/** The entry id of an organisation taken out of an entry: it stands alone. */
export function ownEntryId(ref: string): string {
  return `own:${ref}`;
}

/** Danish order (æ ø å last); one collator, as making one per comparison is slow. */
const danish = new Intl.Collator('da');

function byNewest(a: Sighting, b: Sighting): number {
  return (a.workshopDate === b.workshopDate ? 0 : a.workshopDate < b.workshopDate ? 1 : -1) || danish.compare(a.workshopTitle, b.workshopTitle) || (sightingRef(a) < sightingRef(b) ? -1 : 1);
}

/**
 * The directory: sightings grouped into organisations. A sighting the facilitator placed goes where it
 * was placed; the others join the first entry found automatically whose names match (`isSameOrganisation`),
 * or start one. Deterministic: the same sightings and decisions give the same entries and ids.
 */
export function buildDirectory(sightings: readonly Sighting[], assignments: Assignments, profiles: Readonly<Record<string, Profile>>): DirectoryEntry[] {
  const ordered = [...sightings].sort((a, b) => -byNewest(a, b));
  const groups = new Map<string, Sighting[]>();
  // Each automatic group's different spellings (by key): most sightings repeat a key already seen.
  const automatic: { id: string; spellings: Map<string, NameParts> }[] = [];
  const byKey = new Map<string, (typeof automatic)[number]>();
  for (const sighting of ordered) {
    const assigned = assignments[sightingRef(sighting)];
    let id = assigned;
    if (id === undefined) {
      const parts = partsOf(sighting.name);
      const match = byKey.get(parts.key) ?? automatic.find((group) => [...group.spellings.values()].some((spelling) => isSameParts(spelling, parts)));
      if (match) {
        match.spellings.set(parts.key, parts);
        if (parts.key !== '') byKey.set(parts.key, match);
        id = match.id;
      } else {
        id = `auto:${parts.key || sightingRef(sighting)}`;
        const group = { id, spellings: new Map([[parts.key, parts]]) };
        automatic.push(group);
        if (parts.key !== '') byKey.set(parts.key, group);
      }
    }
    const members = groups.get(id) ?? [];
    members.push(sighting);
    groups.set(id, members);
  }
  const entries: DirectoryEntry[] = [];
  for (const [id, members] of groups) {
    members.sort(byNewest);
    const newest = members[0];
    if (!newest) continue;
    const profile = profiles[id] ?? EMPTY_PROFILE;
    const contact = profile.contact || (members.find((member) => member.contact !== '')?.contact ?? '');
    entries.push({ id, name: newest.name, actorType: newest.actorType, contact, sightings: members, profile });
  }
  return entries.sort((a, b) => danish.compare(a.name, b.name));
}

/** The decisions that merge entry `source` into `target`: every sighting of both pinned to the target. */
export function mergeAssignments(target: DirectoryEntry, source: DirectoryEntry): Record<string, string> {
  return Object.fromEntries([...target.sightings, ...source.sightings].map((sighting) => [sightingRef(sighting), target.id]));
}

/** Suggestions for a name being typed: entries whose name matches or starts the same way, best first. */
export function suggestEntries(entries: readonly DirectoryEntry[], typed: string, limit = 5): DirectoryEntry[] {
  const key = organisationKey(typed);
  if (key.length < 2) return [];
  const scored = entries
    .map((entry) => {
      const entryKey = organisationKey(entry.name);
      const score = entryKey.startsWith(key) ? 0 : entryKey.includes(` ${key}`) ? 1 : isSameOrganisation(entry.name, typed) ? 2 : 3;
      return { entry, score };
    })
    .filter((candidate) => candidate.score < 3);
  return scored.sort((a, b) => a.score - b.score || danish.compare(a.entry.name, b.entry.name)).slice(0, limit).map((candidate) => candidate.entry);
}

// ---- The directory in a file --------------------------------------------------------------------

/** What a workshop file carries of the directory: the profiles and decisions about its organisations. */
export interface DirectoryPart {
  version: number;
  profiles: Record<string, Profile>;
  assignments: Record<string, string>;
}

const entryIdSchema = z.string().check(z.minLength(1), z.maxLength(300));

export const directoryPartSchema = z.object({
  version: z.literal(DIRECTORY_SCHEMA_VERSION),
  profiles: z.record(entryIdSchema, z.object(Object.fromEntries(PROFILE_FIELDS.map((name) => [name, PROFILE_RECORD[name].schema])) as { [K in ProfileField]: (typeof PROFILE_RECORD)[K]['schema'] })),
  assignments: z.record(entryIdSchema, entryIdSchema),
});
