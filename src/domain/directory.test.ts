import { describe, expect, it } from 'vitest';
import {
  buildDirectory,
  directoryKey,
  editDistance,
  EMPTY_PROFILE,
  foldText,
  isSameOrganisation,
  mergeAssignments,
  mergeProfiles,
  organisationKey,
  ownEntryId,
  sightingRef,
  suggestEntries,
  type Sighting,
} from './directory.ts';

describe('foldText', () => {
  it.each([
    ['Beboerhuset Ådalen', 'beboerhuset aadalen'],
    ['  Café   Nord! ', 'cafe nord'],
    ['Læsehjælp & Lektiecafé', 'laesehjaelp og lektiecafe'],
    ['Møllevangen-Klubben', 'moellevangen klubben'],
    ['Boligselskabet A/S', 'boligselskabet as'],
  ])('%s → %s', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });
});

describe('organisationKey', () => {
  it.each([
    ['Netto, afd. Gellerup', 'netto gellerup'],
    ['Netto afdeling Gellerup', 'netto gellerup'],
    ['NETTO  Gellerup', 'netto gellerup'],
    ['Byens Bageri ApS', 'byens bageri'],
    ['Brabrand Boligforening afd. 5', 'brabrand boligforening 5'],
  ])('%s → %s', (name, key) => {
    expect(organisationKey(name)).toBe(key);
  });
});

describe('editDistance', () => {
  it.each([
    ['bibliotek', 'bibliotek', 0],
    ['bibliotek', 'biblioteket', 2],
    ['bibliotek', 'bilbiotek', 1],
    ['kirke', 'kirken', 1],
    ['abc', 'xyz', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops above the limit', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});

describe('isSameOrganisation', () => {
  it.each<[string, string, boolean]>([
    ['Netto, afd. Gellerup', 'netto gellerup', true],
    ['Netto afd Gellerup', 'Netto - Gellerup', true],
    ['Hasle Bibliotek', 'Hasle Bilbiotek', true],
    ['Beboerforeningen Nordvest', 'Beboerforeningen Nordvst', true],
    ['Lokalcenter Ådalen', 'Lokalcenter Aadalen', true],
    ['Ungdomsskolen', 'Ungdomsskole', true],
    ['Kirkens Korshær', 'Kirkens  Korshær.', true],
    ['Netto', 'Netto, afd. Gellerup', true],
    ['Hasle Bibliotek', 'Hasle bibliotek, afd. Hasle', true],
    ['Netto, afd. Gellerup', 'Netto, afd. Hasle', false],
    ['Brabrand Boligforening', 'Brabrand Boligforening afd. 5', false],
    ['Klub 1', 'Klub 2', false],
    ['Brabrand Boligforening afd. 5', 'Brabrand Boligforening afd. 6', false],
    ['Netto', 'Fakta', false],
    ['SSP', 'SFO', false],
    ['Hasle Bibliotek', 'Hasle Skole', false],
    ['', '', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(isSameOrganisation(a, b)).toBe(same);
    expect(isSameOrganisation(b, a)).toBe(same);
  });
});

function sighting(workshopId: string, organisationId: string, name: string, date: string, extra: Partial<Sighting> = {}): Sighting {
  return { workshopId, workshopTitle: `Møde ${workshopId}`, workshopDate: date, organisationId, name, actorType: 'frivillige-organisationer', contact: '', offers: [], needs: [], ...extra };
}

describe('buildDirectory', () => {
  const spring = sighting('w1', 'o1', 'Hasle Bibliotek', '2026-03-01', { offers: ['Lokaler om aftenen'], contact: 'Ane, 1234' });
  const autumn = sighting('w2', 'o7', 'hasle bilbiotek', '2026-09-01', { offers: ['Lektiehjælp'] });
  const club = sighting('w2', 'o8', 'Ungdomsklubben', '2026-09-01');

  it('recognises one organisation across workshops, newest name first, with both workshops', () => {
    const entries = buildDirectory([spring, autumn, club], {}, {});
    expect(entries.map((entry) => entry.name)).toEqual(['hasle bilbiotek', 'Ungdomsklubben']);
    const library = entries[0];
    expect(library?.sightings.map((member) => member.workshopId)).toEqual(['w2', 'w1']);
    expect(library?.contact).toBe('Ane, 1234');
  });

  it('merges two entries and splits them again', () => {
    const before = buildDirectory([spring, club], {}, {});
    const [library, youthClub] = before;
    if (!library || !youthClub) throw new Error('two entries expected');
    const merged = buildDirectory([spring, club], mergeAssignments(library, youthClub), {});
    expect(merged).toHaveLength(1);
    expect(merged[0]?.id).toBe(library.id);
    expect(merged[0]?.sightings).toHaveLength(2);
    const split = buildDirectory([spring, club], { ...mergeAssignments(library, youthClub), [sightingRef(club)]: ownEntryId(sightingRef(club)) }, {});
    expect(split.map((entry) => entry.sightings.length)).toEqual([1, 1]);
  });

  it('keeps a sighting taken out apart from names that match', () => {
    const entries = buildDirectory([spring, autumn], { [sightingRef(autumn)]: ownEntryId(sightingRef(autumn)) }, {});
    expect(entries).toHaveLength(2);
  });

  it('uses the profile, its contact before the workshops', () => {
    const id = buildDirectory([spring], {}, {})[0]?.id ?? '';
    const [entry] = buildDirectory([spring], {}, { [id]: { ...EMPTY_PROFILE, purpose: 'Bøger og lån', contact: 'Bo' } });
    expect(entry?.profile.purpose).toBe('Bøger og lån');
    expect(entry?.contact).toBe('Bo');
  });

  it('gives one key to an organisation across workshops, merges included, and the fallback to one it has not seen', () => {
    const renamed = sighting('w3', 'o9', 'Ungdomsklubben i Hasle', '2026-10-01');
    const [library, youthClub] = buildDirectory([spring, club], {}, {});
    if (!library || !youthClub) throw new Error('two entries expected');
    // The club came back under another name; the facilitator merged the two in the directory.
    const entries = buildDirectory([spring, autumn, club, renamed], mergeAssignments(youthClub, buildDirectory([renamed], {}, {})[0] ?? youthClub), {});
    const keyOf = directoryKey(entries, (organisation) => organisation.name);
    expect(keyOf({ id: 'o1', name: 'Hasle Bibliotek' }, 'w1')).toBe(keyOf({ id: 'o7', name: 'hasle bilbiotek' }, 'w2'));
    expect(keyOf({ id: 'o8', name: 'Ungdomsklubben' }, 'w2')).toBe(keyOf({ id: 'o9', name: 'Ungdomsklubben i Hasle' }, 'w3'));
    expect(keyOf({ id: 'o1', name: 'Hasle Bibliotek' }, 'w1')).not.toBe(keyOf({ id: 'o8', name: 'Ungdomsklubben' }, 'w2'));
    expect(keyOf({ id: 'ny', name: 'Netto' }, 'w4')).toBe('name:Netto');
  });

  it('gives the same ids whatever the order of the sightings', () => {
    const ids = (list: Sighting[]) => buildDirectory(list, {}, {}).map((entry) => entry.id);
    expect(ids([autumn, club, spring])).toEqual(ids([spring, autumn, club]));
  });
});

describe('mergeProfiles', () => {
  it('keeps the target answers and fills the empty ones', () => {
    expect(mergeProfiles({ ...EMPTY_PROFILE, purpose: 'A' }, { ...EMPTY_PROFILE, purpose: 'B', premises: 'Sal' })).toEqual({ ...EMPTY_PROFILE, purpose: 'A', premises: 'Sal' });
  });
});

describe('suggestEntries', () => {
  const entries = buildDirectory([sighting('w1', 'o1', 'Hasle Bibliotek', ''), sighting('w1', 'o2', 'Netto, afd. Hasle', ''), sighting('w1', 'o3', 'Hasle Skole', '')], {}, {});
  it.each([
    ['has', ['Hasle Bibliotek', 'Hasle Skole', 'Netto, afd. Hasle']],
    ['skole', ['Hasle Skole']],
    ['netto', ['Netto, afd. Hasle']],
    ['hasle bilbiotek', ['Hasle Bibliotek']],
    ['h', []],
    ['Fakta', []],
  ])('%s → %o', (typed, names) => {
    expect(suggestEntries(entries, typed).map((entry) => entry.name)).toEqual(names);
  });
});
