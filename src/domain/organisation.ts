import { isActorTypeId, type ActorTypeId } from './actor-type.ts';
import { ok, refuse, type Result } from './result.ts';
import { NAME_MAX, SHORT_TEXT_MAX, validateOptionalText, validateUniqueName } from './text.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, LAST_RANK, rankSchema } from './schema.ts';

export interface Organisation {
  id: string;
  name: string;
  actorType: ActorTypeId;
  /** Optional contact person; free text, no personal data is required. */
  contact: string;
}

export interface OrganisationDraft {
  name: string;
  actorType: string;
  contact: string;
}

/**
 * Checks an organisation as typed. `others` are the workshop's other organisations (leave out the
 * one being edited): no two organisations in a workshop may share a name.
 */
export function validateOrganisation(
  draft: OrganisationDraft,
  others: readonly Organisation[],
): Result<Omit<Organisation, 'id'>> {
  const name = validateUniqueName(
    draft.name,
    others.map((other) => other.name),
  );
  if (!name.ok) return name;
  if (!isActorTypeId(draft.actorType)) return refuse('actor-type-unknown');
  const contact = validateOptionalText(draft.contact);
  if (!contact.ok) return contact;
  return ok({ name: name.value, actorType: draft.actorType, contact: contact.value });
}

/** Moves the item at `from` to `to` (clamped), returning a new order; a `from` outside the list moves nothing. */
export function moveInOrder<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  // splice() counts a negative index from the end, which would move the wrong item.
  if (from < 0 || from >= items.length) return next;
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(target, 0, moved);
  return next;
}

export const actorTypeSchema = z.custom<ActorTypeId>((type) => typeof type === 'string' && isActorTypeId(type));

/** An organisation's fields (its id is its key in the document, its position its place in the list). */
export const ORGANISATION_FIELDS = {
  name: field(charsSchema(NAME_MAX, 1), undefined, clampChars(NAME_MAX)),
  actorType: field(actorTypeSchema, 'andre-aktoerer'),
  contact: field(charsSchema(SHORT_TEXT_MAX), '', clampChars(SHORT_TEXT_MAX)),
};

export const ORGANISATION_RECORD = { ...ORGANISATION_FIELDS, position: field(rankSchema, LAST_RANK) };
