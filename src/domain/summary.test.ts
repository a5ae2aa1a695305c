import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementStatus, CollaborationForm } from './agreement.ts';
import type { Organisation } from './organisation.ts';
import { agreementsByForm, followUpTally, organisationsInAgreements, participantsByActorType } from './summary.ts';

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
