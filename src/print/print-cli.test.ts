import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeWorkshopFile } from '../files/workshop-file.ts';
import { extractText, qpdfCheck } from '../../tests/support/pdf-checks.ts';
import { hardNamesWorkshop, largeWorkshop } from '../../tests/support/print-fixtures.ts';
import { autumnMeeting, springMeeting } from '../../tests/support/network-meetings.ts';
import { cliRequest, parseCliArguments, pickWorkshop } from './print-cli.ts';

describe('parseCliArguments', () => {
  it('reads a full command line', () => {
    expect(parseCliArguments(['w.json', '--kind', 'sun', '--size', 'a3', '--out', 'sol.pdf'])).toEqual({
      ok: true,
      value: { file: 'w.json', kind: 'sun', size: 'a3', organisationId: null, isBlank: false, workshopId: null, language: 'da', out: 'sol.pdf', meetingMinutes: null, startTime: null, beforeId: null },
    });
  });

  it.each([
    [[], 'Angiv en workshopfil.'],
    [['w.json'], 'Angiv, hvad der skal printes, med --kind'],
    [['w.json', '--kind', 'sol'], 'Ukendt --kind "sol".'],
    [['w.json', '--kind', 'sun', '--size', 'a5'], 'Ukendt --size "a5". Vælg a4 eller a3.'],
    [['w.json', '--kind', 'summary', '--size', 'a3'], '--size gælder kun for sun, sun-blank og network.'],
    [['w.json', '--kind'], 'Tilvalget --kind mangler en værdi.'],
    [['w.json', '--kind', 'summary', '--farve', 'rød'], 'Ukendt tilvalg "--farve".'],
    [['w.json', 'x.json', '--kind', 'summary'], 'Ukendt tilvalg "x.json".'],
    [['w.json', '--kind', 'summary', '--language', 'fr'], 'Ukendt --language "fr".'],
  ])('%j is refused in Danish: %s', (argv, message) => {
    const parsed = parseCliArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('speaks English with --language en', () => {
    const parsed = parseCliArguments(['w.json', '--kind', 'sol', '--language', 'en']);
    expect(parsed).toEqual({ ok: false, message: 'Unknown --kind "sol". Choose summary, sun, sun-blank, pieces, agreements, organisation, guide or network.' });
  });
});

describe('pickWorkshop and cliRequest', () => {
  const one = largeWorkshop(2, 5);
  const two = hardNamesWorkshop();

  it('takes the only workshop, or the one named, and names the choices otherwise', () => {
    expect(pickWorkshop([one], null, 'da')).toEqual({ ok: true, value: one });
    expect(pickWorkshop([one, two], 'w-hard', 'da')).toEqual({ ok: true, value: two });
    expect(pickWorkshop([one, two], null, 'da')).toEqual({ ok: false, message: 'Filen indeholder 2 workshops. Vælg én med --workshop <id>: w-large, w-hard' });
    expect(pickWorkshop([one], 'x', 'da')).toEqual({ ok: false, message: 'Workshoppen "x" findes ikke i filen. Der er: w-large' });
  });

  it('turns pieces options into a target, refusing an unknown organisation', () => {
    const args = (extra: string[]) => {
      const parsed = parseCliArguments(['w.json', '--kind', 'pieces', ...extra]);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.value;
    };
    expect(cliRequest(args([]), one)).toEqual({ ok: true, value: { kind: 'pieces', target: { kind: 'all' } } });
    expect(cliRequest(args(['--blank']), one)).toEqual({ ok: true, value: { kind: 'pieces', target: { kind: 'blank' } } });
    expect(cliRequest(args(['--organisation', 'org-2']), one)).toEqual({ ok: true, value: { kind: 'pieces', target: { kind: 'organisation', organisationId: 'org-2' } } });
    const refused = cliRequest(args(['--organisation', 'zz']), one);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('Organisationen "zz" findes ikke i workshoppen. Der er: org-1 (Æblehavens Børnehus 1 – Østerbro)');
  });
});

describe('the guide on the command line', () => {
  const one = largeWorkshop(2, 5);
  it('takes the meeting length and start time, and refuses them out of range or for another kind', () => {
    const parsed = parseCliArguments(['w.json', '--kind', 'guide', '--minutes', '120', '--start', '9:30']);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(cliRequest(parsed.value, one)).toEqual({ ok: true, value: { kind: 'guide', preparation: { meetingMinutes: 120, startTime: '9:30', checked: [] } } });
    const plain = parseCliArguments(['w.json', '--kind', 'guide']);
    if (plain.ok) expect(cliRequest(plain.value, one)).toEqual({ ok: true, value: { kind: 'guide', preparation: { meetingMinutes: 150, startTime: '', checked: [] } } });
    for (const [argv, message] of [
      [['w.json', '--kind', 'guide', '--minutes', '10'], 'Ukendt --minutes "10".'],
      [['w.json', '--kind', 'guide', '--minutes', 'lang'], 'Ukendt --minutes "lang".'],
      [['w.json', '--kind', 'guide', '--start', '25:00'], 'Ukendt --start "25:00".'],
      [['w.json', '--kind', 'summary', '--minutes', '120'], '--minutes og --start gælder kun for guide.'],
    ] as const) {
      const refused = parseCliArguments(argv);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message).toContain(message);
    }
  });
});

describe('npm run pdf', () => {
  const run = promisify(execFile);
  const directory = mkdtempSync(join(tmpdir(), 'vaerdispil-cli-'));
  const cli = (args: string[]) => run('npx', ['tsx', 'scripts/pdf.ts', ...args], { encoding: 'utf8' });

  it('prints the summary of a workshop file', async () => {
    const file = join(directory, 'workshop.json');
    writeFileSync(file, serializeWorkshopFile([largeWorkshop(3, 5)], new Date(0)));
    const out = join(directory, 'referat.pdf');
    const { stdout } = await cli([file, '--kind', 'summary', '--out', out]);
    expect(stdout).toContain(`Skrev ${out}:`);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(qpdfCheck(out)).toContain('No syntax or stream encoding errors');
    expect(extractText(out)).toContain('Æblehavens Børnehus 3 – Østerbro');
  }, 60_000);

  it('prints the facilitator’s guide with the agenda for the length given', async () => {
    const file = join(directory, 'guide-workshop.json');
    writeFileSync(file, serializeWorkshopFile([largeWorkshop(8, 5)], new Date(0)));
    const out = join(directory, 'guide.pdf');
    await cli([file, '--kind', 'guide', '--minutes', '120', '--start', '13:00', '--out', out]);
    const text = extractText(out, { first: 1, last: 2 });
    expect(text).toContain('Facilitatorguide');
    expect(text).toContain('13:00–13:10');
    expect(text).toContain('Organisationer (8)');
  }, 60_000);

  it('refuses a file that is not a workshop file with a Danish message and a failing exit code', async () => {
    const file = join(directory, 'broken.json');
    writeFileSync(file, '{"format": "vaerdispillet-workshop", "version": 1, "workshops": [');
    await expect(cli([file, '--kind', 'summary'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Kunne ikke bruge "${file}": Filen er ufuldstændig`),
    });
    await expect(cli([join(directory, 'findes-ikke.json'), '--kind', 'summary'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('findes ikke.'),
    });
  }, 60_000);
});

describe('the network over time on the command line', () => {
  const args = (argv: string[]) => {
    const parsed = parseCliArguments(argv);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value;
  };

  it('compares the workshop with the one --before names, on the paper --size asks for', () => {
    const [spring, autumn] = [springMeeting(), autumnMeeting()];
    const request = cliRequest(args(['f.json', '--kind', 'network', '--workshop', autumn.id, '--before', spring.id, '--size', 'a3']), autumn, [spring, autumn]);
    expect(request.ok && request.value.kind === 'network' ? [request.value.paper, request.value.comparison.before.measures.ties, request.value.comparison.after.measures.ties] : request).toEqual(['a3', 1, 4]);
  });

  it.each([
    ['without --before', []],
    ['with --before naming itself', ['--before', 'moede-efteraar']],
    ['with --before naming no workshop in the file', ['--before', 'ukendt']],
  ])('is refused %s, naming the file’s other workshops', (_name, extra) => {
    const [spring, autumn] = [springMeeting(), autumnMeeting()];
    const request = cliRequest(args(['f.json', '--kind', 'network', ...extra]), autumn, [spring, autumn]);
    expect(request.ok).toBe(false);
    if (!request.ok) expect(request.message).toContain('Vælg den med --before <id> (og den senere med --workshop <id>). Angivet: »');
    if (!request.ok) expect(request.message).toContain('Filens andre workshops: moede-foraar');
  });
});
