import { COMMON_PICTURE_RECORD, keyPointsText } from '../domain/common-picture.ts';
import { ok, type Result } from '../domain/result.ts';
import type { CommandContext } from './commands.ts';
import { LOCAL_TYPING } from './origins.ts';
import { commonPictureMap, updateRecord } from './workshop-layout.ts';

/*
 * Det fælles billede: the facilitator's key points from the dialogue, in the setup document (the
 * facilitator's). The reveal itself is `setRevealed` in commands.ts.
 */

/**
 * Stores the facilitator's key points, cut at 2000 characters (`isCut` says so, for a message).
 * Undoable as typing (LOCAL_TYPING): quick keystrokes merge into one undo step.
 */
export function setKeyPoints({ docs }: CommandContext, raw: string): Result<{ text: string; isCut: boolean }> {
  const result = keyPointsText(raw);
  // Only a real change is written: the same text again would be an undo step that does nothing.
  updateRecord(docs.setup, commonPictureMap(docs), COMMON_PICTURE_RECORD, { keyPoints: result.text }, LOCAL_TYPING);
  return ok(result);
}
