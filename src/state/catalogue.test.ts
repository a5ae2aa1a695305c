import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementStatus } from '../domain/agreement.ts';
import { blankWorkshop } from '../domain/workshop.ts';
import { followUpsDue, followUpsOf, followUpsOfEntry, summaryOf, type WorkshopSummary } from './catalogue.ts';

function agreement(id: string, status: AgreementStatus | null, followUpDate: string, what = `Aftale ${id}`): Agreement {
  return { id, what, organisationIds: ['a'], coordinatorId: 'a', firstStep: '', date: '', form: 'videndele', followUpDate, linkId: null, status, statusNote: '' };
}

describe('followUpsOf', () => {
  it('lists the open agreements with a follow-up date, earliest first, with "what" cut', () => {
    const agreements = [agreement('a', null, '2026-05-01'), agreement('b', 'i-gang', '2026-04-01', 'x'.repeat(150)), agreement('c', 'gennemfoert', '2026-03-01'), agreement('d', 'droppet', '2026-03-02'), agreement('e', null, '')];
    expect(followUpsOf({ agreements }).map((item) => [item.agreementId, item.date, item.what.length])).toEqual([
      ['b', '2026-04-01', 100],
      ['a', '2026-05-01', 8],
    ]);
  });
});

describe('summaryOf and followUpsOfEntry', () => {
  it('keeps an entry with no follow-ups and no next meeting as small as before', () => {
    expect(Object.keys(summaryOf(blankWorkshop('w1', 'Møde'), 5)).sort()).toEqual(['createdAt', 'date', 'id', 'organisationCount', 'title', 'updatedAt']);
  });

  it.each<[string, unknown, number]>([
    ['none (an older entry)', undefined, 0],
    ['not a list', 'x', 0],
    ['one good and two bad', [{ agreementId: 'a', what: 'x', date: '2026-04-01' }, { agreementId: 'b', what: 'x', date: 'i morgen' }, null], 1],
  ])('reads %s leniently', (_, followUps, count) => {
    const entry = { id: 'w', title: 'M', date: '', organisationCount: 0, createdAt: 0, updatedAt: 0, followUps } as WorkshopSummary;
    expect(followUpsOfEntry(entry)).toHaveLength(count);
  });
});

describe('followUpsDue', () => {
  const entry = (id: string, dates: string[], nextId?: string): WorkshopSummary => ({
    id, title: `Møde ${id}`, date: '', organisationCount: 1, createdAt: 0, updatedAt: 0,
    followUps: dates.map((date, index) => ({ agreementId: `${id}${index}`, what: `Aftale ${index}`, date })),
    ...(nextId ? { nextId } : {}),
  });

  it('merges the workshops’ follow-ups by date, and leaves out a meeting whose follow-up meeting is on the device', () => {
    const due = followUpsDue([entry('b', ['2026-04-01']), entry('a', ['2026-05-01', '2026-03-01'], 'b'), entry('c', ['2026-03-15'], 'slettet')]);
    expect(due.map((item) => [item.workshopId, item.date])).toEqual([
      ['c', '2026-03-15'],
      ['b', '2026-04-01'],
    ]);
  });
});
