import { describe, expect, it } from 'vitest';
import type { Workshop } from '../domain/workshop.ts';
import { problemText } from '../i18n/translate.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';
import { createRichWorkshop } from '../../tests/support/rich-workshop.ts';
import { parseWorkshopFile, serializeWorkshopFile, WORKSHOP_FILE_MAX_BYTES } from './workshop-file.ts';

/*
 * 1,000 broken files, the same every run (a seeded generator): mutated values, mutated text, cut-off
 * files, wrong and newer versions, files over the size limit. Reading one never throws, a refusal
 * always comes with a complete Danish message, and the workshops already on the device never change.
 */

const { track } = useFreshDevice();
const RUNS = 1_000;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', ' ', 'x'.repeat(5_000), '../setup', '2026-02-30', '#zzzzzz', [], {}, [null], { a: 1 }, '🎉', 'opsamling', 'org-a'];

/** Every path to a value inside `root`. */
function paths(root: unknown, at: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  found.push(at);
  if (Array.isArray(root)) root.forEach((item, index) => paths(item, [...at, index], found));
  else if (typeof root === 'object' && root !== null) for (const [key, item] of Object.entries(root)) paths(item, [...at, key], found);
  return found;
}

/** Changes one value somewhere in the file: replaces it, deletes it, or copies a sibling over it. */
function mutateValue(random: Random, file: Record<string, unknown>): string {
  const path = pick(random, paths(file).filter((candidate) => candidate.length > 0));
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const parent = parentPath.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], file) as Record<string | number, unknown>;
  const move = random();
  if (move < 0.4) parent[key] = pick(random, ODD_VALUES);
  else if (move < 0.6) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (move < 0.8 && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  else parent[key] = typeof parent[key] === 'string' ? `${String(parent[key])}${'ø'.repeat(Math.floor(random() * 300))}` : pick(random, ODD_VALUES);
  return JSON.stringify(file);
}

/** Changes the text itself: a character changed, a stretch removed or junk put in. */
function mutateText(random: Random, text: string): string {
  const at = Math.floor(random() * text.length);
  const move = random();
  if (move < 0.33) return `${text.slice(0, at)}${pick(random, ['{', '}', '"', ',', ':', '\\', ']', '\u0000', 'æ'])}${text.slice(at + 1)}`;
  if (move < 0.66) return `${text.slice(0, at)}${text.slice(at + 1 + Math.floor(random() * 200))}`;
  return `${text.slice(0, at)}${pick(random, ['null', '[]', '{"a":', '""', '1e999', 'NaN'])}${text.slice(at)}`;
}

function brokenFile(random: Random, index: number, text: string): string {
  const file = (): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;
  switch (index % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return mutateValue(random, file());
    case 4:
    case 5:
      return mutateText(random, text);
    case 6:
      return text.slice(0, Math.floor(random() * text.length));
    case 7:
      return JSON.stringify({ ...file(), version: pick(random, [0, -1, 1.5, '1', null, 'v2', [], undefined]) });
    case 8:
      return JSON.stringify({ ...file(), version: 2 + Math.floor(random() * 1_000) });
    default:
      // Over the limit every tenth time (a 20 MB string is costly to build), else a wrong label.
      return index % 100 === 9
        ? text + ' '.repeat(WORKSHOP_FILE_MAX_BYTES - text.length + 1 + Math.floor(random() * 1_000))
        : JSON.stringify({ ...file(), format: pick(random, ['vaerdispillet', '', null, 'vaerdispillet-workshop ', 7]) });
  }
}

describe('fuzz: 1,000 broken workshop files', () => {
  it('never throws, always says what is wrong in Danish, and never changes the workshops on the device', async () => {
    const repository = await bootRepository(track);
    const existing = await createRichWorkshop(repository);
    const text = serializeWorkshopFile([existing], new Date('2026-11-22T14:00:00.000Z'));
    const random = seeded(20261122);
    const accepted: Workshop[][] = [];
    const codes = new Map<string, number>();

    for (let index = 0; index < RUNS; index++) {
      const broken = brokenFile(random, index, text);
      let result: ReturnType<typeof parseWorkshopFile> | undefined;
      expect(() => (result = parseWorkshopFile(broken)), `input ${index}`).not.toThrow();
      if (!result) continue;
      if (result.ok) {
        accepted.push(result.value);
        continue;
      }
      codes.set(result.problem.code, (codes.get(result.problem.code) ?? 0) + 1);
      const message = problemText('da', result.problem);
      expect(message.length, `input ${index}`).toBeGreaterThan(10);
      expect(message, `input ${index}`).not.toMatch(/\{\w+\}|undefined/u);
    }

    // Some mutations leave a valid file (another example text, say): import those beside the original.
    for (const workshops of accepted) value(await repository.importWorkshops(workshops, 'keep-both', (title) => `${title} (importeret)`));

    const session = track((await repository.open(existing.id)) ?? never());
    expect(session.getSnapshot()).toEqual(existing);
    expect(repository.catalogue.list()).toHaveLength(1 + accepted.reduce((sum, workshops) => sum + workshops.length, 0));
    // Every kind of refusal was met.
    for (const code of ['file-too-big', 'file-not-json', 'file-truncated', 'file-not-workshop', 'file-version-unknown', 'file-newer-version', 'file-field-invalid', 'file-field-missing', 'file-field-wrong-type']) {
      expect(codes.get(code), code).toBeGreaterThan(0);
    }
  }, 120_000);
});

function never(): never {
  throw new Error('expected a value');
}
