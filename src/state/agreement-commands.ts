import {
  AGREEMENT_RECORD,
  checkAgreement,
  setFollowUp,
  validateStatusNote,
  type Agreement,
  type AgreementDraft,
  type CheckedResult,
} from '../domain/agreement.ts';
import { newId } from '../domain/ids.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import { agreementRecord, agreementsMap, nextRank, readAgreements, readWorkshop, updateRecord } from './workshop-layout.ts';

/*
 * Aftaler and their follow-up, the facilitator's: written to the setup document. Each command checks
 * with the domain first and changes nothing when refused; a past date is a warning beside the
 * result, never a refusal. Adding, editing, removing and a status are one undo step each (LOCAL_EDIT);
 * the follow-up note is typing (LOCAL_TYPING), so undo takes back a word, not a letter.
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

/** Changes an agreement's fields (its follow-up stays); only what changed is written. */
export function updateAgreement({ docs }: CommandContext, agreementId: string, draft: AgreementDraft, today: string): CheckedResult<Agreement> {
  const existing = findAgreement(docs, agreementId);
  if (!existing) return { ...refuse('agreement-missing'), problems: {}, warnings: [] };
  const check = checkAgreement(draft, organisationIds(docs), today);
  const { problems, warnings } = check;
  if (!check.result.ok) return { ...check.result, problems, warnings };
  const next: Agreement = { ...existing, ...check.result.value };
  const map = agreementsMap(docs).get(agreementId);
  const { id: _id, ...fields } = next;
  if (map) updateRecord(docs.setup, map, AGREEMENT_RECORD, fields, LOCAL_EDIT);
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

function findAgreement(docs: WorkshopDocs, agreementId: string): Agreement | undefined {
  return readAgreements(docs).find((agreement) => agreement.id === agreementId);
}

function organisationIds(docs: WorkshopDocs): string[] {
  return readWorkshop(docs).organisations.map((organisation) => organisation.id);
}

function hasLink(docs: WorkshopDocs, linkId: string): boolean {
  return readWorkshop(docs).links.some((link) => link.id === linkId);
}
