import StemmerDa from '@nlpjs/lang-da/src/stemmer-da.js';
import { dan, eng } from 'stopword';

/*
 * What a card says, as words a match can compare: lower case, without stop words, each reduced to its
 * stem by the Danish Snowball stemmer (@nlpjs/lang-da), so "lokaler" meets "lokale" and "fritidsjobbet"
 * meets "fritidsjob". Danish writes compounds as one word, so a stem also meets the last part of a
 * compound ("fritidsjob" meets "job", "mødelokale" meets "lokale") and, when long enough, its first
 * part ("lektiehjælp" meets "lektier"). Stop words: the `stopword` package's Danish and English lists,
 * and a few words every card uses ("hjælp", "gerne") that say nothing about what is offered or needed.
 * Only the collaboration screens load this (the libraries stay out of the first screen's bundle).
 */

const stemmer = new StemmerDa();

/** Words every card may use; they never make two cards alike. Stemmed like the cards' words. */
const CARD_STOP_WORDS = [
  'gerne', 'hjælp', 'hjælpe', 'søge', 'søger', 'finde', 'finder', 'mulighed', 'muligheder', 'brug', 'bruge', 'styrke', 'styrkes', 'bidrage', 'give', 'tilbyde', 'behov', 'ønske', 'ønsker', 'klar',
  'andre', 'område', 'området', 'lokalområdet', 'organisation', 'organisationer', 'forening', 'foreninger', 'året', 'uge', 'ugen',
];

const STOP_WORDS: ReadonlySet<string> = new Set([...dan, ...eng, ...CARD_STOP_WORDS]);
const STOP_STEMS: ReadonlySet<string> = new Set(CARD_STOP_WORDS.map((word) => stemmer.stemWord(word)));

/** The shortest stem that counts (Danish has useful three-letter stems: "job", "ung", "sal"). */
const MIN_STEM = 3;
/** A compound's first part must be this long to count ("lektie" in "lektiehjælp"; not "ung" in "ungdomsskole"). */
const MIN_HEAD = 5;

export interface CardWord {
  /** As written, lower case. */
  word: string;
  stem: string;
}

/** Card texts already read (the matches are worked out again on every change of any card). */
const known = new Map<string, readonly CardWord[]>();
const KNOWN_MAX = 2000;

/** The words of a text that say something, each once (by stem), in the order written. */
export function cardWords(text: string): readonly CardWord[] {
  const found = known.get(text);
  if (found) return found;
  if (known.size >= KNOWN_MAX) known.clear();
  const words = readWords(text);
  known.set(text, words);
  return words;
}

function readWords(text: string): CardWord[] {
  const seen = new Set<string>();
  const words: CardWord[] = [];
  for (const word of text.toLocaleLowerCase('da').match(/\p{L}+/gu) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    const stem = stemmer.stemWord(word);
    if ([...stem].length < MIN_STEM || STOP_STEMS.has(stem) || seen.has(stem)) continue;
    seen.add(stem);
    words.push({ word, stem });
  }
  return words;
}

/** A word meeting a part of a compound counts half: "job" says less about "fritidsjob" than "fritidsjob" does. */
const COMPOUND_CLOSENESS = 0.5;

/** A last part this short must follow a joint ("fritids|job", "studie|job"), or "område" would hold "råd". */
const SHORT_TAIL = 3;
const JOINTS = new Set(['s', 'e']);

/**
 * How closely two stems meet: 1 when they are the same, a half when one is a part of a compound the
 * other is (its last part, or a first part of at least `MIN_HEAD` letters, with at least three letters
 * left over), else 0.
 */
export function stemCloseness(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length < MIN_STEM) return 0;
  if (long.endsWith(short)) return short.length > SHORT_TAIL || JOINTS.has(long.at(-short.length - 1) ?? '') ? COMPOUND_CLOSENESS : 0;
  if (short.length >= MIN_HEAD && long.startsWith(short)) return COMPOUND_CLOSENESS;
  return 0;
}
