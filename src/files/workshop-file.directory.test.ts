import { describe, expect, it } from 'vitest';
import { DIRECTORY_SCHEMA_VERSION, EMPTY_PROFILE, type DirectoryPart } from '../domain/directory.ts';
import type { Result } from '../domain/result.ts';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { withoutPlace } from './file-place.ts';
import { parseWorkshopFile, parseWorkshopFileWithDirectory, serializeWorkshopFile, withoutContacts, WORKSHOP_FILE_VERSION } from './workshop-file.ts';

const EXPORTED_AT = new Date('2026-11-22T14:00:00.000Z');

function workshop(): Workshop {
  const made = blankWorkshop('ws-1', 'Møde');
  made.organisations = [
    { id: 'org-a', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Ib, 1234' },
    { id: 'org-b', name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' },
  ];
  return made;
}

const PART: DirectoryPart = {
  version: DIRECTORY_SCHEMA_VERSION,
  profiles: { 'auto:cafe nord': { ...EMPTY_PROFILE, premises: 'Café med 40 pladser', contact: 'Ib' } },
  assignments: { 'ws-1/org-b': 'auto:cafe nord' },
};

function problemOf(result: Result<unknown>) {
  if (result.ok) throw new Error('the file was accepted');
  return withoutPlace(result.problem);
}

/** The file as JSON, changed by `change`. */
function edited(change: (file: Record<string, unknown>) => void, directory: DirectoryPart | null = PART): string {
  const file = JSON.parse(serializeWorkshopFile([workshop()], EXPORTED_AT, directory ?? undefined)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('the directory in a workshop file', () => {
  it('travels with the workshops', () => {
    const parsed = parseWorkshopFileWithDirectory(serializeWorkshopFile([workshop()], EXPORTED_AT, PART));
    expect(parsed).toEqual({ ok: true, value: { workshops: [workshop()], directory: PART } });
  });

  it('4 → 5 (directory-part): a version-4 file without a directory still reads, with none', () => {
    const older = edited((file) => Object.assign(file, { version: 4 }), null);
    const parsed = parseWorkshopFileWithDirectory(older);
    expect(parsed.ok && parsed.value.directory).toBeNull();
    expect(parsed.ok && parsed.value.workshops).toEqual([workshop()]);
    expect(JSON.parse(edited(() => {}))).toMatchObject({ version: WORKSHOP_FILE_VERSION });
  });

  it('refuses a directory from a newer app as a newer file', () => {
    const newer = edited((file) => Object.assign(file, { directory: { ...PART, version: DIRECTORY_SCHEMA_VERSION + 1 } }));
    expect(problemOf(parseWorkshopFile(newer))).toEqual({ code: 'file-newer-version', params: { version: DIRECTORY_SCHEMA_VERSION + 1, supported: DIRECTORY_SCHEMA_VERSION } });
  });

  it.each<[string, (part: Record<string, unknown>) => void, string]>([
    ['a profile answer that is not text', (part) => Object.assign(part, { profiles: { x: { ...EMPTY_PROFILE, purpose: 3 } } }), 'file-field-wrong-type'],
    ['a profile answer far too long', (part) => Object.assign(part, { profiles: { x: { ...EMPTY_PROFILE, purpose: 'a'.repeat(501) } } }), 'file-field-too-long'],
    ['an assignment that is no text', (part) => Object.assign(part, { assignments: { 'ws-1/org-a': 7 } }), 'file-field-wrong-type'],
  ])('refuses %s', (_case, change, code) => {
    const text = edited((file) => change(file.directory as Record<string, unknown>));
    expect(problemOf(parseWorkshopFile(text)).code).toBe(code);
  });
});

describe('withoutContacts', () => {
  it('empties every contact person and leaves the rest', () => {
    const [stripped] = withoutContacts([workshop()]);
    expect(stripped?.organisations.map((organisation) => organisation.contact)).toEqual(['', '']);
    expect(stripped?.organisations.map((organisation) => organisation.name)).toEqual(['Café Nord', 'Ældresagen']);
    expect(workshop().organisations[0]?.contact).toBe('Ib, 1234');
  });
});
