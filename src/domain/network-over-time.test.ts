import { describe, expect, it } from 'vitest';
import type { ActorTypeId } from './actor-type.ts';
import type { Agreement, CollaborationForm } from './agreement.ts';
import { compareNetworks, meetingNetwork, nameKey, networkMeasures, sectorOf, sideActors, strongestForm, type OrganisationKey } from './network-over-time.ts';
import { blankWorkshop, type Workshop } from './workshop.ts';

function org(id: string, name: string, actorType: ActorTypeId) {
  return { id, name, actorType, contact: '' };
}

function agreement(id: string, organisationIds: string[], form: CollaborationForm): Agreement {
  const [coordinatorId = ''] = organisationIds;
  return { id, what: 'Noget sammen', organisationIds, coordinatorId, firstStep: '', date: '', form, followUpDate: '', linkId: null, status: null, statusNote: '' };
}

function link(id: string, fromId: string, toId: string) {
  return { id, fromId, toId, text: 'hjælpe', offerCardId: null };
}

/*
 * The hand-computed example. The later meeting ("efter", 2026-11-01) has six organisations:
 *   A Beboerforeningen  beboerdrevne forening   → civil
 *   B Skolen            kommunal institution    → public
 *   C Købmanden         erhvervsdrivende        → private
 *   D Boligselskabet    boligrelateret          → public
 *   E Røde Kors         frivillig organisation  → civil
 *   F Biblioteket       andre aktører           → other
 * Links A→B, B→A (one tie), C→D. Agreements: {A, B, E} samordne (ties A–B, A–E, B–E), {A, E} videndele.
 * Ties: A–B (links 2, samordne), C–D (links 1), A–E (videndele + samordne), B–E (samordne) = 4.
 * Density: 4 / (6·5/2) = 4 / 15. Average: 2·4 / 6 = 4/3.
 * Cross-sector: A–B civil/public ✓, C–D private/public ✓, A–E civil/civil ✗, B–E public/civil ✓ = 3 of 4 = 0.75.
 * Per actor type: beboerdrevne (A) 2 ties; erhvervsdrivende (C) 1; kommunale (B) 2; boligrelaterede (D) 1;
 *   frivillige (E) 2; andre (F) 0.
 * By strongest form: links only 1 (C–D), samordne 3 (A–B, A–E, B–E).
 * Without ties: F Biblioteket.
 *
 * The earlier meeting ("før", 2026-05-01) has A, "  skolen " (B's name, other case and spacing: the same
 * organisation), C and D, with one link A→B' and nothing else:
 * Ties: A–B = 1. Density 1 / (4·3/2) = 1/6. Cross-sector 1 of 1 = 1. Without ties: Boligselskabet, Købmanden.
 * Compared: new ties at the later meeting C–D, A–E, B–E = 3; kept A–B = 1; ended 0. Organisations of
 * either meeting: 6.
 */
function after(): Workshop {
  return {
    ...blankWorkshop('efter', 'Netværksmøde efterår'),
    setup: { ...blankWorkshop('efter', 'Netværksmøde efterår').setup, date: '2026-11-01' },
    organisations: [
      org('a', 'Beboerforeningen', 'beboerdrevne-foreninger'),
      org('b', 'Skolen', 'kommunale-institutioner'),
      org('c', 'Købmanden', 'erhvervsdrivende'),
      org('d', 'Boligselskabet', 'boligrelaterede-organisationer'),
      org('e', 'Røde Kors', 'frivillige-organisationer'),
      org('f', 'Biblioteket', 'andre-aktoerer'),
    ],
    links: [link('l1', 'a', 'b'), link('l2', 'b', 'a'), link('l3', 'c', 'd')],
    agreements: [agreement('g1', ['a', 'b', 'e'], 'samordne'), agreement('g2', ['a', 'e'], 'videndele')],
  };
}

function before(): Workshop {
  return {
    ...blankWorkshop('foer', 'Netværksmøde forår'),
    organisations: [
      org('x1', 'Beboerforeningen', 'beboerdrevne-foreninger'),
      org('x2', '  skolen ', 'kommunale-institutioner'),
      org('x3', 'Købmanden', 'erhvervsdrivende'),
      org('x4', 'Boligselskabet', 'boligrelaterede-organisationer'),
    ],
    links: [link('m1', 'x1', 'x2')],
  };
}

describe('the network of one meeting', () => {
  it('has one undirected tie per pair, with the forms of its agreements in ladder order', () => {
    const network = meetingNetwork(after());
    const ties = Object.fromEntries(network.ties.map((tie) => [`${tie.a}|${tie.b}`, { links: tie.links, forms: tie.forms }]));
    expect(ties).toEqual({
      'beboerforeningen|skolen': { links: 2, forms: ['samordne'] },
      'boligselskabet|købmanden': { links: 1, forms: [] },
      'beboerforeningen|røde kors': { links: 0, forms: ['videndele', 'samordne'] },
      'røde kors|skolen': { links: 0, forms: ['samordne'] },
    });
  });

  it('measures the hand-computed example', () => {
    const measures = networkMeasures(meetingNetwork(after()));
    expect(measures.organisations).toBe(6);
    expect(measures.ties).toBe(4);
    expect(measures.density).toBeCloseTo(4 / 15, 10);
    expect(measures.averageTies).toBeCloseTo(4 / 3, 10);
    expect(measures.crossSectorTies).toBe(3);
    expect(measures.crossSectorShare).toBe(0.75);
    expect(measures.byActorType).toEqual([
      { actorType: 'beboerdrevne-foreninger', organisations: 1, ties: 2 },
      { actorType: 'erhvervsdrivende', organisations: 1, ties: 1 },
      { actorType: 'kommunale-institutioner', organisations: 1, ties: 2 },
      { actorType: 'boligrelaterede-organisationer', organisations: 1, ties: 1 },
      { actorType: 'frivillige-organisationer', organisations: 1, ties: 2 },
      { actorType: 'andre-aktoerer', organisations: 1, ties: 0 },
    ]);
    expect(measures.byForm).toEqual([
      { form: null, ties: 1 },
      { form: 'videndele', ties: 0 },
      { form: 'samvirke', ties: 0 },
      { form: 'ressourceudveksle', ties: 0 },
      { form: 'samordne', ties: 3 },
      { form: 'samskabe', ties: 0 },
    ]);
    expect(measures.withoutTies.map((actor) => actor.name)).toEqual(['Biblioteket']);
  });

  it('counts a tie within one actor type once for that type, and not as cross-sector', () => {
    const workshop: Workshop = {
      ...blankWorkshop('w', 'W'),
      organisations: [org('a', 'A', 'frivillige-organisationer'), org('b', 'B', 'frivillige-organisationer'), org('c', 'C', 'beboerdrevne-foreninger')],
      links: [link('l', 'a', 'b'), link('k', 'b', 'c')],
    };
    const measures = networkMeasures(meetingNetwork(workshop));
    // A–B frivillige/frivillige: once for frivillige; B–C frivillige/beboerdrevne: both civil, not cross-sector.
    expect(measures.byActorType).toEqual([
      { actorType: 'beboerdrevne-foreninger', organisations: 1, ties: 1 },
      { actorType: 'frivillige-organisationer', organisations: 2, ties: 2 },
    ]);
    expect(measures.crossSectorShare).toBe(0);
  });

  it.each([
    { name: 'no organisations', organisations: [], density: null, average: null },
    { name: 'one organisation', organisations: [org('a', 'A', 'erhvervsdrivende')], density: null, average: 0 },
  ])('has no density with $name', ({ organisations, density, average }) => {
    const measures = networkMeasures(meetingNetwork({ ...blankWorkshop('w', 'W'), organisations }));
    expect(measures.density).toBe(density);
    expect(measures.averageTies).toBe(average);
    expect(measures.crossSectorShare).toBeNull();
  });

  it('leaves out links and agreements to organisations not in the workshop, and to the same organisation', () => {
    const workshop: Workshop = {
      ...blankWorkshop('w', 'W'),
      organisations: [org('a', 'A', 'erhvervsdrivende'), org('b', 'a ', 'erhvervsdrivende')],
      links: [link('l', 'a', 'gone'), link('k', 'a', 'b')],
      agreements: [agreement('g', ['a', 'gone'], 'samskabe')],
    };
    const network = meetingNetwork(workshop);
    expect(network.actors).toHaveLength(1);
    expect(network.ties).toEqual([]);
  });

  it('gives the strongest form of a tie, or null for links only', () => {
    expect(strongestForm({ forms: ['videndele', 'samskabe'] })).toBe('samskabe');
    expect(strongestForm({ forms: [] })).toBeNull();
  });

  it.each([
    ['beboerdrevne-foreninger', 'civil'],
    ['frivillige-organisationer', 'civil'],
    ['kommunale-institutioner', 'public'],
    ['boligrelaterede-organisationer', 'public'],
    ['erhvervsdrivende', 'private'],
    ['andre-aktoerer', 'other'],
  ] as const)('puts %s in the %s sector', (actorType, sector) => {
    expect(sectorOf(actorType)).toBe(sector);
  });
});

describe('two meetings compared', () => {
  it('matches organisations by name and counts new, kept and ended ties', () => {
    const comparison = compareNetworks(before(), after());
    expect(comparison.before.measures.ties).toBe(1);
    expect(comparison.before.measures.density).toBeCloseTo(1 / 6, 10);
    expect(comparison.before.measures.crossSectorShare).toBe(1);
    expect(comparison.before.measures.withoutTies.map((actor) => actor.name)).toEqual(['Boligselskabet', 'Købmanden']);
    expect(comparison.after.measures.ties).toBe(4);
    expect({ newTies: comparison.newTies, keptTies: comparison.keptTies, endedTies: comparison.endedTies }).toEqual({ newTies: 3, keptTies: 1, endedTies: 0 });
    expect(comparison.actors.map((actor) => actor.name)).toEqual(['Beboerforeningen', 'Købmanden', 'Skolen', 'Boligselskabet', 'Røde Kors', 'Biblioteket']);
  });

  it('takes the identity of organisations from the function passed in', () => {
    // A directory that knows "Købmanden" and "Boligselskabet" are one and the same: C–D is no tie then.
    const sameShopAndHousing: OrganisationKey = (organisation, workshopId) => (nameKey(organisation, workshopId) === 'købmanden' ? 'boligselskabet' : nameKey(organisation, workshopId));
    const comparison = compareNetworks(before(), after(), sameShopAndHousing);
    expect(comparison.after.measures.organisations).toBe(5);
    expect(comparison.after.measures.ties).toBe(3);
    // It is asked with each organisation's own workshop: a directory's entries are per workshop.
    const asked: string[] = [];
    compareNetworks(before(), after(), (organisation, workshopId) => {
      asked.push(`${workshopId}/${organisation.id}`);
      return organisation.id;
    });
    expect(asked).toEqual(['foer/x1', 'foer/x2', 'foer/x3', 'foer/x4', 'efter/a', 'efter/b', 'efter/c', 'efter/d', 'efter/e', 'efter/f']);
  });
});

describe('each picture’s names', () => {
  it('names an organisation as its own meeting did, and one not there as the other meeting did', () => {
    const comparison = compareNetworks(before(), after());
    expect(sideActors(comparison, comparison.before).map((actor) => actor.name)).toContain('  skolen ');
    expect(sideActors(comparison, comparison.after).map((actor) => actor.name)).toContain('Skolen');
    expect(sideActors(comparison, comparison.before).map((actor) => actor.name)).toContain('Røde Kors');
  });
});
