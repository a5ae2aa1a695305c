import {
  AGREEMENT_ANSWER_RECORD,
  AGREEMENT_RECORD,
  checkAgreement,
  checkAnswer,
  NO_ANSWER,
  setFollowUp,
  validateAgreementComment,
  validateFirstStep,
  validateStatusNote,
  type Agreement,
  type AgreementAnswer,
  type AgreementDraft,
  type CheckedResult,
} from '../domain/agreement.ts';
import { newId } from '../domain/ids.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';
import { isPhaseLocked } from './progress-commands.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import {
  agreementAnswersMap,
  agreementRecord,
  agreementsMap,
  newRecord,
  nextRank,
  organisationsMap,
  readAgreementAnswers,
  readAgreements,
  readWorkshop,
  updateRecord,
} from './workshop-layout.ts';

/*
 * Aftaler and their follow-up, the facilitator's: written to the setup document. Each command checks
 * with the domain first and changes nothing when refused; a past date is a warning beside the
 * result, never a refusal. Adding, editing, removing and a status are one undo step each (LOCAL_EDIT);
 * the follow-up note is typing (LOCAL_TYPING), so undo takes back a word, not a letter.
 *
 * The organisations' answers ("Vi er med", a comment, the coordinator's first step) are written to
 * each organisation's own document, so in a live session each tablet writes only its own. They are
 * refused while the facilitator has locked Aftaler, as the server refuses them (`LOCKED_BY_PHASE`).
 */

/** Adds an agreement, from scratch or from a link's prefilled draft. `today` is `YYYY-MM-DD`. */
export function addAgreement(context: CommandContext, draft: AgreementDraft, today: string): CheckedResult<Agreement> {
  const { docs } = context;
  const check = checkAgreement(draft, organisationIds(docs), today);
  const { problems, warnings } = check;
  if (!check.result.ok) return { ...check.result, problems, warnings };
  if (check.result.value.linkId !== null && !hasLink(docs, check.result.value.linkId)) return { ...refuse('agreement-link-missing'), problems, warnings };
  const agreement: Agreement = { id: newId(12, context.random), ...check.result.value, status: null, statusNote: '' };
  const map = agreementsMap(docs);
  docs.setup.transact(() => map.set(agreement.id, agreementRecord(agreement, nextRank(map, 'order'))), LOCAL_EDIT);
  return { ...ok(agreement), problems, warnings };
}

/**
 * Changes an agreement's fields (its follow-up stays); only what changed is written. The first step
 * goes to the setup and, when the coordinator has written one on its tablet, to its answer too, so
 * the two never disagree (one undo step). `opened` is the draft the form was opened with: a first step left as it
 * was keeps the one that stands now (the coordinator may have written one meanwhile).
 */
export function updateAgreement({ docs, together = (write) => write() }: CommandContext, agreementId: string, draft: AgreementDraft, today: string, opened?: AgreementDraft): CheckedResult<Agreement> {
  const existing = findAgreement(docs, agreementId);
  if (!existing) return { ...refuse('agreement-missing'), problems: {}, warnings: [] };
  const standing = readAgreementAnswers(docs, existing.coordinatorId)[agreementId]?.firstStep ?? existing.firstStep;
  const isFirstStepKept = opened !== undefined && opened.firstStep === draft.firstStep;
  const check = checkAgreement(isFirstStepKept ? { ...draft, firstStep: standing } : draft, organisationIds(docs), today);
  const { problems, warnings } = check;
  if (!check.result.ok) return { ...check.result, problems, warnings };
  const next: Agreement = { ...existing, ...check.result.value };
  const map = agreementsMap(docs).get(agreementId);
  const { id: _id, ...fields } = next;
  const coordinatorAnswer = agreementAnswersMap(docs, next.coordinatorId).get(agreementId);
  const written = readAgreementAnswers(docs, next.coordinatorId)[agreementId]?.firstStep ?? null;
  together(() => {
    if (map) updateRecord(docs.setup, map, AGREEMENT_RECORD, fields, LOCAL_EDIT);
    if (coordinatorAnswer && written !== null) updateRecord(docs.orgDoc(next.coordinatorId), coordinatorAnswer, AGREEMENT_ANSWER_RECORD, { firstStep: next.firstStep }, LOCAL_EDIT);
  });
  return { ...ok(next), problems, warnings };
}

/** Removes an agreement; undo brings it back in its place. */
export function removeAgreement({ docs }: CommandContext, agreementId: string): Result<Agreement> {
  const existing = findAgreement(docs, agreementId);
  if (!existing) return refuse('agreement-missing');
  docs.setup.transact(() => agreementsMap(docs).delete(agreementId), LOCAL_EDIT);
  return ok(existing);
}

/** Sets the follow-up status (gennemført, i gang, droppet), or clears it with `null`. */
export function setAgreementStatus({ docs }: CommandContext, agreementId: string, status: string | null): Result<Agreement> {
  const existing = findAgreement(docs, agreementId);
  if (!existing) return refuse('agreement-missing');
  const result = setFollowUp(existing, status, existing.statusNote);
  if (!result.ok) return result;
  const map = agreementsMap(docs).get(agreementId);
  if (map) updateRecord(docs.setup, map, AGREEMENT_RECORD, { status: result.value.status }, LOCAL_EDIT);
  return result;
}

/** Writes the follow-up note as it is typed. */
export function writeStatusNote({ docs }: CommandContext, agreementId: string, raw: string): Result<string> {
  const existing = findAgreement(docs, agreementId);
  if (!existing) return refuse('agreement-missing');
  const note = validateStatusNote(raw);
  if (!note.ok) return note;
  const map = agreementsMap(docs).get(agreementId);
  if (map) updateRecord(docs.setup, map, AGREEMENT_RECORD, { statusNote: note.value }, LOCAL_TYPING);
  return note;
}

/** Says "Vi er med" for `orgId` to an agreement it is part of, or takes it back (`isIn` false). */
export function setAgreementIn(context: CommandContext, orgId: string, agreementId: string, isIn: boolean): Result<AgreementAnswer> {
  return writeAnswer(context, orgId, agreementId, { isIn });
}

/** Writes `orgId`'s comment on an agreement it is part of (empty takes it away). */
export function setAgreementComment(context: CommandContext, orgId: string, agreementId: string, raw: string): Result<AgreementAnswer> {
  const comment = validateAgreementComment(raw);
  return comment.ok ? writeAnswer(context, orgId, agreementId, { comment: comment.value }) : comment;
}

/**
 * The coordinator's first step, written on its own tablet: it stands for the agreement from then on
 * (over the facilitator's; `withFirstSteps`). Refused for any other organisation.
 */
export function setCoordinatorFirstStep(context: CommandContext, orgId: string, agreementId: string, raw: string): Result<AgreementAnswer> {
  const firstStep = validateFirstStep(raw);
  return firstStep.ok ? writeAnswer(context, orgId, agreementId, { firstStep: firstStep.value }) : firstStep;
}

/**
 * Writes part of an organisation's answer, in its own document, as one undo step. A first step an
 * organisation wrote while it was the coordinator goes when it writes again and no longer is (it
 * would not stand, and the server takes a first step from the coordinator alone). Refused while
 * Aftaler is locked.
 */
function writeAnswer(context: CommandContext, orgId: string, agreementId: string, change: Partial<AgreementAnswer>): Result<AgreementAnswer> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  if (isPhaseLocked(context, 'aftaler')) return refuse('phase-locked', { phase: 'aftaler' });
  const agreement = findAgreement(docs, agreementId);
  const before = readAgreementAnswers(docs, orgId)[agreementId];
  const isCoordinator = agreement?.coordinatorId === orgId;
  const next: AgreementAnswer = { ...NO_ANSWER, ...before, ...change, ...(isCoordinator ? {} : { firstStep: null }) };
  const checked = checkAnswer(agreement, orgId, { firstStep: change.firstStep ?? next.firstStep });
  if (!checked.ok) return checked;
  const answers = agreementAnswersMap(docs, orgId);
  const map = answers.get(agreementId);
  if (map) updateRecord(docs.orgDoc(orgId), map, AGREEMENT_ANSWER_RECORD, next, LOCAL_EDIT);
  else docs.orgDoc(orgId).transact(() => answers.set(agreementId, newRecord(AGREEMENT_ANSWER_RECORD, next)), LOCAL_EDIT);
  return ok(next);
}

function findAgreement(docs: WorkshopDocs, agreementId: string): Agreement | undefined {
  return readAgreements(docs).find((agreement) => agreement.id === agreementId);
}

function organisationIds(docs: WorkshopDocs): string[] {
  return readWorkshop(docs).organisations.map((organisation) => organisation.id);
}

function hasLink(docs: WorkshopDocs, linkId: string): boolean {
  return readWorkshop(docs).links.some((link) => link.id === linkId);
}
