import type { Link } from './link.ts';
import { ok, refuse, type Problem, type Result } from './result.ts';
import { normaliseText, validateDate, validateOptionalText } from './text.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, dateSchema, field, idSchema, LAST_RANK, rankSchema } from './schema.ts';

/**
 * Aftaler: concrete agreements that come out of the workshop (the facilitator's, stored in the setup document).
 * The five collaboration forms are ranked by commitment; all five are valuable.
 */
export const COLLABORATION_FORMS = ['videndele', 'samvirke', 'ressourceudveksle', 'samordne', 'samskabe'] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];

export const AGREEMENT_STATUSES = ['gennemfoert', 'i-gang', 'droppet'] as const;
/** Set at a follow-up meeting; null until then. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface Agreement {
  id: string;
  what: string;
  organisationIds: string[];
  /** The coordinator (tovholder): one of the agreement's organisations. */
  coordinatorId: string;
  firstStep: string;
  /** `YYYY-MM-DD` or empty. */
  date: string;
  form: CollaborationForm;
  /** `YYYY-MM-DD` or empty. */
  followUpDate: string;
  /** The link it was made from, or null. */
  linkId: string | null;
  status: AgreementStatus | null;
  statusNote: string;
}

/** What "what" and the first step may hold: a sentence or two, readable on a card. */
export const AGREEMENT_TEXT_MAX = 200;
/** The follow-up note: a few sentences about how it went. */
export const STATUS_NOTE_MAX = 500;

/** An agreement as the form holds it, before it is checked (dates as typed, ids as chosen). */
export interface AgreementDraft {
  what: string;
  organisationIds: readonly string[];
  coordinatorId: string;
  firstStep: string;
  date: string;
  form: string;
  followUpDate: string;
  linkId: string | null;
}

/** The fields of a checked agreement (everything but its id and the follow-up). */
export type AgreementFields = Omit<Agreement, 'id' | 'status' | 'statusNote'>;

export type AgreementField = 'what' | 'organisationIds' | 'coordinatorId' | 'firstStep' | 'date' | 'form' | 'followUpDate';

/** Something worth a second look that does not stop saving (a date already passed). Text: `agreements.warning.<code>`. */
export interface AgreementWarning {
  field: 'date' | 'followUpDate';
  code: 'date-past' | 'follow-up-past' | 'follow-up-before-date';
}

/**
 * The outcome of checking a draft: the result (the first refusal, in the form's field order), every
 * refusal by field (so each can stand next to its field) and the warnings, which never refuse.
 */
export interface AgreementCheck {
  result: Result<AgreementFields>;
  problems: Partial<Record<AgreementField, Problem>>;
  warnings: AgreementWarning[];
}

/** A command's outcome on an agreement: its result, with every refusal by field and the warnings beside it. */
export type CheckedResult<T> = Result<T> & Pick<AgreementCheck, 'problems' | 'warnings'>;

export function isCollaborationForm(form: string): form is CollaborationForm {
  return (COLLABORATION_FORMS as readonly string[]).includes(form);
}

export function isAgreementStatus(status: string): status is AgreementStatus {
  return (AGREEMENT_STATUSES as readonly string[]).includes(status);
}

/** An empty form: no organisations, the first form of the ladder, nothing else. */
export function emptyAgreementDraft(): AgreementDraft {
  return { what: '', organisationIds: [], coordinatorId: '', firstStep: '', date: '', form: 'videndele', followUpDate: '', linkId: null };
}

/**
 * The draft of an agreement being edited. Organisations no longer in the workshop (`organisationIds`)
 * are left out, and so is a coordinator that was removed: the form cannot show them, so they could
 * neither be unticked nor saved.
 */
export function draftOf(agreement: Agreement, organisationIds: readonly string[]): AgreementDraft {
  const { id: _id, status: _status, statusNote: _note, ...fields } = agreement;
  return {
    ...fields,
    organisationIds: fields.organisationIds.filter((id) => organisationIds.includes(id)),
    coordinatorId: organisationIds.includes(fields.coordinatorId) ? fields.coordinatorId : '',
  };
}

/**
 * A draft started from a strengthening link: both organisations; as "what", `title` (the screen's
 * sentence naming both and what the link says they do, cut at a word to fit); the organisation that
 * strengthens as coordinator (it offered); and the form the link's words point to, or none when they
 * point nowhere or two ways (`guessForm`): then the facilitator chooses, and the form says so.
 */
export function draftFromLink(link: Link, title: string): AgreementDraft {
  const organisationIds = link.fromId === link.toId ? [link.fromId] : [link.fromId, link.toId];
  const what = cutAtWord(normaliseText(title), AGREEMENT_TEXT_MAX);
  return { ...emptyAgreementDraft(), what, organisationIds, coordinatorId: link.fromId, form: guessForm(link.text).form ?? '', linkId: link.id };
}

/** `text` cut to at most `max` characters, at a space when there is one, with "…" when cut. */
function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The form a link's words point to, and the word that points there (`cue`, as written); or no form,
 * with the forms it points to equally (`rivals`: none when no word points anywhere). Words are
 * matched from their start, so "planlægning" is not "lån" and "udlån" is; the first word, the verb
 * that follows "ved at", counts twice.
 */
export interface FormGuess {
  form: CollaborationForm | null;
  cue: string | null;
  rivals: CollaborationForm[];
}

/**
 * The word starts that point to each form, from the app's own phrase for it ("Vi låner, deler eller
 * giver hinanden ting, lokaler eller penge", …). A word is counted once, for each form it points to.
 */
const FORM_CUES: Readonly<Record<CollaborationForm, readonly string[]>> = {
  videndele: ['viden', 'videndel', 'fortælle', 'fortæller', 'oplæg', 'vejled', 'undervis', 'sparring', 'erfaring', 'råd', 'rådgiv', 'kursus', 'kurser', 'lære', 'oplys', 'informere', 'vise'],
  samvirke: ['henvis', 'viderehenvis', 'sende', 'videre', 'dobbeltarbejde', 'undgå', 'koble', 'introducere', 'formidle'],
  ressourceudveksle: ['lån', 'udlån', 'lokaler', 'mødelokal', 'fælleslokal', 'sal', 'penge', 'sponsor', 'udstyr', 'materiel', 'materialer', 'donere', 'donation', 'overskudsvare', 'varer', 'bus', 'frivillige', 'rådighed', 'køkken', 'kontingent'],
  samordne: ['fælles', 'sammen', 'planlæg', 'koordin', 'arrangement', 'afholde', 'arrangere', 'samarbejde'],
  samskabe: ['nyt', 'udvikl', 'skabe', 'skaber', 'opbygge', 'bygge', 'starte', 'etablere', 'opfind', 'nytænk', 'idéudvikl'],
};

/** Short cues that must be the whole word ("sal" is not "salg", "bus" is not "business"). */
const WHOLE_WORD_CUES: ReadonlySet<string> = new Set(['sal', 'bus', 'råd', 'vise', 'sende', 'nyt']);

export function guessForm(text: string): FormGuess {
  const words = text.match(/\p{L}+/gu) ?? [];
  const points = (word: string, cue: string) => {
    const lower = word.toLocaleLowerCase('da');
    return WHOLE_WORD_CUES.has(cue) ? lower === cue || lower === `${cue}e` || lower === `${cue}en` : lower.startsWith(cue);
  };
  const hits = COLLABORATION_FORMS.map((form) => {
    const found = words.flatMap((word, index) => (FORM_CUES[form].some((cue) => points(word, cue)) ? [{ word, index }] : []));
    // The first word is what the link says they do ("ved at låne …"): it counts twice.
    return { form, count: found.reduce((sum, { index }) => sum + (index === 0 ? 2 : 1), 0), cue: found[0]?.word ?? null };
  }).filter((hit) => hit.count > 0);
  const most = Math.max(0, ...hits.map((hit) => hit.count));
  const top = hits.filter((hit) => hit.count === most);
  const [only] = top;
  if (top.length === 1 && only) return { form: only.form, cue: only.cue, rivals: [] };
  return { form: null, cue: null, rivals: top.map((hit) => hit.form) };
}

/**
 * Checks an agreement as typed. `organisationIds` are the workshop's organisations; `today` is
 * `YYYY-MM-DD` (injected so the check is repeatable). Refused: no "what", no organisation, no
 * coordinator or one outside the agreement, an unknown organisation or form, an impossible date.
 * Warned (saving allowed): a date or follow-up date already passed, a follow-up before the date.
 */
export function checkAgreement(draft: AgreementDraft, organisationIds: readonly string[], today: string): AgreementCheck {
  const problems: Partial<Record<AgreementField, Problem>> = {};
  const note = <T,>(field: AgreementField, result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    problems[field] = result.problem;
    return undefined;
  };
  const what = note('what', validateRequiredText(draft.what));
  const chosen = note('organisationIds', validateOrganisations(draft.organisationIds, organisationIds));
  const coordinatorId = note('coordinatorId', validateCoordinator(draft.coordinatorId, draft.organisationIds));
  const firstStep = note('firstStep', validateOptionalText(draft.firstStep, AGREEMENT_TEXT_MAX));
  const date = note('date', validateDate(draft.date));
  const form = note('form', isCollaborationForm(draft.form) ? ok(draft.form) : refuse<CollaborationForm>('agreement-form-unknown'));
  const followUpDate = note('followUpDate', validateDate(draft.followUpDate));
  const warnings = dateWarnings(date ?? '', followUpDate ?? '', today);

  const firstProblem = FIELD_ORDER.map((field) => problems[field]).find((problem) => problem !== undefined);
  if (firstProblem) return { result: { ok: false, problem: firstProblem }, problems, warnings };
  return {
    result: ok({
      what: what ?? '',
      organisationIds: chosen ?? [],
      coordinatorId: coordinatorId ?? '',
      firstStep: firstStep ?? '',
      date: date ?? '',
      form: form ?? 'videndele',
      followUpDate: followUpDate ?? '',
      linkId: draft.linkId,
    }),
    problems,
    warnings,
  };
}

const FIELD_ORDER: readonly AgreementField[] = ['what', 'organisationIds', 'coordinatorId', 'firstStep', 'date', 'form', 'followUpDate'];

function validateRequiredText(raw: string): Result<string> {
  const text = validateOptionalText(raw, AGREEMENT_TEXT_MAX);
  if (!text.ok) return text;
  return text.value === '' ? refuse('agreement-what-empty') : text;
}

/** At least one organisation, each in the workshop, each once (in the workshop's order). */
function validateOrganisations(chosen: readonly string[], organisationIds: readonly string[]): Result<string[]> {
  if (chosen.length === 0) return refuse('agreement-no-organisation');
  if (chosen.some((id) => !organisationIds.includes(id))) return refuse('organisation-missing');
  return ok(organisationIds.filter((id) => chosen.includes(id)));
}

function validateCoordinator(coordinatorId: string, chosen: readonly string[]): Result<string> {
  if (coordinatorId === '') return refuse('agreement-no-coordinator');
  return chosen.includes(coordinatorId) ? ok(coordinatorId) : refuse('agreement-coordinator-outside');
}

/** Dates compare as text: `YYYY-MM-DD` sorts as the calendar does. */
function dateWarnings(date: string, followUpDate: string, today: string): AgreementWarning[] {
  const warnings: AgreementWarning[] = [];
  if (date !== '' && date < today) warnings.push({ field: 'date', code: 'date-past' });
  if (followUpDate !== '' && followUpDate < today) warnings.push({ field: 'followUpDate', code: 'follow-up-past' });
  else if (followUpDate !== '' && date !== '' && followUpDate < date) warnings.push({ field: 'followUpDate', code: 'follow-up-before-date' });
  return warnings;
}

/** The follow-up of an agreement: a status (or none yet) and a note on how it went. */
export function setFollowUp(agreement: Agreement, status: string | null, rawNote: string): Result<Agreement> {
  if (status !== null && !isAgreementStatus(status)) return refuse('agreement-status-unknown');
  const note = validateStatusNote(rawNote);
  if (!note.ok) return note;
  return ok({ ...agreement, status, statusNote: note.value });
}

/** The follow-up note as stored: one line of text, tidied like every short text, at most 500 characters. */
export function validateStatusNote(raw: string): Result<string> {
  return validateOptionalText(raw, STATUS_NOTE_MAX);
}

export { localToday } from './follow-up.ts';

/** An agreement's fields (its id is its key in the setup document). */
export const AGREEMENT_FIELDS = {
  what: field(charsSchema(AGREEMENT_TEXT_MAX, 1), undefined, clampChars(AGREEMENT_TEXT_MAX)),
  organisationIds: field(z.array(idSchema).check(z.maxLength(100)), []),
  coordinatorId: field(idSchema),
  firstStep: field(charsSchema(AGREEMENT_TEXT_MAX), '', clampChars(AGREEMENT_TEXT_MAX)),
  date: field(dateSchema, ''),
  form: field(z.enum(COLLABORATION_FORMS), 'videndele'),
  followUpDate: field(dateSchema, ''),
  linkId: field(z.nullable(idSchema), null),
  status: field(z.nullable(z.enum(AGREEMENT_STATUSES)), null),
  statusNote: field(charsSchema(STATUS_NOTE_MAX), '', clampChars(STATUS_NOTE_MAX)),
};

export const AGREEMENT_RECORD = { ...AGREEMENT_FIELDS, order: field(rankSchema, LAST_RANK) };

/** An agreement's coordinator is one of its organisations. */
export function isAgreementWhole(record: { organisationIds?: unknown; coordinatorId?: unknown }): boolean {
  return Array.isArray(record.organisationIds) && record.organisationIds.includes(record.coordinatorId);
}

/** An agreement whose coordinator is not among its organisations gets it back in (what a reader expects; nothing is dropped). */
export function mendAgreement<T extends { organisationIds: readonly string[]; coordinatorId: string }>(record: T): T {
  return record.organisationIds.includes(record.coordinatorId) ? record : { ...record, organisationIds: [record.coordinatorId, ...record.organisationIds] };
}

/** How many agreements a workshop may hold. */
export const AGREEMENTS_MAX = 300;

// ---- An organisation's answer to an agreement --------------------------------------------------------

/** What a comment on an agreement may hold: a few sentences, like an example on a piece. */
export const AGREEMENT_COMMENT_MAX = 280;

/**
 * One organisation's answer to an agreement it is part of, written on its own tablet and stored in its
 * own document (keyed by the agreement's id): whether it has said "Vi er med", a comment, and — the
 * coordinator's alone — the first step.
 */
export interface AgreementAnswer {
  /** The organisation has said "Vi er med". */
  isIn: boolean;
  comment: string;
  /** The first step as the coordinator wrote it; null when it wrote none (then the facilitator's stands). */
  firstStep: string | null;
}

/** Every organisation's answers: organisation id → agreement id → answer. */
export type AgreementAnswers = Record<string, Record<string, AgreementAnswer>>;

/** What an organisation that has not answered has said: nothing yet. */
export const NO_ANSWER: AgreementAnswer = { isIn: false, comment: '', firstStep: null };

/** An answer's fields in its organisation's document (its key is the agreement's id). */
export const AGREEMENT_ANSWER_RECORD = {
  isIn: field(z.boolean(), false),
  comment: field(charsSchema(AGREEMENT_COMMENT_MAX), '', clampChars(AGREEMENT_COMMENT_MAX)),
  firstStep: field(z.nullable(charsSchema(AGREEMENT_TEXT_MAX)), null, clampChars(AGREEMENT_TEXT_MAX)),
};

/** Who an agreement's answers are judged against: its organisations and its coordinator. */
export type AgreementParties = Pick<Agreement, 'id' | 'organisationIds' | 'coordinatorId'>;

/**
 * Whether `organisationId` may give `answer` to `agreement`: only an organisation that is part of the
 * agreement answers it, and only its coordinator writes a first step (a first step from any other
 * would take the coordinator's place, should it become the coordinator later). `agreement` is
 * undefined when there is no such agreement.
 */
export function checkAnswer(agreement: AgreementParties | undefined, organisationId: string, answer: Pick<AgreementAnswer, 'firstStep'>): Result<true> {
  if (!agreement) return refuse('agreement-missing');
  if (!agreement.organisationIds.includes(organisationId)) return refuse('agreement-not-involved');
  if (answer.firstStep !== null && agreement.coordinatorId !== organisationId) return refuse('agreement-not-coordinator');
  return ok(true);
}

/** A comment as stored: one line of text, tidied like every short text, at most 280 characters. */
export function validateAgreementComment(raw: string): Result<string> {
  return validateOptionalText(raw, AGREEMENT_COMMENT_MAX);
}

/** The first step as the coordinator types it: tidied, at most `AGREEMENT_TEXT_MAX` characters. */
export function validateFirstStep(raw: string): Result<string> {
  return validateOptionalText(raw, AGREEMENT_TEXT_MAX);
}

/**
 * The answers that count, by organisation (every one of `organisationIds` listed, `{}` when it has
 * none): each organisation's answers to the agreements it is part of, in the agreements' order. An
 * answer to an agreement since deleted, or left, stays in the document (undo brings the agreement
 * back) but is not read; a first step from an organisation that is not (or no longer) the coordinator
 * reads as none.
 */
export function answersThatCount(
  agreements: readonly AgreementParties[],
  organisationIds: readonly string[],
  stored: Readonly<Record<string, Readonly<Record<string, AgreementAnswer>>>>,
): AgreementAnswers {
  return Object.fromEntries(
    organisationIds.map((organisationId) => {
      const own = stored[organisationId] ?? {};
      const answers: [string, AgreementAnswer][] = [];
      for (const agreement of agreements) {
        const answer = Object.hasOwn(own, agreement.id) ? own[agreement.id] : undefined;
        if (!answer || !agreement.organisationIds.includes(organisationId)) continue;
        answers.push([agreement.id, answer.firstStep !== null && agreement.coordinatorId !== organisationId ? { ...answer, firstStep: null } : answer]);
      }
      return [organisationId, Object.fromEntries(answers)];
    }),
  );
}

/** `organisationId`'s answer to the agreement (`NO_ANSWER` when it has given none). */
export function answerOf(answers: AgreementAnswers, organisationId: string, agreementId: string): AgreementAnswer {
  const own = answers[organisationId];
  return own && Object.hasOwn(own, agreementId) ? (own[agreementId] ?? NO_ANSWER) : NO_ANSWER;
}

/**
 * The agreements with the first step that stands: the coordinator's, once it has written one on its
 * tablet, else the facilitator's. An agreement whose first step stands as stored is the same object.
 */
export function withFirstSteps(agreements: readonly Agreement[], answers: AgreementAnswers): Agreement[] {
  return agreements.map((agreement) => {
    const firstStep = answerOf(answers, agreement.coordinatorId, agreement.id).firstStep;
    return firstStep === null || firstStep === agreement.firstStep ? agreement : { ...agreement, firstStep };
  });
}

/** The organisations of the agreement that have said "Vi er med", in the agreement's order. */
export function whoIsIn(agreement: Pick<Agreement, 'id' | 'organisationIds'>, answers: AgreementAnswers): string[] {
  return agreement.organisationIds.filter((organisationId) => answerOf(answers, organisationId, agreement.id).isIn);
}

/** The agreements `organisationId` is part of, in the order they were made. */
export function agreementsOf<T extends Pick<Agreement, 'organisationIds'>>(agreements: readonly T[], organisationId: string): T[] {
  return agreements.filter((agreement) => agreement.organisationIds.includes(organisationId));
}
