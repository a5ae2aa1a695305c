import { describe, expect, it } from 'vitest';
import { hyphenate } from './hyphenation.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from './line-breaking.ts';

/** Shows soft hyphens as "·". */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '·');

describe('hyphenate (Danish)', () => {
  it.each([
    // The value names.
    ['Bredere målgruppe', 'Bre·de·re mål·grup·pe'],
    ['Øget faglighed', 'Øget fag·lig·hed'],
    ['Stærkere samarbejdsgrundlag', 'Stær·ke·re sam·ar·bejds·grund·lag'],
    ['Større socialt ansvar', 'Stør·re so·ci·alt an·svar'],
    ['Adgang til flere ressourcer', 'Ad·gang til fle·re res·sour·cer'],
    // Organisation names and custom values, as people type them.
    ['Afdelingsbestyrelsen i Blok Æ', 'Af·de·lings·be·sty·rel·sen i Blok Æ'],
    ['Beboerforeningen Nørreparken', 'Be·bo·er·for·e·nin·gen Nør·re·par·ken'],
    ['Beboerrådgiver', 'Be·bo·er·råd·gi·ver'],
    ['Tryghed og trivsel', 'Tryg·hed og triv·sel'],
    // Letters the patterns do not know are read as their base letter.
    ['Lektiecaféen', 'Lek·tieca·fé·en'],
    // Short words, hard hyphens, digits and punctuation stay as they are.
    ['Café Nord', 'Café Nord'],
    ['Ung-til-ung', 'Ung-til-ung'],
    ['Blok 7, 2. sal', 'Blok 7, 2. sal'],
  ])('%s → %s', (text, expected) => {
    expect(shown(hyphenate(text))).toBe(expected);
  });

  it('never leaves a part without a vowel, or fewer than two letters at either end', () => {
    for (const name of ['Målgruppe', 'Beboerrådgiver', 'Idrætsforeningen Ørnen', 'Sundhedsplejersken', 'Frivilligcenter Nord', 'Ældresagen', 'Ålykke']) {
      for (const word of hyphenate(name).split(' ')) {
        const parts = word.split(SOFT_HYPHEN);
        for (const part of parts) expect(part, `${shown(word)}`).toMatch(/[aeiouyæøåé]/iu);
        if (parts.length > 1) {
          expect([...(parts[0] ?? '')].length).toBeGreaterThanOrEqual(2);
          expect([...(parts.at(-1) ?? '')].length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('changes nothing but the soft hyphens, and replaces any that were there', () => {
    const name = 'Fritidsklubben Kløveret';
    expect(withoutSoftHyphens(hyphenate(name))).toBe(name);
    expect(hyphenate(`Fri${SOFT_HYPHEN}tidsklubben`)).toBe(hyphenate('Fritidsklubben'));
  });
});
