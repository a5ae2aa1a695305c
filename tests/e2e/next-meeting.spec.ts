import { expect, test, type Page } from '@playwright/test';
import { WORKSHOP_FILE_VERSION } from '../../src/files/workshop-file.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Between meetings: "Planlæg næste møde" makes a follow-up workshop with exactly the open agreements
 * and the needs nobody met; the start page shows an agreement past its follow-up date; the dates go
 * into a calendar file.
 */

const agreement = (id: string, what: string, status: string | null, followUpDate: string) => ({
  id, what, organisationIds: ['cafe', 'skole'], coordinatorId: 'cafe', firstStep: 'Cafeen ringer til skolen', date: '', form: 'samordne', followUpDate, linkId: null, status, statusNote: status ? `Note om ${what}` : '',
});
const card = (id: string, side: 'offer' | 'need', text: string, kind: string) => ({ id, side, text, kind, valueId: null });

/** A held meeting in Opsamling: four agreements (two open), three needs (one met by a link). */
const heldMeeting = {
  id: 'moede-marts',
  setup: { title: 'Netværksmøde i marts', initiative: '', kind: 'samarbejdsgruppe', date: '2026-03-10', place: 'Beboerhuset', facilitator: 'Mette', hasWarmUp: false, previousId: '', previousTitle: '', nextId: '', nextTitle: '' },
  organisations: [
    { id: 'cafe', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Ali' },
    { id: 'skole', name: 'Nørreskolen', actorType: 'kommunale-institutioner', contact: '' },
  ],
  values: { disabledCore: [], custom: [] },
  control: { phase: 'opsamling', isLocked: false, isRevealed: true, areCardsShown: true, activeOrganisationId: null, timers: {} },
  sections: {},
  warmUp: { answers: {}, pieces: [] },
  keyPoints: 'Vi vil bruge hinandens lokaler mere.',
  cards: {
    cafe: [card('o1', 'offer', 'Lokale om aftenen', 'lokaler'), card('n1', 'need', 'Frivillige til caféen', 'frivillige')],
    skole: [card('n2', 'need', 'Et lokale til forældremøder', 'lokaler'), card('n3', 'need', 'Flere unge til klubben', 'maalgruppe')],
  },
  links: [{ id: 'l1', fromId: 'cafe', toId: 'skole', text: 'låne caféen ud om aftenen', offerCardId: 'o1' }],
  linkProposals: [],
  agreements: [
    agreement('a-aaben', 'Fælles lektiecafé', null, '2026-04-01'),
    agreement('a-gang', 'Sommerfest, med grill; og musik', 'i-gang', '2026-06-15'),
    agreement('a-slut', 'Plakat i caféen', 'gennemfoert', '2026-03-20'),
    agreement('a-drop', 'Fælles bus', 'droppet', '2026-03-25'),
  ],
  agreementAnswers: {},
  createdAt: 1_770_000_000_000,
};

const file = JSON.stringify({ format: 'vaerdispillet-workshop', version: WORKSHOP_FILE_VERSION, exportedAt: '2026-03-10T12:00:00.000Z', workshops: [heldMeeting] });

async function importHeldMeeting(page: Page): Promise<{ start: StartPage; files: FilesPage }> {
  const start = new StartPage(page);
  const files = new FilesPage(page);
  await start.goto();
  await files.importFile('moede.json', file);
  await expect(start.row('Netværksmøde i marts')).toBeVisible();
  return { start, files };
}

test.describe('The next meeting', () => {
  test('a follow-up meeting carries exactly the open agreements and the unmet needs, and the two meetings know each other', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00'));
    const { start, files } = await importHeldMeeting(page);
    await start.row('Netværksmøde i marts').getByRole('link', { name: 'Netværksmøde i marts' }).click();
    const workshop = new WorkshopPage(page);
    await expect(workshop.title).toHaveText('Netværksmøde i marts');

    const panel = page.getByRole('region', { name: 'Næste møde' });
    await panel.getByRole('button', { name: 'Planlæg næste møde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planlæg næste møde' });
    await expect(dialog.getByLabel('Navn på det nye møde')).toHaveValue('Opfølgning: Netværksmøde i marts');
    // The earliest follow-up date of an open agreement.
    await expect(dialog.getByLabel('Dato')).toHaveValue('2026-04-01');
    await expect(dialog.getByRole('listitem')).toContainText(['2 organisationer', '2 åbne aftaler', '2 behov']);
    await expectNoSeriousA11yViolations(page, 'the plan-next-meeting dialog');
    await dialog.getByLabel('Navn på det nye møde').fill('Netværksmøde i april');
    await dialog.getByLabel('Dato').fill('2026-04-07');
    await dialog.getByRole('button', { name: 'Opret mødet' }).click();
    await expect(dialog).toBeHidden();

    // The held meeting links to the new one; the new one back.
    await page.locator('.workshop-toolbar').getByRole('link', { name: 'Åbn Netværksmøde i april' }).click();
    await expect(workshop.title).toHaveText('Netværksmøde i april');
    await expect(page.locator('.workshop-toolbar')).toContainText('Opfølgning på: Netværksmøde i marts');

    // On the start page each open agreement is listed once: in the meeting that now follows it up.
    await start.goto();
    await expect(page.getByRole('region', { name: /^Kommende/u }).getByRole('listitem')).toHaveText([
      '1. april 2026: Fælles lektiecafé i Netværksmøde i april',
      '15. juni 2026: Sommerfest, med grill; og musik i Netværksmøde i april',
    ]);

    // What the new meeting holds, read from its file.
    const saved = await files.exportRow('Netværksmøde i april', { withContacts: true });
    const [next] = (JSON.parse(saved.text) as { workshops: (typeof heldMeeting & { agreements: { id: string; status: string | null; statusNote: string }[] })[] }).workshops;
    expect(next?.setup).toMatchObject({ date: '2026-04-07', previousId: 'moede-marts', previousTitle: 'Netværksmøde i marts', place: 'Beboerhuset' });
    expect(next?.organisations.map((organisation) => [organisation.name, organisation.actorType, organisation.contact])).toEqual([
      ['Café Nord', 'erhvervsdrivende', 'Ali'],
      ['Nørreskolen', 'kommunale-institutioner', ''],
    ]);
    expect(next?.agreements.map((item) => [item.id, item.status, item.statusNote])).toEqual([
      ['a-aaben', null, ''],
      ['a-gang', 'i-gang', 'Note om Sommerfest, med grill; og musik'],
    ]);
    expect(Object.values(next?.cards ?? {}).flat().map((item) => item.id).sort()).toEqual(['n1', 'n3']);
    expect(next).toMatchObject({ keyPoints: 'Vi vil bruge hinandens lokaler mere.', links: [], sections: {} });
    expect(next?.control.phase).toBe('forberedelse');
  });

  test('the start page shows an agreement past its follow-up date, and the coming ones', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-04-03T09:00:00'));
    await importHeldMeeting(page);
    const overview = page.getByRole('region', { name: 'Opfølgning på aftaler' });
    const overdue = overview.getByRole('region', { name: /^Overskredet/u });
    const upcoming = overview.getByRole('region', { name: /^Kommende/u });
    await expect(overdue.getByRole('listitem')).toHaveText(['1. april 2026: Fælles lektiecafé i Netværksmøde i marts']);
    await expect(upcoming.getByRole('listitem')).toHaveText(['15. juni 2026: Sommerfest, med grill; og musik i Netværksmøde i marts']);
    // Completed and dropped agreements are not followed up.
    await expect(overview).not.toContainText('Plakat i caféen');
    await expect(overview).not.toContainText('Fælles bus');
    await expectNoSeriousA11yViolations(page, 'the start page with follow-ups');
    await overdue.getByRole('link', { name: 'i Netværksmøde i marts' }).click();
    await expect(new WorkshopPage(page).title).toHaveText('Netværksmøde i marts');
  });

  test('the agreements’ dates and the meeting download as one calendar file', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-12T10:00:00'));
    const { start, files } = await importHeldMeeting(page);
    await start.row('Netværksmøde i marts').getByRole('link', { name: 'Netværksmøde i marts' }).click();
    const ics = await files.download(page.getByRole('button', { name: 'Hent kalenderfil (.ics)' }));
    expect(ics.name).toBe('kalender-netvaerksmoede-i-marts.ics');
    expect(ics.text.endsWith('\r\n')).toBe(true);
    expect(ics.text.replace(/\r\n/gu, '')).not.toContain('\n');
    const raw = ics.text.split('\r\n');
    for (const line of raw) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const lines = ics.text.replace(/\r\n /gu, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    // The meeting and the two open agreements' follow-ups: three all-day events.
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('DTSTART;VALUE=DATE:'))).toEqual(['DTSTART;VALUE=DATE:20260310', 'DTSTART;VALUE=DATE:20260401', 'DTSTART;VALUE=DATE:20260615']);
    expect(lines).toContain('UID:aftale-a-gang-opfoelgning@vaerdispillet');
    expect(lines).toContain('SUMMARY:Opfølgning på aftale: Sommerfest\\, med grill\\; og musik (Tovholder: Café Nord)');
    expect(lines.filter((line) => line.startsWith('DTSTAMP:'))).toHaveLength(3);
    expect(lines.some((line) => line.includes('Plakat'))).toBe(false);

    // The same file from Aftaler, where the dates are set.
    await new WorkshopPage(page).goToPhase('Aftaler');
    const calendar = page.getByRole('region', { name: 'Kalender' });
    const again = await files.download(calendar.getByRole('button', { name: 'Hent kalenderfil (.ics)' }));
    expect(again.name).toBe(ics.name);
    expect(again.text.split('\r\n').filter((line) => line.startsWith('UID:'))).toEqual(raw.filter((line) => line.startsWith('UID:')));
  });
});
