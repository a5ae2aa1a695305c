import { describe, expect, it } from 'vitest';
import { fileNameSlug } from '../domain/file-name.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { formatBytes, formatDate, formatDecimal, formatList, formatNumber, formatTime, pluralCategory } from './format.ts';

describe('formatting for the language', () => {
  it.each([
    ['da', 1024, '1.024'],
    ['en', 1024, '1,024'],
    ['da', 2.5, '2,5'],
    ['en', 2.5, '2.5'],
    ['da', 7, '7'],
  ] as const)('formatNumber %s %d → %s', (language, value, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });

  it.each([
    ['da', 21, 1, '21,0'],
    ['en', 21, 1, '21.0'],
    ['da', 0.25, 2, '0,25'],
  ] as const)('formatDecimal %s %d (%d digits) → %s', (language, value, digits, expected) => {
    expect(formatDecimal(value, digits, language)).toBe(expected);
  });

  it.each([
    ['en', 512, '512 B'],
    ['da', 1.5 * 1024 * 1024, '1,5 MB'],
    ['en', 1.5 * 1024 * 1024, '1.5 MB'],
    ['da', 21 * 1024 * 1024, '21 MB'],
    ['en', 300 * 1024 ** 3, '300 GB'],
    ['da', 0, '0 B'],
  ] as const)('formatBytes %s %d → %s', (language, bytes, expected) => {
    expect(formatBytes(bytes, language)).toBe(expected);
  });

  it.each([
    ['da', '2026-11-22', '22. november 2026'],
    ['en', '2026-11-22', '22 November 2026'],
    ['da', 'not a date', 'not a date'],
  ] as const)('formatDate %s %s → %s', (language, iso, expected) => {
    expect(formatDate(iso, language)).toBe(expected);
  });

  it('writes clock times the language’s way', () => {
    const at = new Date(2026, 10, 22, 14, 5).getTime();
    expect(formatTime(at, 'da')).toBe('14.05');
    expect(formatTime(at, 'en')).toBe('14:05');
  });

  it('joins lists with the language’s "and"', () => {
    expect(formatList(['A', 'B', 'C'], 'da')).toBe('A, B og C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });

  it.each([
    ['da', 0, 'other'],
    ['da', 1, 'one'],
    ['da', 2, 'other'],
    ['en', 1, 'one'],
    ['en', 0, 'other'],
  ] as const)('pluralCategory %s %d → %s', (language, count, expected) => {
    expect(pluralCategory(count, language)).toBe(expected);
  });

  it.each([
    ['da', da],
    ['en', en],
  ] as const)('the %s download words are already file-name letters', (_language, catalogue) => {
    const words = Object.entries(catalogue).filter(([key]) => key.startsWith('fileName.'));
    expect(words.length).toBeGreaterThan(5);
    for (const [key, word] of words) expect(fileNameSlug(word), key).toBe(word);
  });
});
