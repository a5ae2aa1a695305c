import { newId } from '../domain/ids.ts';
import { ok, refuse, type Result } from '../domain/result.ts';
import {
  canAddDriver,
  dropWarmUpPiece as dropRule,
  mergeWarmUpPieces as mergeRule,
  renameWarmUpPiece as renameRule,
  restoreWarmUpPiece as restoreRule,
  validateDriver,
  WARM_UP_ANSWER_RECORD,
  WARM_UP_DECISION_RECORD,
  type WarmUpAnswer,
  type WarmUpDecisions,
  type WarmUpPiece,
} from '../domain/warm-up.ts';
import { coreValueNames, type CommandContext } from './commands.ts';
import { LOCAL_EDIT, LOCAL_TYPING } from './origins.ts';
import { isPhaseLocked } from './progress-commands.ts';
import type { WorkshopDocs } from './workshop-docs.ts';
import {
  driversMap,
  newRecord,
  nextRank,
  organisationsMap,
  readDrivers,
  readWarmUpDecisions,
  readWorkshop,
  warmUpMergesMap,
  warmUpPiecesMap,
  updateRecord,
  writeFields,
} from './workshop-layout.ts';

/*
 * The warm-up's commands. An organisation's answers are written to its own document (in a live
 * session, only its own tablet writes there); the facilitator's merges, names and drops to the setup
 * document. Each command checks with the domain first, changes nothing when refused, and writes in
 * one transaction with origin LOCAL_EDIT, so it is one step in the undo history.
 */

/* An organisation's answers (drivers: what else drives it to take part). None change while the facilitator has locked the warm-up. */

/** Adds an answer to an organisation's list: at most three, each different. */
export function addDriver(context: CommandContext, orgId: string, raw: string): Result<WarmUpAnswer> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  if (isPhaseLocked(context, 'opvarmning')) return refuse('phase-locked', { phase: 'opvarmning' });
  const answers = readDrivers(docs, orgId);
  const room = canAddDriver(answers.length);
  if (!room.ok) return room;
  const text = validateDriver(
    raw,
    answers.map((answer) => answer.text),
  );
  if (!text.ok) return text;
  const answer: WarmUpAnswer = { id: newId(12, context.random), text: text.value };
  const drivers = driversMap(docs, orgId);
  docs.orgDoc(orgId).transact(() => drivers.set(answer.id, newRecord(WARM_UP_ANSWER_RECORD, { text: answer.text, order: nextRank(drivers, 'order') })), LOCAL_EDIT);
  return ok(answer);
}

/** Changes the text of an answer (the piece made from it follows, unless the facilitator renamed it). */
export function updateDriver(context: CommandContext, orgId: string, answerId: string, raw: string): Result<WarmUpAnswer> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  if (isPhaseLocked(context, 'opvarmning')) return refuse('phase-locked', { phase: 'opvarmning' });
  const map = driversMap(docs, orgId).get(answerId);
  if (!map) return refuse('answer-missing');
  const others = readDrivers(docs, orgId).filter((answer) => answer.id !== answerId);
  const text = validateDriver(
    raw,
    others.map((answer) => answer.text),
  );
  if (!text.ok) return text;
  updateRecord(docs.orgDoc(orgId), map, WARM_UP_ANSWER_RECORD, { text: text.value }, LOCAL_TYPING);
  return ok({ id: answerId, text: text.value });
}

/**
 * Removes an answer. The facilitator's decisions about it stay in the setup document (which the
 * organisation does not write), so undo brings the answer back into the piece it was merged into.
 */
export function removeDriver(context: CommandContext, orgId: string, answerId: string): Result<WarmUpAnswer> {
  const { docs } = context;
  if (!organisationsMap(docs).has(orgId)) return refuse('organisation-missing');
  if (isPhaseLocked(context, 'opvarmning')) return refuse('phase-locked', { phase: 'opvarmning' });
  const answer = readDrivers(docs, orgId).find((candidate) => candidate.id === answerId);
  if (!answer) return refuse('answer-missing');
  docs.orgDoc(orgId).transact(() => driversMap(docs, orgId).delete(answerId), LOCAL_EDIT);
  return ok(answer);
}

/* The facilitator's decisions about the pieces. */

/**
 * Merges the piece `sourceId` into `targetId` (the target keeps its id and name) and returns the
 * merged piece. Undo separates them again.
 */
export function mergeWarmUpPieces({ docs }: CommandContext, targetId: string, sourceId: string): Result<WarmUpPiece> {
  const result = decide(docs, (decisions, pieces) => mergeRule(decisions, pieces, targetId, sourceId));
  if (!result.ok) return result;
  return pieceAfter(docs, targetId);
}

/** Gives a piece in play a name of the facilitator's choosing. */
export function renameWarmUpPiece({ docs }: CommandContext, pieceId: string, raw: string): Result<string> {
  const valueNames = [...coreValueNames(), ...readWorkshop(docs).values.custom.map((value) => value.name)];
  const result = decide(docs, (decisions, pieces) => renameRule(decisions, pieces, pieceId, raw, valueNames));
  if (!result.ok) return result;
  const piece = pieceAfter(docs, pieceId);
  return piece.ok ? ok(piece.value.name) : piece;
}

/** Leaves a piece out of the value game; it stays listed and can be taken back in. */
export function dropWarmUpPiece({ docs }: CommandContext, pieceId: string): Result<WarmUpPiece> {
  const result = decide(docs, (decisions, pieces) => dropRule(decisions, pieces, pieceId));
  return result.ok ? pieceAfter(docs, pieceId) : result;
}

/** Takes a left-out piece back into the value game. */
export function restoreWarmUpPiece({ docs }: CommandContext, pieceId: string): Result<WarmUpPiece> {
  const result = decide(docs, (decisions, pieces) => restoreRule(decisions, pieces, pieceId));
  return result.ok ? pieceAfter(docs, pieceId) : result;
}


/** Applies a rule to the current decisions and writes what it changed, as one undo step. */
function decide(
  docs: WorkshopDocs,
  rule: (decisions: WarmUpDecisions, pieces: readonly WarmUpPiece[]) => Result<WarmUpDecisions>,
): Result<WarmUpDecisions> {
  const before = readWarmUpDecisions(docs);
  const result = rule(before, readWorkshop(docs).warmUp.pieces);
  if (!result.ok) return result;
  const writes = decisionWrites(docs, before, result.value);
  if (writes.length > 0) {
    docs.setup.transact(() => {
      for (const write of writes) write();
    }, LOCAL_EDIT);
  }
  return result;
}

function pieceAfter(docs: WorkshopDocs, pieceId: string): Result<WarmUpPiece> {
  const piece = readWorkshop(docs).warmUp.pieces.find((candidate) => candidate.id === pieceId);
  return piece ? ok(piece) : refuse('warm-up-piece-missing');
}

/** The writes that turn the stored decisions `before` into `after`; none when nothing changed. */
function decisionWrites(docs: WorkshopDocs, before: WarmUpDecisions, after: WarmUpDecisions): (() => void)[] {
  const writes: (() => void)[] = [];
  const merges = warmUpMergesMap(docs);
  for (const [answerId, pieceId] of Object.entries(after.merges)) {
    if (before.merges[answerId] !== pieceId) writes.push(() => merges.set(answerId, pieceId));
  }
  for (const answerId of Object.keys(before.merges)) {
    if (!(answerId in after.merges)) writes.push(() => merges.delete(answerId));
  }
  const pieceIds = new Set([...Object.keys(before.names), ...Object.keys(after.names), ...before.dropped, ...after.dropped]);
  for (const pieceId of pieceIds) {
    const name = after.names[pieceId];
    if (before.names[pieceId] !== name) {
      writes.push(() => writeFields(pieceMap(docs, pieceId), WARM_UP_DECISION_RECORD, { name: name ?? '' }));
    }
    const isDropped = after.dropped.includes(pieceId);
    if (before.dropped.includes(pieceId) !== isDropped) {
      writes.push(() => writeFields(pieceMap(docs, pieceId), WARM_UP_DECISION_RECORD, { isDropped }));
    }
  }
  return writes;
}

/** A piece's decision map, made on its first decision. */
function pieceMap(docs: WorkshopDocs, pieceId: string) {
  const pieces = warmUpPiecesMap(docs);
  const existing = pieces.get(pieceId);
  if (existing) return existing;
  const map = newRecord(WARM_UP_DECISION_RECORD, { name: '', isDropped: false });
  pieces.set(pieceId, map);
  return map;
}
