import { newId, type RandomBytes } from '../domain/ids.ts';
import { moveInOrder, ORGANISATION_RECORD, validateOrganisation, type Organisation, type OrganisationDraft } from '../domain/organisation.ts';
import type { PhaseId } from '../domain/phase.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import type { RecordOf } from '../domain/schema.ts';
import {
  CORE_VALUES,
  CUSTOM_VALUE_RECORD,
  removeCustomValue as removeCustomValueRule,
  setCoreValueEnabled as setCoreValueEnabledRule,
  validateCustomValue,
  type CoreValueId,
  type CustomValue,
} from '../domain/value.ts';
import {
  markMostImportant as markMostImportantRule,
  PLACED_PIECE_RECORD,
  placePiece as placePieceRule,
  SECTION_RECORD,
  takeBackPiece as takeBackPieceRule,
  writeExample as writeExampleRule,
  type BoardRules,
  type Section,
} from '../domain/value-piece.ts';
import { CONTROL_RECORD, SETUP_RECORD, validateSetupField, type SetupField } from '../domain/workshop.ts';
import { LANGUAGES, translate } from '../i18n/translate.ts';
import { HOUSEKEEPING, LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import {
  controlMap,
  coreDisabledMap,
  customValuesMap,
  factsMap,
  changesFields,
  newRecord,
  updateRecord,
  writeFields,
  nextRank,
  ordered,
  organisationsMap,
  placedMap,
  readBoardRules,
  readSection,
  readWorkshop,
  sectionMap,
} from './workshop-layout.ts';

/*
 * The user's intentions, as named commands. Buttons, keyboard shortcuts, tests and the undo history
 * all go through these. Each checks its input with the domain's rules first; a refused command
 * returns the reason and changes nothing.
 */

export interface CommandContext {
  docs: WorkshopDocs;
  random?: RandomBytes;
  /** Makes a command's writes into several documents one undo step (the session's undo history). */
  together?: <T>(write: () => T) => T;
}

/** Sets one of the workshop's facts from what the user typed. */
export function updateSetupField({ docs }: CommandContext, field: SetupField, raw: string): Result<string> {
  const result = validateSetupField(field, raw);
  if (!result.ok) return result;
  const origin = field === 'kind' ? LOCAL_EDIT : LOCAL_TYPING;
  // The rule above made `result.value` a valid value of this field (a kind is one of the kinds).
  const fields = { [field]: result.value } as Partial<RecordOf<typeof SETUP_RECORD>>;
  updateRecord(docs.setup, factsMap(docs), SETUP_RECORD, fields, origin);
  return result;
}

export function setWarmUp({ docs }: CommandContext, hasWarmUp: boolean): Result<boolean> {
  updateRecord(docs.setup, factsMap(docs), SETUP_RECORD, { hasWarmUp }, LOCAL_EDIT);
  return ok(hasWarmUp);
}

export function addOrganisation(context: CommandContext, draft: OrganisationDraft): Result<Organisation> {
  const { docs } = context;
  const organisations = readWorkshop(docs).organisations;
  const result = validateOrganisation(draft, organisations);
  if (!result.ok) return result;
  const organisation: Organisation = { id: newId(16, context.random), ...result.value };
  // After the last position, not at `organisations.length`: after a removal that could tie with an
  // existing position, and the id tie-break could then put the new organisation before others.
  docs.setup.transact(() => {
    const { id, ...fields } = organisation;
    organisationsMap(docs).set(id, newRecord(ORGANISATION_RECORD, { ...fields, position: nextRank(organisationsMap(docs)) }));
  }, LOCAL_EDIT);
  return ok(organisation);
}

export function updateOrganisation({ docs }: CommandContext, id: string, draft: OrganisationDraft): Result<Organisation> {
  const map = organisationsMap(docs).get(id);
  if (!map) return refuse('organisation-missing');
  const others = readWorkshop(docs).organisations.filter((other) => other.id !== id);
  const result = validateOrganisation(draft, others);
  if (!result.ok) return result;
  // A new actor type is a choice (a step of its own); name and contact are typed (keystrokes merge).
  const origin = changesFields(map, ORGANISATION_RECORD, { actorType: result.value.actorType }) ? LOCAL_EDIT : LOCAL_TYPING;
  updateRecord(docs.setup, map, ORGANISATION_RECORD, result.value, origin);
  return ok({ id, ...result.value });
}

/**
 * Takes an organisation off the workshop. Its own document (what it placed and wrote) is kept, so
 * undo brings the organisation back with everything it made.
 */
export function removeOrganisation({ docs }: CommandContext, id: string): Result<Organisation> {
  const organisation = readWorkshop(docs).organisations.find((other) => other.id === id);
  if (!organisation) return refuse('organisation-missing');
  docs.setup.transact(() => organisationsMap(docs).delete(id), LOCAL_EDIT);
  return ok(organisation);
}

/** Moves an organisation to `toIndex` in the order (the board's order). */
export function moveOrganisation({ docs }: CommandContext, id: string, toIndex: number): Result<number> {
  const entries = ordered(organisationsMap(docs));
  const from = entries.findIndex(([entryId]) => entryId === id);
  if (from === -1) return refuse('organisation-missing');
  const next = moveInOrder(entries, from, toIndex);
  docs.setup.transact(() => {
    next.forEach(([, map], index) => writeFields(map, ORGANISATION_RECORD, { position: index }));
  }, LOCAL_EDIT);
  return ok(next.findIndex(([entryId]) => entryId === id));
}

export function setCoreValueEnabled({ docs }: CommandContext, id: CoreValueId, isEnabled: boolean): Result<boolean> {
  const result = setCoreValueEnabledRule(readWorkshop(docs).values, id, isEnabled);
  if (!result.ok) return result;
  const disabled = coreDisabledMap(docs);
  // Only write a real change: re-writing the same value would be an undo step that does nothing.
  if ((disabled.get(id) === true) === isEnabled) {
    docs.setup.transact(() => {
      if (isEnabled) disabled.delete(id);
      else disabled.set(id, true);
    }, LOCAL_EDIT);
  }
  return ok(isEnabled);
}

/** The core values' names in every UI language: a custom value or warm-up piece may not take any of them. */
export function coreValueNames(): string[] {
  return LANGUAGES.flatMap((language) =>
    CORE_VALUES.map((value) => translate(language, `value.${value.id}.name`)),
  );
}

export function addCustomValue(
  context: CommandContext,
  draft: { name: string; colour: string },
): Result<CustomValue> {
  const { docs } = context;
  const custom = readWorkshop(docs).values.custom;
  const result = validateCustomValue(draft, custom, coreValueNames());
  if (!result.ok) return result;
  const value: CustomValue = { id: `egen-${newId(12, context.random)}`, ...result.value };
  docs.setup.transact(() => {
    customValuesMap(docs).set(value.id, newRecord(CUSTOM_VALUE_RECORD, { name: value.name, colour: value.colour, position: nextRank(customValuesMap(docs)) }));
  }, LOCAL_EDIT);
  return ok(value);
}

export function updateCustomValue(
  { docs }: CommandContext,
  id: string,
  draft: { name: string; colour: string },
): Result<CustomValue> {
  const map = customValuesMap(docs).get(id);
  if (!map) return refuse('value-missing');
  const others = readWorkshop(docs).values.custom.filter((value) => value.id !== id);
  const result = validateCustomValue(draft, others, coreValueNames());
  if (!result.ok) return result;
  updateRecord(docs.setup, map, CUSTOM_VALUE_RECORD, result.value, LOCAL_TYPING);
  return ok({ id, ...result.value });
}

export function removeCustomValue({ docs }: CommandContext, id: string): Result<CustomValue> {
  const values = readWorkshop(docs).values;
  const removed = values.custom.find((value) => value.id === id);
  const result = removeCustomValueRule(values, id);
  if (!result.ok || !removed) return result.ok ? refuse('value-missing') : result;
  docs.setup.transact(() => customValuesMap(docs).delete(id), LOCAL_EDIT);
  return ok(removed);
}

/**
 * Moves the workshop to a phase. Not part of the undo history: undo reverts what people made,
 * not where the facilitator is.
 */
export function setPhase({ docs }: CommandContext, phase: PhaseId): Result<PhaseId> {
  updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { phase }, HOUSEKEEPING);
  return ok(phase);
}

/* The value game (værdispillet): pieces, examples, the facilitator's lock and reveal. */

function sectionRules(docs: WorkshopDocs, orgId: string): { rules: BoardRules; section: Section } | null {
  if (!organisationsMap(docs).has(orgId)) return null;
  return { rules: readBoardRules(docs), section: readSection(docs, orgId) };
}

/**
 * Whether `placePiece` would place this piece in this slot now (the section after it), or why not;
 * changes nothing. The one check of a placement: the drag layer asks it at the drop, the command again
 * when it writes (the board may have changed in between).
 */
export function checkPlacePiece({ docs }: CommandContext, orgId: string, valueId: string, slotValueId: string = valueId): Result<Section> {
  const current = sectionRules(docs, orgId);
  if (!current) return refuse('organisation-missing');
  return placePieceRule(current.section, current.rules, valueId, slotValueId);
}

/**
 * Places an organisation's piece of `valueId` in the slot `slotValueId` of its section. Refused (and
 * nothing changes) when the board is locked, the slot is another value's, or the piece is placed.
 */
export function placePiece(context: CommandContext, orgId: string, valueId: string, slotValueId: string = valueId): Result<Section> {
  const result = checkPlacePiece(context, orgId, valueId, slotValueId);
  if (!result.ok) return result;
  const { docs } = context;
  const placed = placedMap(docs, orgId);
  docs.piecesDoc(orgId).transact(() => placed.set(valueId, newRecord(PLACED_PIECE_RECORD, { example: '', order: nextRank(placed, 'order') })), LOCAL_EDIT);
  return result;
}

/** Takes a placed piece back to the organisation's tray (its example and mark go with it). */
export function takeBackPiece({ docs }: CommandContext, orgId: string, valueId: string): Result<Section> {
  const current = sectionRules(docs, orgId);
  if (!current) return refuse('organisation-missing');
  const result = takeBackPieceRule(current.section, current.rules, valueId);
  if (!result.ok) return result;
  docs.piecesDoc(orgId).transact(() => {
    placedMap(docs, orgId).delete(valueId);
    if (current.section.mostImportant === valueId) writeFields(sectionMap(docs, orgId), SECTION_RECORD, { mostImportant: null });
  }, LOCAL_EDIT);
  return result;
}

/** Writes the example on a placed piece; text past 280 characters is cut (`isCut` tells). */
export function writeExample(
  { docs }: CommandContext,
  orgId: string,
  valueId: string,
  raw: string,
): Result<{ section: Section; isCut: boolean }> {
  const current = sectionRules(docs, orgId);
  if (!current) return refuse('organisation-missing');
  const result = writeExampleRule(current.section, current.rules, valueId, raw);
  if (!result.ok) return result;
  const example = result.value.section.placed.find((piece) => piece.valueId === valueId)?.example ?? '';
  const map = placedMap(docs, orgId).get(valueId);
  if (map) updateRecord(docs.piecesDoc(orgId), map, PLACED_PIECE_RECORD, { example }, LOCAL_TYPING);
  return result;
}

/** Marks one placed piece as the organisation's most important value, or clears the mark (`null`). */
export function markMostImportant({ docs }: CommandContext, orgId: string, valueId: string | null): Result<Section> {
  const current = sectionRules(docs, orgId);
  if (!current) return refuse('organisation-missing');
  const result = markMostImportantRule(current.section, current.rules, valueId);
  if (!result.ok) return result;
  if (current.section.mostImportant !== valueId) {
    updateRecord(docs.piecesDoc(orgId), sectionMap(docs, orgId), SECTION_RECORD, { mostImportant: valueId }, LOCAL_EDIT);
  }
  return result;
}

/** The facilitator locks or unlocks placing for everyone. */
export function setLocked({ docs }: CommandContext, isLocked: boolean): Result<boolean> {
  updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { isLocked }, LOCAL_EDIT);
  return ok(isLocked);
}

/** The facilitator shows every section to everyone (the reveal), or hides them again. Undoable. */
export function setRevealed({ docs }: CommandContext, isRevealed: boolean): Result<boolean> {
  updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { isRevealed }, LOCAL_EDIT);
  return ok(isRevealed);
}

/**
 * On a shared device, the facilitator chooses whose turn it is to place. Not an undo step: it says
 * who holds the tablet, not what anyone made.
 */
export function setActiveOrganisation({ docs }: CommandContext, orgId: string | null): Result<string | null> {
  if (orgId !== null && !organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  updateRecord(docs.control, controlMap(docs), CONTROL_RECORD, { activeOrganisationId: orgId }, HOUSEKEEPING);
  return ok(orgId);
}

/**
 * Records in the open workshop the follow-up meeting planned from it ("Planlæg næste møde"). Not an
 * undo step: undoing it would leave the other workshop pointing at a meeting that forgot it.
 */
export function linkNextMeeting({ docs }: CommandContext, next: { id: string; title: string }): Result<string> {
  updateRecord(docs.setup, factsMap(docs), SETUP_RECORD, { nextId: next.id, nextTitle: next.title }, HOUSEKEEPING);
  return ok(next.id);
}
