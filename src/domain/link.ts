/**
 * A strengthening link: "X styrker Y ved at …". Made by organisation X (stored in X's own document).
 */
export interface Link {
  id: string;
  /** The organisation that strengthens (X). */
  fromId: string;
  /** The organisation that is strengthened (Y). */
  toId: string;
  /** "… ved at <text>". */
  text: string;
  /** The offer card the link was made from, or null. */
  offerCardId: string | null;
}
