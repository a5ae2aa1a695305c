import { ok, refuse, type Result } from './result.ts';
import { isSameName, normaliseText } from './text.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, idSchema, LAST_RANK, rankSchema } from './schema.ts';

/**
 * A strengthening link: "X styrker Y ved at …". Stored in the document of the organisation that made it
 * (its maker): X when the facilitator made it, else the organisation whose tablet proposed it, X or Y.
 */
export interface Link {
  id: string;
  /** The organisation that strengthens (X). */
  fromId: string;
  /** The organisation that is strengthened (Y). */
  toId: string;
  /** "… ved at <text>". */
  text: string;
  /** The offer card the link was made from, or null. */
  offerCardId: string | null;
  /** The organisation whose tablet proposed the link (the other said yes); absent when the facilitator made it. */
  proposedBy?: string;
}

/**
 * A link a tablet proposed and the other organisation has not said yes to (yet): "Vi kan styrke X ved
 * at …" (from the proposer) or "X kan styrke os ved at …" (to it). The organisation asked answers on its
 * own tablet, in its own document; the facilitator may answer for it. Once accepted it is a `Link`.
 */
export interface LinkProposal extends Omit<Link, 'proposedBy'> {
  proposedBy: string;
  /** 'open' until the organisation asked (or the facilitator) answers. */
  answer: 'open' | 'declined';
}

export const LINK_ANSWERS = ['accepted', 'declined'] as const;
/** What the organisation asked says to a proposal. */
export type LinkAnswer = (typeof LINK_ANSWERS)[number];

/** Where a stored link runs: its two ends and the organisation that made it (in whose document it lies). */
export interface LinkEnds {
  makerId: string;
  fromId: string;
  toId: string;
}

/** The organisation that answers a proposal: the end that did not make it. */
export function answererOf(ends: LinkEnds): string {
  return ends.makerId === ends.fromId ? ends.toId : ends.fromId;
}

/** The organisation that made a link: its proposer, or (made by the facilitator) the one that strengthens. */
export function makerOf(link: Pick<Link, 'fromId' | 'proposedBy'>): string {
  return link.proposedBy ?? link.fromId;
}

/** "ved at …" is a short phrase, shown on an arrow of the network picture. */
export const LINK_TEXT_MAX = 120;

export type LinkDraft = Omit<Link, 'id'>;

/** The "ved at …" text: required, trimmed, at most `LINK_TEXT_MAX` characters. */
export function validateLinkText(raw: string): Result<string> {
  const text = normaliseText(raw);
  if (text === '') return refuse('link-text-empty');
  const length = [...text].length;
  if (length > LINK_TEXT_MAX) return refuse('text-too-long', { max: LINK_TEXT_MAX, length });
  return ok(text);
}

/**
 * Checks a link as made. Both organisations must be in the workshop (`organisationIds`) and differ;
 * `others` are the workshop's other links (leave out the one being edited): the same organisation
 * strengthening the same other by the same words twice is refused.
 */
export function validateLink(draft: LinkDraft, organisationIds: readonly string[], others: readonly Link[]): Result<LinkDraft> {
  if (!organisationIds.includes(draft.fromId) || !organisationIds.includes(draft.toId)) return refuse('organisation-missing');
  if (draft.fromId === draft.toId) return refuse('link-self');
  const text = validateLinkText(draft.text);
  if (!text.ok) return text;
  const twin = others.some((other) => other.fromId === draft.fromId && other.toId === draft.toId && isSameName(other.text, text.value));
  if (twin) return refuse('link-duplicate');
  return ok({ ...draft, text: text.value });
}

/** How many links each organisation makes (out) and receives (in); every organisation of `organisationIds` is listed. */
export function linkCounts(organisationIds: readonly string[], links: readonly Link[]): Record<string, { out: number; in: number }> {
  const counts: Record<string, { out: number; in: number }> = Object.fromEntries(organisationIds.map((id) => [id, { out: 0, in: 0 }]));
  for (const link of links) {
    const from = counts[link.fromId];
    const to = counts[link.toId];
    if (from) from.out += 1;
    if (to) to.in += 1;
  }
  return counts;
}

/**
 * Checks a proposal as a tablet makes it: a link (see `validateLink`) of which the proposer is one end.
 * `others` are the links and open proposals it must not repeat.
 */
export function validateProposal(draft: LinkDraft, proposerId: string, organisationIds: readonly string[], others: readonly Link[]): Result<LinkDraft> {
  if (draft.fromId !== proposerId && draft.toId !== proposerId) return refuse('link-not-own');
  return validateLink(draft, organisationIds, others);
}

/**
 * A stored link's ends. `fromId` is null when its maker strengthens (every link the facilitator makes,
 * and a tablet's "Vi kan styrke X"); a tablet's "X kan styrke os" names X and has itself as `toId`.
 */
export function endsOf(makerId: string, record: { fromId: string | null; toId: string }): LinkEnds {
  return { makerId, fromId: record.fromId ?? makerId, toId: record.toId };
}

/** Why a stored link cannot stand: it runs to itself, its maker is not one of its ends, or an end is not in the workshop. */
export function checkEnds(ends: LinkEnds, organisationIds: readonly string[]): Result<LinkEnds> {
  if (ends.fromId === ends.toId) return refuse('link-self');
  if (ends.makerId !== ends.fromId && ends.makerId !== ends.toId) return refuse('link-not-own');
  const other = answererOf(ends);
  return organisationIds.includes(other) ? ok(ends) : refuse('organisation-missing');
}

/** A link's own fields, as a file holds them beside its id and ends. */
export const LINK_FIELDS = {
  toId: field(idSchema),
  text: field(charsSchema(LINK_TEXT_MAX, 1), undefined, clampChars(LINK_TEXT_MAX)),
  offerCardId: field(z.nullable(idSchema), null),
};

/**
 * A link's record in its maker's document (its id is its key). `fromId`: see `endsOf` (older apps wrote
 * none, and read a link whose `toId` is its own document as no link at all). `isProposal`: a tablet's
 * proposal, a link only once the other end accepts it (its answer, in the other end's `linkAnswers`).
 */
export const LINK_RECORD = {
  ...LINK_FIELDS,
  fromId: field(z.nullable(idSchema), null),
  // Missing (an older record): a link. Unreadable: a proposal, so nothing becomes a link nobody said yes to.
  isProposal: field(z.boolean(), false, () => true),
  order: field(rankSchema, LAST_RANK),
};

export const LINK_ANSWER_SCHEMA = z.enum(LINK_ANSWERS);

/** How many links one organisation may make. */
export const LINKS_MAX = 60;
/** How many proposals one organisation may answer (far more than a workshop of 15 makes). */
export const LINK_ANSWERS_MAX = 500;
