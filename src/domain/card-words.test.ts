import { describe, expect, it } from 'vitest';
import { cardWords, stemCloseness } from './card-words.ts';

describe('cardWords', () => {
  it.each([
    ['Unge, der er klar til et fritidsjob', ['ung', 'fritidsjob']],
    ['Hjælp til at søge fonde', ['fond']],
    ['Vi kan låne jer vores mødelokale', ['lån', 'mødelokal']],
    ['Lokaler, lokaler og et lokale', ['lokal']],
    ['Frivillige til frivilligt arbejde', ['frivil', 'arbejd']],
  ])('%j → %j (stop words out, stems once)', (text, stems) => {
    expect(cardWords(text).map((word) => word.stem)).toEqual(stems);
  });
});

describe('stemCloseness', () => {
  it.each([
    ['fritidsjob', 'fritidsjob', 1],
    ['fritidsjob', 'job', 0.5], // the last part of a compound, after a joint
    ['lektiehjælp', 'lekti', 0.5], // a long enough first part
    ['mødelokal', 'lokal', 0.5],
    ['boligområd', 'råd', 0], // "område" holds "råd", but not as a compound
    ['ungdomsskol', 'ung', 0], // a first part too short to trust
    ['fond', 'fonde', 0], // too little left over: left to the stemmer
    ['lån', 'plan', 0],
  ])('%s ~ %s = %d', (a, b, closeness) => {
    expect(stemCloseness(a, b)).toBe(closeness);
    expect(stemCloseness(b, a)).toBe(closeness);
  });
});
