import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementStatus, CollaborationForm } from './agreement.ts';
import type { Organisation } from './organisation.ts';
import type { Link } from './link.ts';
import type { Card } from './offer-need.ts';
import { agreementsByForm, followUpTally, openNeeds, organisationsInAgreements, participantsByActorType } from './summary.ts';

const organisations: Organisation[] = [
  { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
  { id: 'skole', name: 'Nørreskolen', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'klub', name: 'Ungdomsklubben', actorType: 'kommunale-institutioner', contact: '' },
  { id: 'forening', name: 'Beboerforeningen', actorType: 'beboerdrevne-foreninger', contact: '' },
];

function agreement(id: string, form: CollaborationForm, status: AgreementStatus | null = null, organisationIds = ['cafe']): Agreement {
  return { id, what: id, organisationIds, coordinatorId: organisationIds[0] ?? '', firstStep: '', date: '', form, followUpDate: '', linkId: null, status, statusNote: '' };
}

describe('participantsByActorType', () => {
  it('groups in the handbook’s order of types and leaves out types nobody has', () => {
    expect(participantsByActorType(organisations).map((group) => [group.actorType, group.organisations.map((organisation) => organisation.id)])).toEqual([
      ['beboerdrevne-foreninger', ['forening']],
      ['erhvervsdrivende', ['cafe']],
      ['kommunale-institutioner', ['skole', 'klub']],
    ]);
  });

  it('is empty for a workshop with no organisations', () => {
    expect(participantsByActorType([])).toEqual([]);
  });
});

describe('agreementsByForm', () => {
  it('groups in ladder order, keeping the order agreements were made in', () => {
    const agreements = [agreement('a', 'samskabe'), agreement('b', 'videndele'), agreement('c', 'samskabe'), agreement('d', 'ressourceudveksle')];
    expect(agreementsByForm(agreements).map((group) => [group.form, group.agreements.map((item) => item.id)])).toEqual([
      ['videndele', ['b']],
      ['ressourceudveksle', ['d']],
      ['samskabe', ['a', 'c']],
    ]);
  });
});

describe('followUpTally', () => {
  it.each([
    ['no agreements', [], { total: 0, byStatus: { gennemfoert: 0, 'i-gang': 0, droppet: 0 }, notFollowedUp: 0, held: 0 }],
    ['none followed up yet', [null, null], { total: 2, byStatus: { gennemfoert: 0, 'i-gang': 0, droppet: 0 }, notFollowedUp: 2, held: 0 }],
    [
      'three of five held',
      ['gennemfoert', 'i-gang', 'i-gang', 'droppet', null],
      { total: 5, byStatus: { gennemfoert: 1, 'i-gang': 2, droppet: 1 }, notFollowedUp: 1, held: 3 },
    ],
  ] as const)('%s', (_case, statuses, expected) => {
    expect(followUpTally(statuses.map((status, index) => agreement(`a${index}`, 'samvirke', status)))).toEqual(expected);
  });
});

describe('organisationsInAgreements', () => {
  it('counts each organisation once, however many agreements it is in', () => {
    const agreements = [agreement('a', 'samvirke', null, ['cafe', 'skole']), agreement('b', 'samvirke', null, ['cafe']), agreement('c', 'samvirke', null, ['borte'])];
    expect(organisationsInAgreements(organisations, agreements)).toBe(2);
  });
});

describe('openNeeds: the needs no link meets yet', () => {
  const cards: Record<string, Card[]> = {
    cafe: [
      { id: 'cafe-lokale', side: 'offer', text: 'Caféens baglokale om formiddagen', kind: 'lokaler', valueId: null },
      { id: 'cafe-kunder', side: 'need', text: 'Flere kunder i dagtimerne', kind: 'maalgruppe', valueId: null },
    ],
    skole: [
      { id: 'skole-lektier', side: 'need', text: 'Lektiehjælp til de ældste elever', kind: 'frivillige', valueId: null },
      { id: 'skole-moedested', side: 'need', text: 'Et mødested til forældrekaffe', kind: 'lokaler', valueId: null },
    ],
    klub: [{ id: 'klub-voksne', side: 'offer', text: 'Voksne, der kan hjælpe med lektier', kind: 'frivillige', valueId: null }],
    forening: [{ id: 'forening-penge', side: 'offer', text: 'Penge til en sommerfest', kind: 'penge', valueId: null }],
  };
  const link = (id: string, fromId: string, toId: string, text: string, offerCardId: string | null = null): Link => ({ id, fromId, toId, text, offerCardId });
  const open = (links: Link[]) => openNeeds({ organisations, cards, links }).map((need) => need.card.id);
  const ALL = ['cafe-kunder', 'skole-lektier', 'skole-moedested'];

  it.each([
    ['no links: every need is open, in the organisations’ order', [], ALL],
    ['a link from an offer that fits the need meets it', [link('l1', 'klub', 'skole', 'komme hver tirsdag', 'klub-voksne')], ['cafe-kunder', 'skole-moedested']],
    ['a link without a card meets a need by what it says', [link('l1', 'klub', 'skole', 'give lektiehjælp til de ældste')], ['cafe-kunder', 'skole-moedested']],
    ['a room offered meets a room needed (the same chosen kind)', [link('l1', 'cafe', 'skole', 'lade forældrene mødes hos os', 'cafe-lokale')], ['cafe-kunder', 'skole-lektier']],
    ['a link about something else meets none of its needs', [link('l1', 'forening', 'skole', 'betale for udflugten', 'forening-penge')], ALL],
    ['a link that fits the need but strengthens another organisation meets nothing', [link('l1', 'klub', 'cafe', 'komme hver tirsdag', 'klub-voksne')], ALL],
  ])('%s', (_name, links, expected) => {
    expect(open(links)).toEqual(expected);
  });

  it('names the organisation of each open need', () => {
    expect(openNeeds({ organisations, cards, links: [] }).map((need) => need.organisationId)).toEqual(['cafe', 'skole', 'skole']);
  });
});
