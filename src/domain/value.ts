import { NAME_MAX, validateColour, validateUniqueName } from './text.ts';
import { ok, refuse, type Result } from './result.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, colourSchema, field, LAST_RANK, rankSchema } from './schema.ts';

/**
 * The five values of the sunshine model (solskinsmodellen). Names, descriptions and prompt questions
 * are in the message catalogue under `value.<id>.*`; the colour is also the colour of the sun's ray.
 * Colours keep white text at a contrast of at least 4.5:1.
 */
export const CORE_VALUES = [
  { id: 'bredere-maalgruppe', colour: '#b45309', promptCount: 3 },
  { id: 'oeget-faglighed', colour: '#1d4ed8', promptCount: 3 },
  { id: 'staerkere-samarbejdsgrundlag', colour: '#0f766e', promptCount: 3 },
  { id: 'stoerre-socialt-ansvar', colour: '#be123c', promptCount: 3 },
  { id: 'adgang-til-flere-ressourcer', colour: '#6d28d9', promptCount: 3 },
] as const;

export type CoreValueId = (typeof CORE_VALUES)[number]['id'];

export const CORE_VALUE_IDS: readonly CoreValueId[] = CORE_VALUES.map((value) => value.id);

export function isCoreValueId(id: string): id is CoreValueId {
  return (CORE_VALUE_IDS as readonly string[]).includes(id);
}

/** A value the group adds itself (in setup or from the warm-up). */
export interface CustomValue {
  id: string;
  name: string;
  colour: string;
}

/** The values of a workshop: which core values are switched off, and the custom ones in order. */
export interface WorkshopValues {
  disabledCore: CoreValueId[];
  custom: CustomValue[];
}

/** A value in play — core, custom, or a piece from the warm-up — as screens and print show it. */
export type ValueInPlay =
  | { kind: 'core'; id: CoreValueId; colour: string }
  | { kind: 'custom'; id: string; colour: string; name: string }
  | { kind: 'warm-up'; id: string; colour: string; name: string };

/** What `valuesInPlay` needs of a warm-up piece (see `WarmUpPiece` in warm-up.ts). */
interface WarmUpValue {
  id: string;
  name: string;
  colour: string;
  isDropped: boolean;
}

export const CUSTOM_VALUE_COLOURS = ['#0e7490', '#4d7c0f', '#9d174d', '#92400e', '#3730a3', '#115e59'] as const;

/**
 * The values in play, in the order of the trays: the core values, the custom ones, then the warm-up
 * pieces that are not left out (pass them only when the workshop has the warm-up on).
 */
export function valuesInPlay(values: WorkshopValues, warmUpPieces: readonly WarmUpValue[] = []): ValueInPlay[] {
  const core = CORE_VALUES.filter((value) => !values.disabledCore.includes(value.id)).map(
    (value): ValueInPlay => ({ kind: 'core', id: value.id, colour: value.colour }),
  );
  const custom = values.custom.map(
    (value): ValueInPlay => ({ kind: 'custom', id: value.id, colour: value.colour, name: value.name }),
  );
  const warmUp = warmUpPieces
    .filter((piece) => !piece.isDropped)
    .map((piece): ValueInPlay => ({ kind: 'warm-up', id: piece.id, colour: piece.colour, name: piece.name }));
  return [...core, ...custom, ...warmUp];
}

/**
 * Switches a core value on or off. At least one value must stay in play, or there is nothing to place.
 */
export function setCoreValueEnabled(values: WorkshopValues, id: CoreValueId, isEnabled: boolean): Result<WorkshopValues> {
  const disabled = values.disabledCore.filter((other) => other !== id);
  const next = { ...values, disabledCore: isEnabled ? disabled : [...disabled, id] };
  if (valuesInPlay(next).length === 0) return refuse('last-value');
  return ok(next);
}

/**
 * Checks a custom value's name and colour. `coreNames` are the core values' names in the current
 * language, so that a custom value cannot be called the same as a core one.
 */
export function validateCustomValue(
  draft: { name: string; colour: string },
  others: readonly CustomValue[],
  coreNames: readonly string[],
): Result<{ name: string; colour: string }> {
  const name = validateUniqueName(draft.name, [...coreNames, ...others.map((value) => value.name)]);
  if (!name.ok) return name;
  const colour = validateColour(draft.colour);
  if (!colour.ok) return colour;
  return ok({ name: name.value, colour: colour.value });
}

/** Removes a custom value; refused when it is the last value in play. */
export function removeCustomValue(values: WorkshopValues, id: string): Result<WorkshopValues> {
  if (!values.custom.some((value) => value.id === id)) return refuse('value-missing');
  const next = { ...values, custom: values.custom.filter((value) => value.id !== id) };
  if (valuesInPlay(next).length === 0) return refuse('last-value');
  return ok(next);
}

/** The colour for the next custom value: the first of the palette not yet used, cycling. */
export function nextCustomColour(custom: readonly CustomValue[]): string {
  const unused = CUSTOM_VALUE_COLOURS.find((colour) => !custom.some((value) => value.colour === colour));
  return unused ?? CUSTOM_VALUE_COLOURS[custom.length % CUSTOM_VALUE_COLOURS.length] ?? '#0e7490';
}

export const coreValueIdSchema = z.custom<CoreValueId>((id) => typeof id === 'string' && isCoreValueId(id));

/** A custom value's fields (its id is its key). */
export const CUSTOM_VALUE_FIELDS = {
  name: field(charsSchema(NAME_MAX, 1), undefined, clampChars(NAME_MAX)),
  colour: field(colourSchema, CUSTOM_VALUE_COLOURS[0] as string),
};

export const CUSTOM_VALUE_RECORD = { ...CUSTOM_VALUE_FIELDS, position: field(rankSchema, LAST_RANK) };

/** How many custom values a workshop may have (the trays and the board stay readable well below it). */
export const CUSTOM_VALUES_MAX = 30;
