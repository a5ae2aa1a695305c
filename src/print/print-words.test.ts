import { beforeAll, describe, expect, it } from 'vitest';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { buildPrint } from './build-print.ts';
import { loadNodeFonts } from './node-fonts.ts';
import type { PrintFonts } from './print-fonts.ts';
import { extractText, savePdf } from '../../tests/support/pdf-checks.ts';

/** The printables' words as pdftotext reads them: counts in the right form, names whole. */

let fonts: PrintFonts;
beforeAll(() => {
  fonts = loadNodeFonts();
});

function workshop(): Workshop {
  const base = blankWorkshop('ws-1', 'Netværksmøde i Ærøskøbing', 5);
  return {
    ...base,
    organisations: [
      { id: 'org-a', name: 'Boligselskabet Sjælland, afd. 12', actorType: 'boligrelaterede-organisationer', contact: '' },
      { id: 'org-b', name: 'Café Nord', actorType: 'erhvervsdrivende', contact: '' },
    ],
    sections: {
      'org-a': { placed: [{ valueId: 'oeget-faglighed', example: 'Vi lærer af caféens frivillige.' }, { valueId: 'bredere-maalgruppe', example: 'Flere unge kommer.' }], mostImportant: null },
      'org-b': { placed: [{ valueId: 'bredere-maalgruppe', example: 'Nye kunder.' }], mostImportant: null },
    },
  };
}

describe('the filled sunshine model counts its examples in the language’s own forms', () => {
  it.each([
    ['da', '1 eksempel', '2 eksempler', /\b1 eksempler\b/u],
    ['en', '1 example', '2 examples', /\b1 examples\b/u],
  ] as const)('%s: "%s", "%s"', (language, one, two, wrong) => {
    const text = extractText(savePdf(buildPrint(workshop(), { kind: 'sun', paper: 'a4' }, { fonts, language }), `sun-${language}`)).replace(/\s+/gu, ' ');
    expect(text).toContain(one);
    expect(text).toContain(two);
    expect(text).not.toMatch(wrong);
  });
});
