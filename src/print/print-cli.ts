import { MEETING_MINUTES_DEFAULT, MEETING_MINUTES_MAX, MEETING_MINUTES_MIN } from '../domain/agenda.ts';
import { compareNetworks } from '../domain/network-over-time.ts';
import { EMPTY_PREPARATION, isStartTime } from '../domain/preparation.ts';
import type { Workshop } from '../domain/workshop.ts';
import { translate, type Language, type MessageParams, type TextKey } from '../i18n/translate.ts';
import { isPrintKind, type PaperSize, type PrintKind, type PrintRequest } from './print-request.ts';

/**
 * The command line of `npm run pdf` as pure functions (the script itself only reads and writes
 * files): its arguments checked into a print request, and the workshop picked from a file. Every
 * refusal is a clear Danish (or English) sentence from the catalogue.
 */

export interface CliArguments {
  file: string;
  kind: PrintKind;
  size: PaperSize | null;
  organisationId: string | null;
  isBlank: boolean;
  workshopId: string | null;
  language: Language;
  out: string | null;
  /** The guide's meeting length in minutes (`--minutes`) and start (`--start HH:MM`). */
  meetingMinutes: number | null;
  startTime: string | null;
  /** The network over time: the earlier workshop (`--before <id>`), compared with the one printed for. */
  beforeId: string | null;
}

export type CliOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

type Translate = (key: TextKey, params?: MessageParams) => string;

const OPTIONS_WITH_VALUE = ['--kind', '--size', '--organisation', '--workshop', '--language', '--out', '--minutes', '--start', '--before'] as const;

function fail<T>(message: string): CliOutcome<T> {
  return { ok: false, message };
}

/** Reads the arguments after `npm run pdf --`. The language of messages is `--language`, Danish by default. */
export function parseCliArguments(argv: readonly string[]): CliOutcome<CliArguments> {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let isBlank = false;
  const languageIndex = argv.indexOf('--language');
  const language: Language = argv[languageIndex + 1] === 'en' && languageIndex >= 0 ? 'en' : 'da';
  const t: Translate = (key, params) => translate(language, key, params);
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--blank') isBlank = true;
    else if ((OPTIONS_WITH_VALUE as readonly string[]).includes(argument)) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) return fail(t('print.cli.missingValue', { option: argument }));
      values.set(argument, value);
      index += 1;
    } else if (argument.startsWith('--')) return fail(`${t('print.cli.badOption', { option: argument })}\n${t('print.cli.usage')}`);
    else positional.push(argument);
  }
  const [file] = positional;
  if (file === undefined) return fail(`${t('print.cli.noFile')}\n${t('print.cli.usage')}`);
  if (positional.length > 1) return fail(`${t('print.cli.badOption', { option: positional[1] ?? '' })}\n${t('print.cli.usage')}`);
  const kind = values.get('--kind');
  if (kind === undefined) return fail(t('print.cli.noKind'));
  if (!isPrintKind(kind)) return fail(t('print.cli.badKind', { kind }));
  const size = values.get('--size') ?? null;
  if (size !== null && size !== 'a4' && size !== 'a3') return fail(t('print.cli.badSize', { size }));
  if (size !== null && kind !== 'sun' && kind !== 'sun-blank' && kind !== 'network') return fail(t('print.cli.sizeOnlySun'));
  const minutesText = values.get('--minutes') ?? null;
  const meetingMinutes = minutesText === null ? null : Number(minutesText);
  if (meetingMinutes !== null && (!Number.isInteger(meetingMinutes) || meetingMinutes < MEETING_MINUTES_MIN || meetingMinutes > MEETING_MINUTES_MAX)) {
    return fail(t('guide.cli.badMinutes', { minutes: minutesText ?? '', min: MEETING_MINUTES_MIN, max: MEETING_MINUTES_MAX }));
  }
  const startTime = values.get('--start') ?? null;
  if (startTime !== null && !isStartTime(startTime)) return fail(t('guide.cli.badStart', { start: startTime }));
  if ((meetingMinutes !== null || startTime !== null) && kind !== 'guide') return fail(t('guide.cli.onlyGuide'));
  const chosenLanguage = values.get('--language') ?? 'da';
  if (chosenLanguage !== 'da' && chosenLanguage !== 'en') return fail(t('print.cli.badLanguage', { language: chosenLanguage }));
  return {
    ok: true,
    value: {
      file,
      kind,
      size,
      organisationId: values.get('--organisation') ?? null,
      isBlank,
      workshopId: values.get('--workshop') ?? null,
      language,
      out: values.get('--out') ?? null,
      meetingMinutes,
      startTime,
      beforeId: values.get('--before') ?? null,
    },
  };
}

/** The workshop to print: the only one in the file, or the one `--workshop` names. */
export function pickWorkshop(workshops: readonly Workshop[], workshopId: string | null, language: Language): CliOutcome<Workshop> {
  const t: Translate = (key, params) => translate(language, key, params);
  const ids = workshops.map((workshop) => workshop.id).join(', ');
  if (workshops.length === 0) return fail(t('print.cli.noWorkshops'));
  if (workshopId === null) {
    const [only] = workshops;
    return workshops.length === 1 && only ? { ok: true, value: only } : fail(t('print.cli.manyWorkshops', { count: workshops.length, ids }));
  }
  const workshop = workshops.find((candidate) => candidate.id === workshopId);
  return workshop ? { ok: true, value: workshop } : fail(t('print.cli.noWorkshop', { id: workshopId, ids }));
}

/**
 * The print request the arguments ask for, checked against the workshop (an organisation must exist);
 * the network over time compares it with the file's workshop `--before` names (organisations matched by name).
 */
export function cliRequest(args: CliArguments, workshop: Workshop, workshops: readonly Workshop[] = [workshop]): CliOutcome<PrintRequest> {
  const paper = args.size ?? 'a4';
  switch (args.kind) {
    case 'sun':
      return { ok: true, value: { kind: 'sun', paper } };
    case 'sun-blank':
      return { ok: true, value: { kind: 'sun-blank', paper } };
    case 'pieces': {
      if (args.isBlank) return { ok: true, value: { kind: 'pieces', target: { kind: 'blank' } } };
      const id = args.organisationId;
      if (id === null) return { ok: true, value: { kind: 'pieces', target: { kind: 'all' } } };
      if (!workshop.organisations.some((organisation) => organisation.id === id)) {
        const ids = workshop.organisations.map((organisation) => `${organisation.id} (${organisation.name})`).join(', ');
        return fail(translate(args.language, 'print.cli.noOrganisation', { id, ids }));
      }
      return { ok: true, value: { kind: 'pieces', target: { kind: 'organisation', organisationId: id } } };
    }
    case 'agreements':
      return { ok: true, value: { kind: 'agreements' } };
    case 'organisation': {
      const id = args.organisationId ?? '';
      if (!workshop.organisations.some((organisation) => organisation.id === id)) {
        const ids = workshop.organisations.map((organisation) => `${organisation.id} (${organisation.name})`).join(', ');
        return fail(translate(args.language, 'print.cli.noOrganisation', { id, ids }));
      }
      return { ok: true, value: { kind: 'organisation', organisationId: id } };
    }
    case 'summary':
      return { ok: true, value: { kind: 'summary' } };
    case 'network': {
      const ids = workshops.filter((candidate) => candidate.id !== workshop.id).map((candidate) => candidate.id).join(', ');
      const before = workshops.find((candidate) => candidate.id === args.beforeId && candidate.id !== workshop.id);
      if (!before) return fail(translate(args.language, 'print.cli.networkBefore', { id: args.beforeId ?? '', ids }));
      return { ok: true, value: { kind: 'network', paper, comparison: compareNetworks(before, workshop) } };
    }
    case 'guide':
      return {
        ok: true,
        value: { kind: 'guide', preparation: { ...EMPTY_PREPARATION, meetingMinutes: args.meetingMinutes ?? MEETING_MINUTES_DEFAULT, startTime: args.startTime ?? '' } },
      };
  }
}
