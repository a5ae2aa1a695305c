import MiniSearch from 'minisearch';
import { foldText, type DirectoryEntry } from '../../domain/directory.ts';

/** A search term as indexed and as typed: folded the Danish way (æ → ae, å → aa, no accents), lower case. */
export function searchTerm(term: string): string | null {
  const folded = foldText(term);
  return folded === '' ? null : folded;
}

interface Indexed {
  id: string;
  name: string;
  names: string;
  cards: string;
  profile: string;
}

/**
 * Searching the directory: by name first, then what the organisation offered and asked for and its
 * profile. Forgiving of typos (an edit or two, by the word's length) and of words typed half.
 */
export function searchEntries(entries: readonly DirectoryEntry[]): (query: string) => DirectoryEntry[] {
  const index = new MiniSearch<Indexed>({
    fields: ['name', 'names', 'cards', 'profile'],
    processTerm: searchTerm,
    searchOptions: { boost: { name: 3, names: 2 }, fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0), prefix: true, combineWith: 'AND' },
  });
  index.addAll(
    entries.map((entry) => ({
      id: entry.id,
      name: entry.name,
      names: entry.sightings.map((sighting) => sighting.name).join(' '),
      cards: entry.sightings.flatMap((sighting) => [...sighting.offers, ...sighting.needs]).join(' '),
      profile: Object.entries(entry.profile)
        .filter(([field]) => field !== 'contact')
        .map(([, text]) => text)
        .join(' '),
    })),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (query) => {
    if (query.trim() === '') return [...entries];
    return index.search(query).flatMap((hit) => byId.get(String(hit.id)) ?? []);
  };
}
