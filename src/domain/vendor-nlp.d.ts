// Types for the two text libraries the matcher uses (neither ships its own).
declare module '@nlpjs/lang-da/src/stemmer-da.js' {
  /** The Snowball stemmer for Danish. */
  export default class StemmerDa {
    stemWord(word: string): string;
  }
}

declare module 'stopword' {
  /** Danish stop words, lower case. */
  export const dan: readonly string[];
  /** English stop words, lower case. */
  export const eng: readonly string[];
}
