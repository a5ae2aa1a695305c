/** Transaction origin of this user's own edits: recorded in the undo history. */
export const LOCAL_EDIT = Symbol('local-edit');
/** Transaction origin of bookkeeping that is not an intention of the user (not undoable). */
export const HOUSEKEEPING = Symbol('housekeeping');
