import { describe, expect, it } from 'vitest';
import { fileNameSlug, joinFileName } from './file-name.ts';

describe('fileNameSlug', () => {
  it.each([
    ['Netværksmøde i Nørreparken', 'netvaerksmoede-i-noerreparken'],
    ['ÆRØSKØBING Å', 'aeroeskoebing-aa'],
    ['Café «Ø» & Co. 🍰', 'cafe-oe-co'],
    ['Boligselskabet Sjælland, afd. 12', 'boligselskabet-sjaelland-afd-12'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['  trailing dot. ', 'trailing-dot'],
    ['Straße', 'strasse'],
    ['مرحبا', ''],
    ['x'.repeat(100), 'x'.repeat(60)],
    [`${'y'.repeat(59)} z`, 'y'.repeat(59)],
  ])('%j → %j', (text, slug) => {
    expect(fileNameSlug(text)).toBe(slug);
  });

  it('joins the parts that are left, with no empty ones', () => {
    expect(joinFileName(['referat', '', '🎉', 'Møde'], 'pdf')).toBe('referat-moede.pdf');
  });

});
