import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../domain/workshop.ts';
import type { WorkshopSummary } from '../../state/catalogue.ts';
import { shouldOfferBackup, type LeftWorkshop } from './backup-reminder.ts';

const summary = (updatedAt: number, id = 'w1'): WorkshopSummary => ({ id, title: 'Mødet', date: '', organisationCount: 2, createdAt: 100, updatedAt });
const left: LeftWorkshop = { id: 'w1', updatedAtOnOpen: 200, snapshot: blankWorkshop('w1', 'Mødet') };

describe('shouldOfferBackup', () => {
  it.each<[string, LeftWorkshop | null, WorkshopSummary | undefined, number | null, Record<string, number>, boolean]>([
    ['changed while open, never backed up', left, summary(300), null, {}, true],
    ['changed while open, after the last backup', left, summary(300), 250, {}, true],
    ['changed while open, offered for an earlier state', left, summary(300), null, { w1: 250 }, true],
    ['not changed while open', left, summary(200), null, {}, false],
    ['backed up after the last change', left, summary(300), 300, {}, false],
    ['already offered in this state', left, summary(300), null, { w1: 300 }, false],
    ['deleted since', left, undefined, null, {}, false],
    ['another workshop', left, summary(300, 'w2'), null, {}, false],
    ['no workshop left in this visit', null, summary(300), null, {}, false],
  ])('%s', (_case, leftWorkshop, current, lastBackupAt, offered, expected) => {
    expect(shouldOfferBackup(leftWorkshop, current, lastBackupAt, offered)).toBe(expected);
  });
});
