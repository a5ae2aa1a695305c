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
 * A draft started from a strengthening link: both organisations, the link's text as "what", the
 * organisation that strengthens as coordinator (it offered), and the form the link suggests.
 */
export function draftFromLink(link: Link): AgreementDraft {
  const organisationIds = link.fromId === link.toId ? [link.fromId] : [link.fromId, link.toId];
  return { ...emptyAgreementDraft(), what: normaliseText(link.text), organisationIds, coordinatorId: link.fromId, form: suggestedForm(link.text), linkId: link.id };
}

/**
 * A first guess at the collaboration form from a link's words: lending or giving something is
 * resource exchange, doing or making something together is coordinating, referring is working side
 * by side; otherwise sharing knowledge, the lightest form. The facilitator changes it freely.
 */
export function suggestedForm(text: string): CollaborationForm {
  const words = text.toLocaleLowerCase('da');
  if (/l[åa]n|lokale|penge|udstyr|give|donere|bus|rum\b|materiel/u.test(words)) return 'ressourceudveksle';
  if (/nyt|ny indsats|udvikle|skabe/u.test(words)) return 'samskabe';
  if (/sammen|fælles|arrangement|afholde/u.test(words)) return 'samordne';
  if (/henvis|sende|videre/u.test(words)) return 'samvirke';
  return 'videndele';
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

/** Today's date on this device as `YYYY-MM-DD` (local time: the room's calendar, not UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
