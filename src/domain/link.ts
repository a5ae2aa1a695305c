import { ok, refuse, type Result } from './result.ts';
import { isSameName, normaliseText } from './text.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, idSchema, LAST_RANK, rankSchema } from './schema.ts';

/**
 * A strengthening link: "X styrker Y ved at …". Made by organisation X (stored in X's own document).
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

/** A link's fields in its maker's document (its id is its key, its maker the document). */
export const LINK_RECORD = {
  toId: field(idSchema),
  text: field(charsSchema(LINK_TEXT_MAX, 1), undefined, clampChars(LINK_TEXT_MAX)),
  offerCardId: field(z.nullable(idSchema), null),
  order: field(rankSchema, LAST_RANK),
};

/** How many links one organisation may make. */
export const LINKS_MAX = 60;
