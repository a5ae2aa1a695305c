import { ok, refuse, type Result } from './result.ts';
import { isSameName, NAME_MAX, validateName, validateUniqueName } from './text.ts';
import { CUSTOM_VALUE_COLOURS } from './value.ts';
import * as z from 'zod/mini';
import { charsSchema, clampChars, field, idSchema, LAST_RANK, rankSchema } from './schema.ts';

/*
 * The warm-up (opvarmning). Each organisation names up to three other things that drive it to take
 * part; each answer becomes a value piece of its own. The facilitator merges duplicates, renames and
 * leaves out pieces. Answers belong to the organisation (its own document); the facilitator's
 * decisions are kept apart from them (the setup document), and the pieces are derived from both, so
 * neither side ever overwrites what the other made.
 */

/** How many answers one organisation may give. */
export const DRIVERS_MAX = 3;

/** The prefix of a warm-up piece's id; the rest is the id of the piece's first answer. */
export const WARM_UP_PIECE_PREFIX = 'opv-';

/** One organisation's answer: something else that drives it to take part. */
export interface WarmUpAnswer {
  id: string;
  text: string;
}

/** An organisation's answers, in the order it gave them. */
export interface OrganisationAnswers {
  organisationId: string;
  answers: readonly WarmUpAnswer[];
}

/** What the facilitator decided about the pieces. Absent entries mean "as the answers say". */
export interface WarmUpDecisions {
  /** Answer id → the id of the piece it was merged into. */
  merges: Readonly<Record<string, string>>;
  /** Piece id → the name the facilitator gave it. */
  names: Readonly<Record<string, string>>;
  /** Ids of the pieces left out of the game. */
  dropped: readonly string[];
}

export const NO_DECISIONS: WarmUpDecisions = { merges: {}, names: {}, dropped: [] };

/** A value piece from the warm-up, as screens, the board and print see it. */
export interface WarmUpPiece {
  /** `opv-<id of its first answer>`; a merge keeps the target's id. */
  id: string;
  name: string;
  colour: string;
  /** The organisations that gave one of its answers, each once, in board order. */
  proposedBy: string[];
  /** Its answers, in board order and then in each organisation's own order. */
  answerIds: string[];
  /** Left out of the game by the facilitator (kept, so it can be taken back in). */
  isDropped: boolean;
}

/** The piece an answer makes on its own, before any merge. */
export function pieceIdOfAnswer(answerId: string): string {
  return `${WARM_UP_PIECE_PREFIX}${answerId}`;
}

/**
 * Checks an organisation's answer as typed: trimmed, 1–80 characters, and not the same as another
 * of its answers (`others`: its other answers' texts, leaving out the one being edited).
 */
export function validateDriver(raw: string, others: readonly string[]): Result<string> {
  const text = validateName(raw);
  if (!text.ok) {
    // The name rules, told as an answer: "write an answer", "the text is too long".
    if (text.problem.code === 'name-empty') return refuse('answer-empty');
    return refuse('text-too-long', text.problem.params);
  }
  const clash = others.find((other) => isSameName(other, text.value));
  return clash === undefined ? text : refuse('answer-taken', { text: clash });
}

/** Whether an organisation with `count` answers may give one more. */
export function canAddDriver(count: number): Result<number> {
  return count < DRIVERS_MAX ? ok(count + 1) : refuse('answers-full', { max: DRIVERS_MAX });
}

/**
 * A colour from the custom values' palette, chosen from the piece's id alone (FNV-1a hash), so a
 * piece keeps its colour whatever happens to the other pieces.
 */
export function warmUpColour(pieceId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < pieceId.length; index += 1) {
    hash ^= pieceId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return CUSTOM_VALUE_COLOURS[hash % CUSTOM_VALUE_COLOURS.length] ?? CUSTOM_VALUE_COLOURS[0];
}

/**
 * The warm-up pieces, derived from every organisation's answers (in board order) and the
 * facilitator's decisions. Each answer belongs to the piece it was merged into, or else to its own.
 * A piece is named by the facilitator's name, or else by the text of the answer that gave it its id
 * (or, when that answer was removed, its first answer). Pieces come in the board order of that
 * answer. Decisions about answers that no longer exist are kept but have no effect.
 */
export function deriveWarmUpPieces(answersByOrganisation: readonly OrganisationAnswers[], decisions: WarmUpDecisions): WarmUpPiece[] {
  const groups = new Map<string, { organisationId: string; answer: WarmUpAnswer; position: number }[]>();
  let position = 0;
  for (const { organisationId, answers } of answersByOrganisation) {
    for (const answer of answers) {
      const pieceId = decisions.merges[answer.id] ?? pieceIdOfAnswer(answer.id);
      const group = groups.get(pieceId) ?? [];
      group.push({ organisationId, answer, position: position++ });
      groups.set(pieceId, group);
    }
  }
  const pieces = [...groups.entries()].map(([id, members]) => {
    const anchor = members.find((member) => pieceIdOfAnswer(member.answer.id) === id) ?? members[0];
    return {
      position: anchor?.position ?? 0,
      piece: {
        id,
        name: decisions.names[id] ?? anchor?.answer.text ?? '',
        colour: warmUpColour(id),
        proposedBy: [...new Set(members.map((member) => member.organisationId))],
        answerIds: members.map((member) => member.answer.id),
        isDropped: decisions.dropped.includes(id),
      } satisfies WarmUpPiece,
    };
  });
  return pieces.sort((a, b) => a.position - b.position).map(({ piece }) => piece);
}

/** The pieces that take part in the game: the ones not left out. */
export function activeWarmUpPieces(pieces: readonly WarmUpPiece[]): WarmUpPiece[] {
  return pieces.filter((piece) => !piece.isDropped);
}

function findPiece(pieces: readonly WarmUpPiece[], id: string): WarmUpPiece | undefined {
  return pieces.find((piece) => piece.id === id);
}

/**
 * Merges the piece `sourceId` into `targetId`: the source's answers join the target, which keeps
 * its id and name and now lists every organisation that proposed either. Both must be in play;
 * a piece cannot be merged with itself. Nothing is deleted: the answers stay with their
 * organisations, and the source's own name stays in the decisions.
 */
export function mergeWarmUpPieces(
  decisions: WarmUpDecisions,
  pieces: readonly WarmUpPiece[],
  targetId: string,
  sourceId: string,
): Result<WarmUpDecisions> {
  const target = findPiece(pieces, targetId);
  const source = findPiece(pieces, sourceId);
  if (!target || !source) return refuse('warm-up-piece-missing');
  if (target.id === source.id) return refuse('warm-up-merge-self');
  if (target.isDropped || source.isDropped) return refuse('warm-up-piece-dropped');
  const merges = { ...decisions.merges };
  for (const answerId of source.answerIds) {
    // An answer going back to the piece it made itself needs no entry.
    if (pieceIdOfAnswer(answerId) === target.id) delete merges[answerId];
    else merges[answerId] = target.id;
  }
  return ok({ ...decisions, merges });
}

/**
 * Renames a piece in play. The name follows the name rules (trimmed, 1–80 characters) and may not
 * be the name of another value in play: another warm-up piece in play, or one of `valueNames` (the
 * core values' names in every language and the custom values' names).
 */
export function renameWarmUpPiece(
  decisions: WarmUpDecisions,
  pieces: readonly WarmUpPiece[],
  pieceId: string,
  raw: string,
  valueNames: readonly string[],
): Result<WarmUpDecisions> {
  const piece = findPiece(pieces, pieceId);
  if (!piece) return refuse('warm-up-piece-missing');
  if (piece.isDropped) return refuse('warm-up-piece-dropped');
  const unchanged = validateName(raw);
  // Keeping the name it has is always fine, even when another piece happens to share it.
  if (unchanged.ok && unchanged.value === piece.name) return ok(decisions);
  const otherPieces = activeWarmUpPieces(pieces).filter((other) => other.id !== pieceId);
  const name = validateUniqueName(raw, [...valueNames, ...otherPieces.map((other) => other.name)]);
  if (!name.ok) return name;
  return ok({ ...decisions, names: { ...decisions.names, [pieceId]: name.value } });
}

/** Leaves a piece out of the game (it stays listed, and can be taken back in). */
export function dropWarmUpPiece(decisions: WarmUpDecisions, pieces: readonly WarmUpPiece[], pieceId: string): Result<WarmUpDecisions> {
  const piece = findPiece(pieces, pieceId);
  if (!piece) return refuse('warm-up-piece-missing');
  if (piece.isDropped) return ok(decisions);
  return ok({ ...decisions, dropped: [...decisions.dropped, pieceId] });
}

/** Takes a left-out piece back into the game. */
export function restoreWarmUpPiece(decisions: WarmUpDecisions, pieces: readonly WarmUpPiece[], pieceId: string): Result<WarmUpDecisions> {
  const piece = findPiece(pieces, pieceId);
  if (!piece) return refuse('warm-up-piece-missing');
  return ok({ ...decisions, dropped: decisions.dropped.filter((id) => id !== pieceId) });
}

/** An answer's fields in its organisation's document (its id is its key). */
export const WARM_UP_ANSWER_RECORD = {
  text: field(charsSchema(NAME_MAX, 1), undefined, clampChars(NAME_MAX)),
  order: field(rankSchema, LAST_RANK),
};

/** The facilitator's decision about one piece (its id is its key): a new name, or left out. */
export const WARM_UP_DECISION_RECORD = {
  name: field(charsSchema(NAME_MAX), '', clampChars(NAME_MAX)),
  isDropped: field(z.boolean(), false),
};

/** A merge: the answer (the key) goes into this piece. */
export const WARM_UP_MERGE_SCHEMA = idSchema;
