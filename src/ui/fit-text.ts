import { hyphenateWords } from '../domain/hyphenation.ts';
import { wrapWords } from '../domain/line-breaking.ts';
import { measuredLabelWidth } from './label-measure.ts';

/**
 * `text` for a line box `width` px wide at `fontSize` px (bold): the words wider than that get their
 * Danish break points (soft hyphens), the others stay whole, so a browser breaks a name between words
 * where it can and inside a word only with a hyphen.
 */
export function hyphenateToFit(text: string, width: number, fontSize: number): string {
  const maxEm = width / Math.max(1, fontSize);
  return hyphenateWords(text, (word) => (measuredLabelWidth(word) ?? [...word].length * 0.66) > maxEm);
}

/** How many lines `text` takes in a box `width` px wide at `fontSize` px (bold), broken as `hyphenateToFit` lets it. */
export function lineCountToFit(text: string, width: number, fontSize: number): number {
  const emWidth = (line: string) => measuredLabelWidth(line) ?? [...line].length * 0.66;
  return wrapWords(hyphenateToFit(text, width, fontSize), width / Math.max(1, fontSize), emWidth).length;
}

/** The length from which a word may need breaking in a column of text (a card, a list): 12 letters. */
const LONG_WORD = 12;

/**
 * `text` with Danish break points in its long words only (12 letters or more), for text in a column whose
 * width is not known in advance: short words are never hyphenated, long compounds can be.
 */
export function hyphenateLongWords(text: string): string {
  return hyphenateWords(text, (word) => [...word].length >= LONG_WORD);
}
