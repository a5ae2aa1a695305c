/** This user's own discrete edit (a click, a drop): recorded in the undo history as a step of its own. */
export const LOCAL_EDIT = Symbol('local-edit');
/**
 * This user's typing (or dragging a colour picker): recorded in the undo history, and changes less
 * than the capture time apart merge into one step, so undo takes back a word, not a letter.
 */
export const LOCAL_TYPING = Symbol('local-typing');
/** Transaction origin of bookkeeping that is not an intention of the user (not undoable). */
export const HOUSEKEEPING = Symbol('housekeeping');
