import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementStatus } from './agreement.ts';
import type { Card } from './offer-need.ts';
import { addDays, isOpenAgreement, isOverdue, planNextMeeting, proposedNextDate, unmetNeeds } from './next-meeting.ts';
import { blankWorkshop, type Workshop } from './workshop.ts';

function agreement(id: string, status: AgreementStatus | null, followUpDate = ''): Agreement {
  return { id, what: `Aftale ${id}`, organisationIds: ['cafe', 'skole'], coordinatorId: 'cafe', firstStep: 'Ringe', date: '', form: 'samordne', followUpDate, linkId: 'l1', status, statusNote: status ? `note ${id}` : '' };
}

function card(id: string, side: Card['side'], text: string, kind: Card['kind'] = 'kompetence'): Card {
  return { id, side, text, kind, valueId: null };
}

function workshop(): Workshop {
  const base = blankWorkshop('w1', 'Netværksmøde i marts', 5);
  return {
    ...base,
    setup: { ...base.setup, date: '2026-03-10', place: 'Beboerhuset', facilitator: 'Mette', hasWarmUp: true, previousId: 'w0', previousTitle: 'Første møde' },
    organisations: [
      { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Ali, 12345678' },
      { id: 'skole', name: 'Nørreskolen', actorType: 'kommunale-institutioner', contact: '' },
      { id: 'klub', name: 'Klubben', actorType: 'kommunale-institutioner', contact: '' },
    ],
    values: { disabledCore: ['oeget-faglighed'], custom: [{ id: 'c1', name: 'Tryghed', colour: '#336699' }] },
    control: { ...base.control, phase: 'opsamling', isRevealed: true },
    sections: { cafe: { placed: [{ valueId: 'bredere-maalgruppe', example: 'x' }], mostImportant: null } },
    warmUp: { answers: { cafe: [{ id: 'a1', text: 'Tryghed' }] }, pieces: [] },
    keyPoints: 'Vi vil mødes igen.',
    cards: {
      cafe: [card('o1', 'offer', 'Lokaler om aftenen', 'lokaler'), card('n1', 'need', 'Frivillige til caféen', 'frivillige')],
      skole: [card('n2', 'need', 'Et lokale til lektiehjælp', 'lokaler'), card('n3', 'need', 'Hjælp med lektier'), card('o2', 'offer', 'Lektiehjælpere')],
      klub: [card('n4', 'need', 'Flere unge i klubben')],
    },
    links: [
      // The café's room meets the school's need for a room (same kind).
      { id: 'l1', fromId: 'cafe', toId: 'skole', text: 'låne caféen ud', offerCardId: 'o1' },
      // No card, but the words meet "lektier" (stem).
      { id: 'l2', fromId: 'klub', toId: 'skole', text: 'hjælpe med lektierne', offerCardId: null },
    ],
    agreements: [agreement('open', null, '2026-04-01'), agreement('going', 'i-gang', '2026-03-20'), agreement('done', 'gennemfoert', '2026-03-15'), agreement('dropped', 'droppet')],
    agreementAnswers: { cafe: { open: { isIn: true, comment: 'ja', firstStep: null } } },
  };
}

describe('isOpenAgreement and isOverdue', () => {
  it.each<[AgreementStatus | null, string, boolean, boolean]>([
    [null, '2026-04-01', true, true],
    ['i-gang', '2026-04-01', true, true],
    ['i-gang', '2026-04-02', true, false],
    [null, '', true, false],
    ['gennemfoert', '2026-04-01', false, false],
    ['droppet', '2026-04-01', false, false],
  ])('status %s, follow-up %j: open %s, overdue on 2026-04-02 %s', (status, followUpDate, isOpen, overdue) => {
    expect(isOpenAgreement({ status })).toBe(isOpen);
    expect(isOverdue({ status, followUpDate }, '2026-04-02')).toBe(overdue);
  });
});

describe('unmetNeeds', () => {
  it('leaves out the needs a link meets by kind or by words, and keeps the rest in card order', () => {
    expect(unmetNeeds(workshop())).toEqual({ cafe: [card('n1', 'need', 'Frivillige til caféen', 'frivillige')], klub: [card('n4', 'need', 'Flere unge i klubben')] });
  });

  it('does not count a link an organisation makes to itself, nor a default kind shared', () => {
    const base = workshop();
    const own = { ...base, links: [{ id: 'l9', fromId: 'skole', toId: 'skole', text: 'låne et lokale til lektiehjælp', offerCardId: null }] };
    expect(unmetNeeds(own).skole?.map((need) => need.id)).toEqual(['n2', 'n3']);
    const sameDefault = { ...base, links: [{ id: 'l9', fromId: 'skole', toId: 'klub', text: 'dele erfaringer', offerCardId: 'o2' }] };
    expect(unmetNeeds(sameDefault).klub?.map((need) => need.id)).toEqual(['n4']);
  });
});

describe('proposedNextDate', () => {
  it.each<[string, string, string]>([
    ['the earliest open follow-up not past', '2026-03-12', '2026-03-20'],
    ['a later one when the earliest is past', '2026-03-25', '2026-04-01'],
    ['four weeks after today when everything is past', '2026-05-01', '2026-05-29'],
  ])('%s', (_, today, expected) => {
    expect(proposedNextDate(workshop(), today)).toBe(expected);
  });

  it('is four weeks after the meeting when no agreement has a follow-up date', () => {
    const none = { ...workshop(), agreements: [] };
    expect(proposedNextDate(none, '2026-03-11')).toBe('2026-04-07');
    expect(proposedNextDate({ ...none, setup: { ...none.setup, date: '' } }, '2026-03-11')).toBe('2026-04-08');
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('planNextMeeting', () => {
  const next = planNextMeeting(workshop(), { id: 'w2', title: 'Opfølgning', date: '2026-04-07', createdAt: 99 });

  it('carries the organisations, values, key points and setup, and knows the meeting it follows', () => {
    expect(next.id).toBe('w2');
    expect(next.createdAt).toBe(99);
    expect(next.setup).toEqual({
      title: 'Opfølgning', initiative: '', kind: 'samarbejdsgruppe', date: '2026-04-07', place: 'Beboerhuset', facilitator: 'Mette', hasWarmUp: true,
      previousId: 'w1', previousTitle: 'Netværksmøde i marts', nextId: '', nextTitle: '',
    });
    expect(next.organisations).toEqual(workshop().organisations);
    expect(next.values).toEqual(workshop().values);
    expect(next.keyPoints).toBe('Vi vil mødes igen.');
  });

  it('carries exactly the open agreements, with status and note, and no link', () => {
    expect(next.agreements.map((item) => [item.id, item.status, item.statusNote, item.linkId])).toEqual([
      ['open', null, '', null],
      ['going', 'i-gang', 'note going', null],
    ]);
  });

  it('carries exactly the unmet needs, and nothing of the meeting itself', () => {
    expect(next.cards).toEqual(unmetNeeds(workshop()));
    expect(next).toMatchObject({ sections: {}, links: [], linkProposals: [], agreementAnswers: {}, warmUp: { answers: {}, pieces: [] }, settledSuggestions: {} });
    expect(next.control.phase).toBe('forberedelse');
  });
});
