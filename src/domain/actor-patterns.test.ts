import { describe, expect, it } from 'vitest';
import { ACTOR_PATTERNS, coreActorIds, findSuggestion, openSuggestions, patternsBetween, suggestedCards, type PatternEnd } from './actor-patterns.ts';
import { ACTOR_TYPE_IDS, type ActorTypeId } from './actor-type.ts';

const end = (actorType: ActorTypeId, isCore = false): PatternEnd => ({ actorType, isCore });
const between = (from: PatternEnd, to: PatternEnd) => patternsBetween(from, to).map((pattern) => pattern.id);
const byId = (id: string) => ACTOR_PATTERNS.find((pattern) => pattern.id === id);

/*
 * Each pattern against the statement of the handbook's page "Inspiration: mønstre i hvem der kan
 * understøtte hvem" it follows (quoted in short), or marked as our own reading.
 */
describe('actor patterns follow the handbook', () => {
  it('Bredere målgruppe: resident-run associations and housing organisations share local knowledge with organisations from outside', () => {
    expect(between(end('beboerdrevne-foreninger'), end('kommunale-institutioner'))).toContain('lokalkendskab');
    expect(between(end('boligrelaterede-organisationer'), end('erhvervsdrivende'))).toContain('lokalkendskab');
    expect(byId('lokalkendskab')?.valueId).toBe('bredere-maalgruppe');
  });

  it('Øget faglighed: organisations with a specialised field (health, education) are the ones keen to gain competence', () => {
    const faglig = byId('faglig-viden');
    const naerhed = byId('naerhed');
    expect(faglig?.needBy).toEqual(['kommunale-institutioner', 'andre-aktoerer']);
    expect(naerhed?.needBy).toEqual(['kommunale-institutioner', 'andre-aktoerer']);
    // Not the volunteer organisations or resident-run associations, as the patterns had it before.
    for (const type of ['frivillige-organisationer', 'beboerdrevne-foreninger'] as const) {
      expect(between(end('kommunale-institutioner'), end(type)), type).not.toContain('faglig-viden');
    }
    expect([faglig?.valueId, naerhed?.valueId]).toEqual(['oeget-faglighed', 'oeget-faglighed']);
  });

  it('Øget faglighed: specialists and organisations close to citizens, resident associations and housing organisations too, lift others', () => {
    expect(between(end('kommunale-institutioner'), end('andre-aktoerer'))).toContain('faglig-viden');
    for (const type of ['frivillige-organisationer', 'beboerdrevne-foreninger', 'boligrelaterede-organisationer'] as const) {
      expect(between(end(type), end('kommunale-institutioner')), type).toContain('naerhed');
    }
  });

  it('Stærkere samarbejdsgrundlag: the core actor is a position in the network, not an actor type', () => {
    expect(byId('koble-aktoerer')?.offerBy).toBe('core');
    expect(byId('koble-aktoerer')?.valueId).toBe('staerkere-samarbejdsgrundlag');
    // A housing organisation is no core actor by its type alone …
    expect(between(end('boligrelaterede-organisationer'), end('frivillige-organisationer'))).not.toContain('koble-aktoerer');
    // … and any organisation is one by its ties; it connects the others, and needs no connecting itself.
    expect(between(end('erhvervsdrivende', true), end('frivillige-organisationer'))).toContain('koble-aktoerer');
    expect(between(end('frivillige-organisationer'), end('erhvervsdrivende', true))).not.toContain('koble-aktoerer');
    expect(suggestedCards('erhvervsdrivende', true).map((card) => card.id)).toContain('koble-aktoerer.offer');
    expect(suggestedCards('erhvervsdrivende', true).map((card) => card.id)).not.toContain('koble-aktoerer.need');
    expect(suggestedCards('boligrelaterede-organisationer').map((card) => card.id)).not.toContain('koble-aktoerer.offer');
  });

  it('Større socialt ansvar: resident-run associations know what residents ask for; businesses want a social profile', () => {
    expect(between(end('beboerdrevne-foreninger'), end('erhvervsdrivende'))).toContain('beboernes-oensker');
    expect(byId('beboernes-oensker')?.valueId).toBe('stoerre-socialt-ansvar');
    // Our own reading: a business's jobs and internships for the area's young people.
    expect(byId('job-og-praktik')).toMatchObject({ offerBy: ['erhvervsdrivende'], kind: 'job', valueId: 'stoerre-socialt-ansvar' });
  });

  it('Adgang til flere ressourcer: helhedsplaner and municipal institutions lend premises, businesses sponsor, volunteers give time', () => {
    expect(between(end('boligrelaterede-organisationer'), end('frivillige-organisationer'))).toContain('lokaler');
    expect(between(end('kommunale-institutioner'), end('beboerdrevne-foreninger'))).toContain('lokaler');
    expect(between(end('erhvervsdrivende'), end('frivillige-organisationer'))).toContain('sponsorat');
    expect(byId('frivillige-kraefter')?.valueId).toBe('adgang-til-flere-ressourcer');
    for (const id of ['lokaler', 'sponsorat'] as const) expect(byId(id)?.valueId, id).toBe('adgang-til-flere-ressourcer');
  });
});

describe('coreActorIds', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const link = (fromId: string, toId: string) => ({ fromId, toId });

  it.each([
    ['no links, no core', [], []],
    ['one tie is not yet a position', [link('a', 'b')], []],
    ['the organisation with most partners, either way', [link('a', 'b'), link('c', 'a'), link('b', 'c'), link('a', 'd')], ['a']],
    ['two links to the same partner are one tie', [link('a', 'b'), link('b', 'a'), link('a', 'c'), link('c', 'b')], ['a', 'b', 'c']],
    ['the one linked to two others', [link('a', 'b'), link('b', 'a'), link('c', 'b')], ['b']],
    ['a tie for most: both', [link('a', 'b'), link('a', 'c'), link('d', 'b'), link('d', 'c')], ['a', 'b', 'c', 'd']],
  ] as const)('%s', (_, links, core) => {
    expect(coreActorIds(ids, links)).toEqual(core);
  });
});

describe('suggested cards', () => {
  it('suggest at least one card to every actor type, offers before needs', () => {
    for (const type of ACTOR_TYPE_IDS) {
      const cards = suggestedCards(type);
      expect(cards.length, type).toBeGreaterThan(0);
      const sides = cards.map((suggestion) => suggestion.side);
      expect(sides, type).toEqual([...sides].sort((a, b) => (a === b ? 0 : a === 'offer' ? -1 : 1)));
    }
  });

  it('drop the suggestions an organisation has settled', () => {
    const all = suggestedCards('erhvervsdrivende').map((suggestion) => suggestion.id);
    expect(openSuggestions('erhvervsdrivende', [all[0] ?? '']).map((suggestion) => suggestion.id)).toEqual(all.slice(1));
  });

  it('find the core actor\'s suggestion only while it is one', () => {
    expect(findSuggestion('erhvervsdrivende', 'koble-aktoerer.offer', true)).toBeDefined();
    expect(findSuggestion('erhvervsdrivende', 'koble-aktoerer.offer')).toBeUndefined();
  });
});
