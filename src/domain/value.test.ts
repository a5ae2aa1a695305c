import { describe, expect, it } from 'vitest';
import {
  CORE_VALUES,
  CORE_VALUE_IDS,
  CUSTOM_VALUE_COLOURS,
  isCoreValueId,
  nextCustomColour,
  removeCustomValue,
  setCoreValueEnabled,
  validateCustomValue,
  valuesInPlay,
  type CoreValueId,
  type CustomValue,
  type WorkshopValues,
} from './value.ts';

const ALL_CORE = [...CORE_VALUE_IDS];
const custom = (id: string, name: string, colour = '#0e7490'): CustomValue => ({ id, name, colour });
const values = (disabledCore: CoreValueId[] = [], customValues: CustomValue[] = []): WorkshopValues => ({
  disabledCore,
  custom: customValues,
});
const ids = (input: WorkshopValues): string[] => valuesInPlay(input).map((value) => value.id);

describe('CORE_VALUES', () => {
  it('are the five values of the sunshine model, in the handbook order', () => {
    expect(CORE_VALUE_IDS).toEqual([
      'bredere-maalgruppe',
      'oeget-faglighed',
      'staerkere-samarbejdsgrundlag',
      'stoerre-socialt-ansvar',
      'adgang-til-flere-ressourcer',
    ]);
  });

  it('have distinct, valid colours', () => {
    const colours = CORE_VALUES.map((value) => value.colour);
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it.each([
    ['bredere-maalgruppe', true],
    ['adgang-til-flere-ressourcer', true],
    ['egen-abc', false],
    ['', false],
    ['Bredere-maalgruppe', false],
  ])('isCoreValueId(%j) → %s', (id, expected) => {
    expect(isCoreValueId(id)).toBe(expected);
  });
});

describe('valuesInPlay', () => {
  it.each<[string, WorkshopValues, string[]]>([
    ['all core, no custom', values(), ALL_CORE],
    [
      'core in CORE_VALUES order, whatever the order they were switched off in',
      values(['stoerre-socialt-ansvar', 'bredere-maalgruppe']),
      ['oeget-faglighed', 'staerkere-samarbejdsgrundlag', 'adgang-til-flere-ressourcer'],
    ],
    [
      'custom after core, in their own order',
      values(['oeget-faglighed'], [custom('egen-b', 'B'), custom('egen-a', 'A')]),
      [
        'bredere-maalgruppe',
        'staerkere-samarbejdsgrundlag',
        'stoerre-socialt-ansvar',
        'adgang-til-flere-ressourcer',
        'egen-b',
        'egen-a',
      ],
    ],
    ['only custom', values(ALL_CORE, [custom('egen-a', 'A')]), ['egen-a']],
    ['nothing', values(ALL_CORE), []],
  ])('%s', (_label, input, expected) => {
    expect(ids(input)).toEqual(expected);
  });

  it('gives core values their own colour and custom values their name and colour', () => {
    const inPlay = valuesInPlay(values(CORE_VALUE_IDS.slice(1), [custom('egen-a', 'Glæde', '#4d7c0f')]));
    expect(inPlay).toEqual([
      { kind: 'core', id: 'bredere-maalgruppe', colour: '#b45309' },
      { kind: 'custom', id: 'egen-a', colour: '#4d7c0f', name: 'Glæde' },
    ]);
  });
});

describe('setCoreValueEnabled', () => {
  it('switches a value off', () => {
    const result = setCoreValueEnabled(values(), 'oeget-faglighed', false);
    expect(result).toEqual({ ok: true, value: values(['oeget-faglighed']) });
  });

  it('switches a value back on', () => {
    const result = setCoreValueEnabled(values(['oeget-faglighed', 'bredere-maalgruppe']), 'oeget-faglighed', true);
    expect(result).toEqual({ ok: true, value: values(['bredere-maalgruppe']) });
  });

  it('does not list a value twice when it is switched off again', () => {
    const result = setCoreValueEnabled(values(['oeget-faglighed']), 'oeget-faglighed', false);
    expect(result).toEqual({ ok: true, value: values(['oeget-faglighed']) });
  });

  it('switching on a value that is on changes nothing', () => {
    expect(setCoreValueEnabled(values(), 'oeget-faglighed', true)).toEqual({ ok: true, value: values() });
  });

  it('refuses to switch off the last value in play', () => {
    const lastOn = values(CORE_VALUE_IDS.filter((id) => id !== 'stoerre-socialt-ansvar'));
    expect(setCoreValueEnabled(lastOn, 'stoerre-socialt-ansvar', false)).toEqual({
      ok: false,
      problem: { code: 'last-value' },
    });
  });

  it('allows switching off every core value while a custom value is in play', () => {
    const lastCoreOn = values(
      CORE_VALUE_IDS.filter((id) => id !== 'stoerre-socialt-ansvar'),
      [custom('egen-a', 'Glæde')],
    );
    const result = setCoreValueEnabled(lastCoreOn, 'stoerre-socialt-ansvar', false);
    expect(result.ok).toBe(true);
    if (result.ok) expect(ids(result.value)).toEqual(['egen-a']);
  });

  it('does not change its input', () => {
    const input = values(['oeget-faglighed']);
    setCoreValueEnabled(input, 'bredere-maalgruppe', false);
    setCoreValueEnabled(input, 'oeget-faglighed', true);
    expect(input).toEqual(values(['oeget-faglighed']));
  });
});

describe('validateCustomValue', () => {
  const others = [custom('egen-a', 'Glæde'), custom('egen-b', 'Tryghed')];
  const coreNames = ['Bredere målgruppe', 'Øget faglighed'];

  it.each([
    [{ name: '  Fælles   stolthed ', colour: '#4D7C0F' }, { name: 'Fælles stolthed', colour: '#4d7c0f' }],
    [{ name: 'Glæder', colour: '#0e7490' }, { name: 'Glæder', colour: '#0e7490' }],
  ])('accepts %j', (draft, expected) => {
    expect(validateCustomValue(draft, others, coreNames)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a core name', 'bredere MÅLGRUPPE', 'Bredere målgruppe'],
    ['a core name with Danish letters in capitals', 'ØGET FAGLIGHED', 'Øget faglighed'],
    ['another custom value', ' glæde ', 'Glæde'],
    ['another custom value', 'TRYGHED', 'Tryghed'],
  ])('refuses the name of %s (%j)', (_label, name, clash) => {
    expect(validateCustomValue({ name, colour: '#0e7490' }, others, coreNames)).toEqual({
      ok: false,
      problem: { code: 'name-taken', params: { name: clash } },
    });
  });

  it.each(['', 'blue', '#fff', '#12345g'])('refuses the colour %j', (colour) => {
    expect(validateCustomValue({ name: 'Fællesskab', colour }, others, coreNames)).toEqual({
      ok: false,
      problem: { code: 'colour-invalid' },
    });
  });

  it.each([
    ['', 'name-empty'],
    ['   ', 'name-empty'],
    ['a'.repeat(81), 'name-too-long'],
  ])('refuses the name %j with %s, before looking at the colour', (name, code) => {
    expect(validateCustomValue({ name, colour: 'not a colour' }, others, coreNames)).toMatchObject({
      ok: false,
      problem: { code },
    });
  });
});

describe('removeCustomValue', () => {
  const a = custom('egen-a', 'Glæde');
  const b = custom('egen-b', 'Tryghed');

  it('removes the value and keeps the rest in order', () => {
    const c = custom('egen-c', 'Mod');
    expect(removeCustomValue(values([], [a, b, c]), 'egen-b')).toEqual({ ok: true, value: values([], [a, c]) });
  });

  it('keeps the switched-off core values', () => {
    expect(removeCustomValue(values(['oeget-faglighed'], [a]), 'egen-a')).toEqual({
      ok: true,
      value: values(['oeget-faglighed'], []),
    });
  });

  it.each(['egen-x', '', 'bredere-maalgruppe'])('refuses the unknown id %j with value-missing', (id) => {
    expect(removeCustomValue(values([], [a, b]), id)).toEqual({ ok: false, problem: { code: 'value-missing' } });
  });

  it('refuses to remove the last value in play', () => {
    expect(removeCustomValue(values(ALL_CORE, [a]), 'egen-a')).toEqual({ ok: false, problem: { code: 'last-value' } });
  });

  it('removes one of two custom values when every core value is off', () => {
    expect(removeCustomValue(values(ALL_CORE, [a, b]), 'egen-a')).toEqual({ ok: true, value: values(ALL_CORE, [b]) });
  });
});

describe('nextCustomColour', () => {
  const withColours = (colours: readonly string[]): CustomValue[] =>
    colours.map((colour, index) => custom(`egen-${index}`, `V${index}`, colour));

  it.each<[string, string[], string]>([
    ['the first colour when there are none', [], '#0e7490'],
    ['the second when the first is used', ['#0e7490'], '#4d7c0f'],
    ['the first unused one, filling gaps', ['#0e7490', '#9d174d'], '#4d7c0f'],
    ['the first when only foreign colours are used', ['#123456', '#abcdef'], '#0e7490'],
    ['the last one when the others are used', [...CUSTOM_VALUE_COLOURS.slice(0, 5)], '#115e59'],
  ])('%s', (_label, used, expected) => {
    expect(nextCustomColour(withColours(used))).toBe(expected);
  });

  it('cycles through the palette once every colour is used', () => {
    const full = withColours(CUSTOM_VALUE_COLOURS);
    expect(nextCustomColour(full)).toBe(CUSTOM_VALUE_COLOURS[0]);
    expect(nextCustomColour([...full, custom('egen-x', 'X', '#0e7490')])).toBe(CUSTOM_VALUE_COLOURS[1]);
  });

  it('the palette is of distinct, valid colours', () => {
    expect(new Set(CUSTOM_VALUE_COLOURS).size).toBe(CUSTOM_VALUE_COLOURS.length);
    for (const colour of CUSTOM_VALUE_COLOURS) expect(colour).toMatch(/^#[0-9a-f]{6}$/u);
  });
});
