import * as z from 'zod/mini';
import { validateColour, validateDate } from './text.ts';

/*
 * The building blocks of the records' schemas (zod/mini: the app's first screen carries them, so they
 * stay small). Each record is described once, as a set of fields (`RecordFields`), beside its type in
 * its own file; that one description is used three ways:
 *
 * - strict, for workshop files (src/files/ builds its zod schema from the same field schemas);
 * - `checkRecord`, the server's and the client's check of what a device wrote: every field present
 *   must be right, a missing field takes its default (an older app version may not write it), a field
 *   this version does not know is let through untouched (a newer version may write it);
 * - `restoreRecord`, the lenient read of everything in a Yjs document: a wrong field falls back to its
 *   default (or is clamped), and only a record missing what it cannot be without is dropped. It never throws.
 */

/**
 * Names an object has without being given them (`__proto__`, `constructor`, `toString`, …, and a
 * function's `prototype`): never an id, or a lookup by id would find the prototype's member.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/u;

/** Ids go into document names (`org/<id>`), URLs and object keys: letters, digits, - and _, and no prototype key. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_IDS.has(value);
}

/** An id (a reserved name is its own issue, `params.isReserved`, so a file's refusal can say so). */
export const idSchema = z.string().check(z.regex(ID_PATTERN), z.refine((text) => !RESERVED_IDS.has(text), { params: { isReserved: true } }));

let segmenter: Intl.Segmenter | null = null;

/** The length of `text` as a reader counts characters (grapheme clusters: an emoji is one). */
export function graphemeCount(text: string): number {
  segmenter ??= new Intl.Segmenter('da', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/** Text of `min`–`max` code points (how names and short texts are counted). */
export function charsSchema(max: number, min = 0) {
  return z.string().check(z.refine((text) => text.length <= max * 2 && [...text].length <= max && [...text].length >= min, { params: { max } }));
}

/** Text of at most `max` characters as a reader counts them (examples, key points). */
export function graphemesSchema(max: number) {
  // A grapheme is at least one UTF-16 unit, so a longer string is refused before it is segmented.
  return z.string().check(z.refine((text) => text.length <= max * 16 && graphemeCount(text) <= max, { params: { max } }));
}

/** A real `YYYY-MM-DD` date or empty, exactly as the app stores it. */
export const dateSchema = z.string().check(z.refine((text) => text.length <= 10 && text === text.trim() && validateDate(text).ok));

export const colourSchema = z.string().check(z.refine((text) => text.length <= 7 && validateColour(text).ok));

export const epochMsSchema = z.int().check(z.nonnegative());

/** Where an entity stands in its list ('position' or 'order'): any finite number. */
export const rankSchema = z.number().check(z.refine(Number.isFinite));

/** The end of a list: what an entity without a rank sorts as. */
export const LAST_RANK = Number.MAX_SAFE_INTEGER;

/** What `value` parses to with `schema` (synchronously, as every schema here does), or null. */
function parse<T>(schema: z.ZodMiniType<T>, value: unknown): { value: T } | null {
  const result = schema['~standard'].validate(value);
  return result instanceof Promise || result.issues ? null : { value: result.value };
}

/** Whether `value` parses with `schema`. */
export function parses(schema: z.ZodMiniType<unknown>, value: unknown): boolean {
  return parse(schema, value) !== null;
}

/** One field of a record: its schema, the value it takes when missing or unreadable, and how an over-long value is cut. */
export interface Field<T> {
  schema: z.ZodMiniType<T>;
  /** Absent: the record cannot be without this field (it is dropped on restore, refused on check). */
  fallback?: T;
  /** Restore only: make a readable value out of a wrong one (say, cut a text to its limit), or undefined. */
  clamp?: (raw: unknown) => T | undefined;
}

export type RecordFields = Record<string, Field<unknown>>;

/** The plain record the fields describe. */
export type RecordOf<F extends RecordFields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export function field<T>(schema: z.ZodMiniType<T>, fallback?: T, clamp?: (raw: unknown) => T | undefined): Field<T> {
  return { schema, ...(fallback === undefined ? {} : { fallback }), ...(clamp ? { clamp } : {}) };
}

/** Cuts a text to `max` code points (restore only: what a device wrote is shown, never lost for being long). */
export function clampChars(max: number): (raw: unknown) => string | undefined {
  return (raw) => (typeof raw === 'string' ? [...raw].slice(0, max).join('') : undefined);
}

/** Why a record does not check: the field, and whether it is missing or wrong. */
export interface RecordProblem {
  field: string;
  kind: 'missing' | 'wrong';
}

/**
 * The check of a record a device wrote: every known field present must parse; a missing field takes
 * its fallback (or is a problem when it has none); unknown fields are left alone.
 */
export function checkRecord<F extends RecordFields>(fields: F, raw: Readonly<Record<string, unknown>>): { ok: true; value: RecordOf<F> } | { ok: false; problem: RecordProblem } {
  const value: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const given = Object.hasOwn(raw, name) ? raw[name] : undefined;
    if (given === undefined) {
      if (spec.fallback === undefined) return { ok: false, problem: { field: name, kind: 'missing' } };
      value[name] = spec.fallback;
      continue;
    }
    const parsed = parse(spec.schema, given);
    if (!parsed) return { ok: false, problem: { field: name, kind: 'wrong' } };
    value[name] = parsed.value;
  }
  return { ok: true, value: value as RecordOf<F> };
}

/**
 * The lenient read of a stored or received record: a wrong field is clamped or falls back; null when a
 * field the record cannot be without is missing or unreadable. Never throws.
 */
export function restoreRecord<F extends RecordFields>(fields: F, raw: Readonly<Record<string, unknown>>): RecordOf<F> | null {
  const value: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const given = Object.hasOwn(raw, name) ? raw[name] : undefined;
    const parsed = given === undefined ? null : parse(spec.schema, given);
    if (parsed) {
      value[name] = parsed.value;
      continue;
    }
    const clamped = given === undefined ? undefined : spec.clamp?.(given);
    const repaired = clamped === undefined ? null : parse(spec.schema, clamped);
    if (repaired) value[name] = repaired.value;
    else if (spec.fallback !== undefined) value[name] = spec.fallback;
    else return null;
  }
  return value as RecordOf<F>;
}

/** The record's fields as a zod shape, every field required (files: the snapshot holds them all). */
export function shapeOf<F extends RecordFields>(fields: F): { [K in keyof F]: F[K]['schema'] } {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, spec.schema])) as { [K in keyof F]: F[K]['schema'] };
}
