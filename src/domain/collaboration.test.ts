import { describe, expect, it } from 'vitest';
import { ACTOR_PATTERNS, openSuggestions, patternsBetween, suggestedCards } from './actor-patterns.ts';
import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';
import { answererOf, checkEnds, endsOf, linkCounts, makerOf, validateLink, validateProposal, type Link } from './link.ts';
import { matchesFor, sharedWords, suggestMatches, type MatchInput } from './matching.ts';
import { CARD_TEXT_MAX, validateCard, type Card } from './offer-need.ts';

function card(id: string, side: Card['side'], kind: Card['kind'], text: string, valueId: string | null = null): Card {
  return { id, side, kind, text, valueId };
}

function link(id: string, fromId: string, toId: string, text = 'hjælpe'): Link {
  return { id, fromId, toId, text, offerCardId: null };
}

describe('validateCard', () => {
  const others = [card('c1', 'offer', 'lokaler', 'Lån af vores sal')];
  it.each([
    ['empty text', { side: 'offer', kind: 'lokaler', text: '   ', valueId: null }, 'card-text-empty'],
    ['too long', { side: 'offer', kind: 'lokaler', text: 'x'.repeat(CARD_TEXT_MAX + 1), valueId: null }, 'text-too-long'],
    ['unknown kind', { side: 'offer', kind: 'kage', text: 'Kage', valueId: null }, 'card-kind-unknown'],
    ['unknown side', { side: 'maybe', kind: 'lokaler', text: 'Kage', valueId: null }, 'card-side-unknown'],
    ['value not in play', { side: 'need', kind: 'lokaler', text: 'Et rum', valueId: 'tryghed' }, 'value-missing'],
    ['same text on the same side', { side: 'offer', kind: 'penge', text: '  lån AF vores   sal ', valueId: null }, 'card-taken'],
  ])('refuses %s', (_name, draft, code) => {
    const result = validateCard(draft, ['bredere-maalgruppe'], others);
    expect(result.ok ? 'accepted' : result.problem.code).toBe(code);
  });

  it('accepts a trimmed card, and the same text as a need', () => {
    expect(validateCard({ side: 'need', kind: 'lokaler', text: '  Lån af  vores sal ', valueId: 'bredere-maalgruppe' }, ['bredere-maalgruppe'], others)).toEqual({
      ok: true,
      value: { side: 'need', kind: 'lokaler', text: 'Lån af vores sal', valueId: 'bredere-maalgruppe' },
    });
  });
});

describe('validateLink', () => {
  const orgs = ['a', 'b', 'c'];
  it.each([
    ['a link to itself', { fromId: 'a', toId: 'a', text: 'at hjælpe', offerCardId: null }, 'link-self'],
    ['an unknown giver', { fromId: 'x', toId: 'a', text: 'at hjælpe', offerCardId: null }, 'organisation-missing'],
    ['an unknown receiver', { fromId: 'a', toId: 'x', text: 'at hjælpe', offerCardId: null }, 'organisation-missing'],
    ['no text', { fromId: 'a', toId: 'b', text: ' ', offerCardId: null }, 'link-text-empty'],
    ['the same link twice', { fromId: 'a', toId: 'b', text: 'Låne  lokaler', offerCardId: null }, 'link-duplicate'],
  ])('refuses %s', (_name, draft, code) => {
    const result = validateLink(draft, orgs, [link('l1', 'a', 'b', 'låne lokaler')]);
    expect(result.ok ? 'accepted' : result.problem.code).toBe(code);
  });

  it('accepts the reverse link and another text between the same two', () => {
    const existing = [link('l1', 'a', 'b', 'låne lokaler')];
    expect(validateLink({ fromId: 'b', toId: 'a', text: 'låne lokaler', offerCardId: null }, orgs, existing).ok).toBe(true);
    expect(validateLink({ fromId: 'a', toId: 'b', text: 'give kaffe', offerCardId: null }, orgs, existing).ok).toBe(true);
  });
});

describe('linkCounts', () => {
  it('counts links made and received per organisation, zero for those without', () => {
    const counts = linkCounts(['a', 'b', 'c', 'd'], [link('1', 'a', 'b'), link('2', 'a', 'c'), link('3', 'b', 'a'), link('4', 'c', 'b', 'andet')]);
    expect(counts).toEqual({ a: { out: 2, in: 1 }, b: { out: 1, in: 2 }, c: { out: 1, in: 1 }, d: { out: 0, in: 0 } });
  });
});

describe('actor patterns', () => {
  it('suggest at least one card to every actor type, offers before needs', () => {
    for (const type of ACTOR_TYPE_IDS) {
      const cards = suggestedCards(type);
      expect(cards.length, type).toBeGreaterThan(0);
      const sides = cards.map((suggestion) => suggestion.side);
      expect(sides, type).toEqual([...sides].sort((a, b) => (a === b ? 0 : a === 'offer' ? -1 : 1)));
    }
  });

  it('follow the handbook: housing organisations lend premises to volunteer organisations, businesses sponsor them', () => {
    expect(patternsBetween('boligrelaterede-organisationer', 'frivillige-organisationer').map((pattern) => pattern.id)).toContain('lokaler');
    expect(patternsBetween('erhvervsdrivende', 'frivillige-organisationer').map((pattern) => pattern.id)).toEqual(['sponsorat']);
    expect(patternsBetween('beboerdrevne-foreninger', 'kommunale-institutioner').map((pattern) => pattern.id)).toEqual(['lokalkendskab']);
  });

  it('never pair a type with a pattern it both offers and needs', () => {
    for (const pattern of ACTOR_PATTERNS) expect(pattern.offerBy.filter((type) => pattern.needBy.includes(type)), pattern.id).toEqual([]);
  });

  it('drop the suggestions an organisation has settled', () => {
    const all = suggestedCards('erhvervsdrivende').map((suggestion) => suggestion.id);
    expect(openSuggestions('erhvervsdrivende', [all[0] ?? '']).map((suggestion) => suggestion.id)).toEqual(all.slice(1));
  });
});

describe('suggestMatches', () => {
  const organisations: { id: string; name: string; actorType: ActorTypeId }[] = [
    { id: 'bolig', name: 'Boligselskabet', actorType: 'boligrelaterede-organisationer' },
    { id: 'skole', name: 'Skolen', actorType: 'kommunale-institutioner' },
    { id: 'klub', name: 'Lektieklubben', actorType: 'frivillige-organisationer' },
  ];
  const cards: MatchInput['cards'] = {
    bolig: [card('b-offer', 'offer', 'lokaler', 'Lån af lokaler i beboerhuset', 'adgang-til-flere-ressourcer'), card('b-need', 'need', 'kompetence', 'Viden om trivsel')],
    skole: [card('s-offer', 'offer', 'lokaler', 'Gymnastiksalen om aftenen'), card('s-need', 'need', 'lokaler', 'Et lokale til forældremøder')],
    klub: [card('k-need', 'need', 'lokaler', 'Lokaler til lektiehjælp', 'adgang-til-flere-ressourcer'), card('k-offer', 'offer', 'kompetence', 'Frivillige med viden om trivsel')],
  };

  it('ranks an offer meeting a need of the same kind and value, with shared words, first', () => {
    const matches = suggestMatches({ organisations, cards, links: [] });
    const first = matches[0];
    expect(first?.fromId).toBe('bolig');
    expect(first?.toId).toBe('klub');
    expect(first?.reason).toMatchObject({ code: 'cards', valueId: 'adgang-til-flere-ressourcer', words: ['lokaler'] });
    // Card matches come before every pattern match.
    const firstPattern = matches.findIndex((match) => match.reason.code === 'pattern');
    const lastCard = matches.map((match) => match.reason.code).lastIndexOf('cards');
    expect(lastCard).toBeLessThan(firstPattern);
  });

  it('matches only cards of the same kind, and never an organisation with itself', () => {
    const matches = suggestMatches({ organisations, cards, links: [] });
    expect(matches.every((match) => match.fromId !== match.toId)).toBe(true);
    const cardPairs = matches.filter((match) => match.reason.code === 'cards').map((match) => `${match.offerCardId}>${match.needCardId}`);
    expect(cardPairs.sort()).toEqual(['b-offer>k-need', 'b-offer>s-need', 'k-offer>b-need', 's-offer>k-need'].sort());
  });

  it('adds one pattern match per pair of actor types, without the kinds the cards already match on', () => {
    const matches = suggestMatches({ organisations, cards, links: [] });
    const patterns = Object.fromEntries(
      matches.flatMap((match) => (match.reason.code === 'pattern' ? [[`${match.fromId}>${match.toId}`, match.reason.patternIds]] : [])),
    );
    // bolig → klub on premises is covered by the cards; the network and the target groups are not.
    expect(patterns['bolig>klub']).toEqual(['lokalkendskab', 'koble-aktoerer']);
    expect(patterns['bolig>skole']).toEqual(['lokalkendskab', 'koble-aktoerer']);
    expect(patterns['klub>bolig']).toEqual(['frivillige-kraefter']);
    // The school lends premises to the club by its card, so only the professional knowledge is left.
    expect(patterns['skole>klub']).toEqual(['faglig-viden']);
  });

  it('puts pairs that are already linked last and marks them', () => {
    const matches = suggestMatches({ organisations, cards, links: [link('l', 'bolig', 'klub')] });
    const linked = matches.filter((match) => match.isLinked);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((match) => match.fromId === 'bolig' && match.toId === 'klub')).toBe(true);
    expect(matches.slice(-linked.length)).toEqual(linked);
  });

  it('lists an organisation\'s matches as giver or receiver', () => {
    const forSchool = matchesFor(suggestMatches({ organisations, cards, links: [] }), 'skole');
    expect(forSchool.length).toBeGreaterThan(0);
    expect(forSchool.every((match) => match.fromId === 'skole' || match.toId === 'skole')).toBe(true);
  });

  it('finds shared words by their stem, ignoring short and common words', () => {
    expect(sharedWords('Lån af vores lokaler', 'Et lokale til os')).toEqual(['lokaler']);
    expect(sharedWords('Vi vil gerne have hjælp', 'gerne have det')).toEqual([]);
  });
});

describe('proposals: ends, maker and the organisation asked', () => {
  it.each<[string, { makerId: string; fromId: string | null; toId: string }, string | null, string | null]>([
    ['"Vi kan styrke B" by A', { makerId: 'A', fromId: null, toId: 'B' }, null, 'B'],
    ['"B kan styrke os" by A', { makerId: 'A', fromId: 'B', toId: 'A' }, null, 'B'],
    ['a link to itself', { makerId: 'A', fromId: null, toId: 'A' }, 'link-self', null],
    ['a link between two others', { makerId: 'A', fromId: 'B', toId: 'C' }, 'link-not-own', null],
    ['a link to an organisation not in the workshop', { makerId: 'A', fromId: null, toId: 'Z' }, 'organisation-missing', null],
  ])('%s', (_name, { makerId, ...record }, refused, asked) => {
    const ends = endsOf(makerId, record);
    const checked = checkEnds(ends, ['A', 'B', 'C']);
    expect(checked.ok ? null : checked.problem.code).toBe(refused);
    if (asked !== null) expect(answererOf(ends)).toBe(asked);
  });

  it('takes a link\'s maker from its proposer, or else the organisation that strengthens', () => {
    expect(makerOf({ fromId: 'A', proposedBy: 'B' })).toBe('B');
    expect(makerOf({ fromId: 'A' })).toBe('A');
  });

  it.each<[string, { fromId: string; toId: string }, string | null]>([
    ['the proposer strengthens', { fromId: 'A', toId: 'B' }, null],
    ['the proposer is strengthened', { fromId: 'B', toId: 'A' }, null],
    ['the proposer is neither', { fromId: 'B', toId: 'C' }, 'link-not-own'],
    ['the proposer proposes to itself', { fromId: 'A', toId: 'A' }, 'link-self'],
  ])('validateProposal: %s', (_name, ends, refused) => {
    const result = validateProposal({ ...ends, text: 'hjælpe', offerCardId: null }, 'A', ['A', 'B', 'C'], []);
    expect(result.ok ? null : result.problem.code).toBe(refused);
  });
});
