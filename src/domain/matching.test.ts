import { describe, expect, it } from 'vitest';
import {
  ACCEPTABLE_PAIRS,
  EXPECTED_PAIRS,
  LEISURE_CARDS,
  LEISURE_ORGANISATIONS,
  NONSENSE_PAIRS,
} from '../../tests/support/leisure-jobs-workshop.ts';
import type { ActorTypeId } from './actor-type.ts';
import type { Link } from './link.ts';
import { MATCHES_FIRST, matchesFor, suggestMatches, type Match, type MatchInput } from './matching.ts';
import type { Card } from './offer-need.ts';

function card(id: string, side: Card['side'], kind: Card['kind'], text: string, valueId: string | null = null): Card {
  return { id, side, kind, text, valueId };
}

function link(id: string, fromId: string, toId: string): Link {
  return { id, fromId, toId, text: 'hjælpe', offerCardId: null };
}

const pairOf = (match: Match) => `${match.offerCardId}>${match.needCardId}`;
const keyOf = ([offer, need]: readonly [string, string]) => `${offer}>${need}`;

describe('matches on the leisure-jobs meeting (8 organisations, 32 cards)', () => {
  const input: MatchInput = { organisations: LEISURE_ORGANISATIONS, cards: LEISURE_CARDS, links: [] };
  const all = suggestMatches(input);
  /** What each organisation sees before "Vis flere". */
  const firstFive = new Map(LEISURE_ORGANISATIONS.map((organisation) => [organisation.id, matchesFor(all, organisation.id).slice(0, MATCHES_FIRST)]));
  const shownCardPairs = new Set([...firstFive.values()].flat().filter((match) => match.reason.code === 'cards').map(pairOf));
  const expected = new Set(EXPECTED_PAIRS.map(keyOf));
  const acceptable = new Set(ACCEPTABLE_PAIRS.map(keyOf));

  it('shows sensible pairs (precision ≥ 0.8) and finds the expected ones (recall ≥ 0.9)', () => {
    // Every suggestion shown first counts; an idea from the patterns alone counts as not sensible (strict).
    const shown = new Set([...firstFive.values()].flat().map((match) => (match.reason.code === 'cards' ? pairOf(match) : match.id)));
    const sensible = [...shown].filter((pair) => expected.has(pair) || acceptable.has(pair));
    const found = [...expected].filter((pair) => shownCardPairs.has(pair));
    const precision = sensible.length / shown.size;
    const recall = found.length / expected.size;
    console.info(`leisure-jobs meeting: ${shown.size} suggestions shown first (${shownCardPairs.size} from cards), precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${found.length} of ${expected.size} expected)`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never suggests a nonsense pair, shown or behind "Vis flere"', () => {
    const everyPair = new Set(all.map(pairOf));
    for (const pair of NONSENSE_PAIRS) expect(everyPair.has(keyOf(pair)), keyOf(pair)).toBe(false);
  });

  it('suggests the job centre\'s guidance on leisure jobs first for the supermarket', () => {
    const [first] = firstFive.get('brugsen') ?? [];
    expect(first).toMatchObject({ fromId: 'jobcenter', toId: 'brugsen', offerCardId: 'j1', needCardId: 's3' });
    expect(first?.reason).toMatchObject({ code: 'cards', words: ['fritidsjob'] });
  });

  it('meets "job" in "fritidsjob": a compound\'s part', () => {
    const match = all.find((candidate) => pairOf(candidate) === 'u1>s3');
    expect(match?.reason).toMatchObject({ code: 'cards', words: ['job'] });
  });

  it('gives every organisation its card matches before the ideas from patterns, the first five covering its cards', () => {
    for (const [orgId, shown] of firstFive) {
      const codes = matchesFor(all, orgId).map((match) => match.reason.code);
      expect(codes.lastIndexOf('cards'), orgId).toBeLessThan(codes.includes('pattern') ? codes.indexOf('pattern') : Number.POSITIVE_INFINITY);
      const ownCards = shown.filter((match) => match.reason.code === 'cards').map((match) => (match.toId === orgId ? match.needCardId : match.offerCardId));
      const cardsWithMatches = new Set(matchesFor(all, orgId).map((match) => (match.toId === orgId ? match.needCardId : match.offerCardId)).filter((id) => id !== null));
      // Each of its cards that has a match at all is among the first five (when it has at most five such cards).
      if (cardsWithMatches.size <= MATCHES_FIRST) expect(new Set(ownCards), orgId).toEqual(cardsWithMatches);
    }
  });
});

describe('suggestMatches', () => {
  const organisations: { id: string; name: string; actorType: ActorTypeId }[] = [
    { id: 'bolig', name: 'Boligselskabet', actorType: 'boligrelaterede-organisationer' },
    { id: 'skole', name: 'Skolen', actorType: 'kommunale-institutioner' },
    { id: 'klub', name: 'Lektieklubben', actorType: 'frivillige-organisationer' },
  ];

  it.each([
    ['the default kind alone never makes a match', card('o', 'offer', 'kompetence', 'Sparring om trivsel'), card('n', 'need', 'kompetence', 'Flere forældre til møderne'), false],
    ['nor does the default kind with the same value', card('o', 'offer', 'kompetence', 'Sparring om trivsel', 'oeget-faglighed'), card('n', 'need', 'kompetence', 'Flere forældre', 'oeget-faglighed'), false],
    ['a room offered meets a room needed, whatever the words', card('o', 'offer', 'lokaler', 'Gymnastiksalen om aftenen'), card('n', 'need', 'lokaler', 'Et sted til lektiecaféen'), true],
    ['money on the kind alone does not: goods are no help to seeking funds', card('o', 'offer', 'penge', 'Overskudsvarer'), card('n', 'need', 'penge', 'Hjælp til at søge fonde'), false],
    ['a rare shared word does, whatever the kinds', card('o', 'offer', 'kompetence', 'Kursus i førstehjælp'), card('n', 'need', 'netvaerk', 'Førstehjælp til trænerne'), true],
    ['a word every card uses does not', card('o', 'offer', 'kompetence', 'Hjælp til unge'), card('n', 'need', 'kompetence', 'Flere unge'), false],
  ] as const)('%s', (_, offer, need, isMatch) => {
    // Filler cards make "unge" common, as it is at a meeting about young people.
    const filler = Array.from({ length: 10 }, (_, index) => card(`f${index}`, 'need', 'penge', `Unge på hold ${index}`));
    const matches = suggestMatches({ organisations, cards: { skole: [offer], klub: [need, ...filler] }, links: [] });
    expect(matches.some((match) => match.offerCardId === 'o' && match.needCardId === 'n')).toBe(isMatch);
  });

  it('ranks a shared word with the same chosen kind and value above a shared word alone', () => {
    const cards = {
      bolig: [card('b', 'offer', 'lokaler', 'Lån af lokaler i beboerhuset', 'adgang-til-flere-ressourcer')],
      skole: [card('s', 'offer', 'kompetence', 'Lokaler til møder')],
      klub: [card('k', 'need', 'lokaler', 'Lokaler til lektiehjælp', 'adgang-til-flere-ressourcer')],
    };
    const matches = suggestMatches({ organisations, cards, links: [] }).filter((match) => match.reason.code === 'cards');
    expect(matches.map(pairOf)).toEqual(['b>k', 's>k']);
    expect(matches[0]?.reason).toMatchObject({ words: ['lokaler'], kind: 'lokaler', valueId: 'adgang-til-flere-ressourcer' });
  });

  it('never matches an organisation with itself, and puts linked pairs last, marked', () => {
    const cards = { bolig: [card('b', 'offer', 'lokaler', 'Lokaler i beboerhuset'), card('b2', 'need', 'lokaler', 'Lokaler til fest')], klub: [card('k', 'need', 'lokaler', 'Lokaler til lektiehjælp')] };
    const matches = suggestMatches({ organisations, cards, links: [link('l', 'bolig', 'klub')] });
    expect(matches.every((match) => match.fromId !== match.toId)).toBe(true);
    const linked = matches.filter((match) => match.isLinked);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((match) => match.fromId === 'bolig' && match.toId === 'klub')).toBe(true);
    expect(matches.slice(-linked.length)).toEqual(linked);
  });

  it('offers the core actor\'s connecting as an idea once the links make it one', () => {
    const many = [...organisations, { id: 'cafe', name: 'Caféen', actorType: 'erhvervsdrivende' as const }];
    const before = suggestMatches({ organisations: many, cards: {}, links: [] });
    expect(before.some((match) => match.reason.code === 'pattern' && match.reason.patternIds.includes('koble-aktoerer'))).toBe(false);
    const after = suggestMatches({ organisations: many, cards: {}, links: [link('1', 'cafe', 'skole'), link('2', 'klub', 'cafe')] });
    const connecting = after.filter((match) => match.reason.code === 'pattern' && match.reason.patternIds.includes('koble-aktoerer'));
    expect(connecting.map((match) => match.fromId)).toEqual(['cafe', 'cafe', 'cafe'].slice(0, connecting.length));
    expect(connecting.length).toBeGreaterThan(0);
  });
});
