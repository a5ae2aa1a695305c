import { describe, expect, it } from 'vitest';
import { answererOf, checkEnds, endsOf, linkCounts, makerOf, validateLink, validateProposal, type Link } from './link.ts';
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
