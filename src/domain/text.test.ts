import { describe, expect, it } from 'vitest';
import {
  NAME_MAX,
  SHORT_TEXT_MAX,
  isSameName,
  normaliseText,
  validateColour,
  validateDate,
  validateName,
  validateOptionalText,
  validateUniqueName,
} from './text.ts';

describe('normaliseText', () => {
  it.each([
    ['Café Nord', 'Café Nord'],
    ['  Café   Nord ', 'Café Nord'],
    ['\tCafé\n\nNord\r\n', 'Café Nord'],
    ['Café\u00a0Nord', 'Café Nord'],
    ['', ''],
    ['   ', ''],
    ['Æ Ø Å', 'Æ Ø Å'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });
});

describe('isSameName', () => {
  it.each([
    ['ÆBLE', 'æble', true],
    ['Ørsted', 'ØRSTED', true],
    ['Åhus', 'åhus', true],
    ['  Café  Nord ', 'café nord', true],
    ['Café Nord', 'CaféNord', false],
    ['Æble', 'Øble', false],
    ['Æble', 'Able', false],
    ['Café', 'Cafe', false],
    ['Ø', 'ö', false],
    ['Nørreparken', 'Nørreparken ', true],
    // Danish collation: the old spelling "aa" is the letter "å".
    ['Aalborg', 'Ålborg', true],
    ['Kirken', 'Kirke', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(isSameName(a, b)).toBe(expected);
    expect(isSameName(b, a)).toBe(expected);
  });
});

describe('validateName', () => {
  const name80 = 'a'.repeat(NAME_MAX);
  const name81 = 'a'.repeat(NAME_MAX + 1);

  it('allows at most 80 characters', () => {
    expect(NAME_MAX).toBe(80);
  });

  it.each([
    ['Netværksmøde', 'Netværksmøde'],
    ['  Netværksmøde  i   Nørreparken ', 'Netværksmøde i Nørreparken'],
    ['x', 'x'],
    [name80, name80],
    // Trimming happens before the length check: 80 characters plus spaces is fine.
    [`   ${name80}   `, name80],
  ])('accepts %j as %j', (raw, expected) => {
    expect(validateName(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', ' ', '     ', '\t\n'])('refuses the empty name %j', (raw) => {
    expect(validateName(raw)).toEqual({ ok: false, problem: { code: 'name-empty' } });
  });

  it('refuses 81 characters and reports the limit and the length', () => {
    expect(validateName(name81)).toEqual({
      ok: false,
      problem: { code: 'name-too-long', params: { max: 80, length: 81 } },
    });
  });

  it('counts the length after folding inner spaces', () => {
    const raw = `${'a'.repeat(40)}     ${'b'.repeat(39)}`; // 84 typed, 80 after folding
    expect(validateName(raw)).toEqual({ ok: true, value: `${'a'.repeat(40)} ${'b'.repeat(39)}` });
  });
});

describe('validateUniqueName', () => {
  const taken = ['Café Nord', 'Æblehaven', 'Boligforeningen'];

  it.each([
    ['café nord', 'Café Nord'],
    ['  CAFÉ   NORD ', 'Café Nord'],
    ['ÆBLEHAVEN', 'Æblehaven'],
    ['boligforeningen', 'Boligforeningen'],
  ])('refuses %j and names the clash %j', (raw, clash) => {
    expect(validateUniqueName(raw, taken)).toEqual({
      ok: false,
      problem: { code: 'name-taken', params: { name: clash } },
    });
  });

  it.each([
    ['Café Syd', 'Café Syd'],
    [' Øblehaven ', 'Øblehaven'],
    ['Cafe Nord', 'Cafe Nord'],
  ])('accepts the free name %j', (raw, expected) => {
    expect(validateUniqueName(raw, taken)).toEqual({ ok: true, value: expected });
  });

  it('accepts any valid name when nothing is taken', () => {
    expect(validateUniqueName('Café Nord', [])).toEqual({ ok: true, value: 'Café Nord' });
  });

  it('reports an empty or too long name before a clash', () => {
    expect(validateUniqueName('  ', ['', ' '])).toEqual({ ok: false, problem: { code: 'name-empty' } });
    const long = 'a'.repeat(81);
    expect(validateUniqueName(long, [long])).toMatchObject({ ok: false, problem: { code: 'name-too-long' } });
  });
});

describe('validateOptionalText', () => {
  it('allows 120 characters by default', () => {
    expect(SHORT_TEXT_MAX).toBe(120);
  });

  it.each([
    ['', ''],
    ['   ', ''],
    ['  Mette   Hansen ', 'Mette Hansen'],
    ['a'.repeat(120), 'a'.repeat(120)],
    [` ${'a'.repeat(120)} `, 'a'.repeat(120)],
  ])('accepts %j as %j', (raw, expected) => {
    expect(validateOptionalText(raw)).toEqual({ ok: true, value: expected });
  });

  it('refuses 121 characters with the limit and the length', () => {
    expect(validateOptionalText('a'.repeat(121))).toEqual({
      ok: false,
      problem: { code: 'text-too-long', params: { max: 120, length: 121 } },
    });
  });

  it.each([
    [10, 'a'.repeat(10), true],
    [10, 'a'.repeat(11), false],
    [0, '', true],
    [0, 'a', false],
  ])('with max %i, %j is accepted: %s', (max, raw, isAccepted) => {
    const result = validateOptionalText(raw, max);
    expect(result.ok).toBe(isAccepted);
    if (!result.ok) expect(result.problem).toEqual({ code: 'text-too-long', params: { max, length: raw.length } });
  });
});

describe('validateDate', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    [' 2026-03-14 ', '2026-03-14'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['2026-01-01', '2026-01-01'],
    ['1900-01-01', '1900-01-01'],
    ['2200-12-31', '2200-12-31'],
  ])('accepts %j', (raw, expected) => {
    expect(validateDate(raw)).toEqual({ ok: true, value: expected });
    expect(validateDate(raw, { isOptional: false })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'no month 13'],
    ['2026-00-10', 'no month 0'],
    ['2026-01-00', 'no day 0'],
    ['2026-01-32', 'no day 32'],
    ['1/2/2026', 'Danish short form'],
    ['14-03-2026', 'day first'],
    ['2026/03/14', 'slashes'],
    ['2026-3-14', 'one-digit month'],
    ['2026-03-4', 'one-digit day'],
    ['26-03-14', 'two-digit year'],
    ['20260314', 'no dashes'],
    ['2026-03-14T10:00', 'with a time'],
    ['i morgen', 'words'],
    ['1899-12-31', 'before 1900'],
    ['2201-01-01', 'after 2200'],
    ['0026-03-14', 'year 26'],
    ['9999-12-31', 'year 9999'],
    ['２０２６-03-14', 'full-width digits'],
  ])('refuses %j (%s)', (raw) => {
    expect(validateDate(raw)).toEqual({ ok: false, problem: { code: 'date-invalid' } });
  });

  it.each([
    ['', { isOptional: true }, { ok: true, value: '' }],
    ['   ', { isOptional: true }, { ok: true, value: '' }],
    ['', {}, { ok: true, value: '' }],
    ['', { isOptional: false }, { ok: false, problem: { code: 'date-invalid' } }],
    ['  ', { isOptional: false }, { ok: false, problem: { code: 'date-invalid' } }],
  ])('empty %j with %j', (raw, options, expected) => {
    expect(validateDate(raw, options)).toEqual(expected);
  });

  it('is optional by default', () => {
    expect(validateDate('')).toEqual({ ok: true, value: '' });
  });
});

describe('validateColour', () => {
  it.each([
    ['#0e7490', '#0e7490'],
    ['#0E7490', '#0e7490'],
    [' #abcdef ', '#abcdef'],
    ['#000000', '#000000'],
    ['#FFFFFF', '#ffffff'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(validateColour(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '0e7490', '#fff', '#0e749', '#0e74900', '#0e749g', 'red', 'rgb(0,0,0)', '#0e7490ff', '# 0e7490'])(
    'refuses %j',
    (raw) => {
      expect(validateColour(raw)).toEqual({ ok: false, problem: { code: 'colour-invalid' } });
    },
  );
});
