import { describe, expect, it } from 'vitest';
import { workshopFileName } from './file-name.ts';

describe('workshopFileName', () => {
  const at = new Date(2026, 10, 22, 23, 30);
  it.each([
    ['Netværksmøde i Nørreparken', 'netvaerksmoede-i-noerreparken-2026-11-22.json'],
    ['Café Åbyhøj / 2. runde!', 'cafe-aabyhoej-2-runde-2026-11-22.json'],
    ['🎉', 'workshop-2026-11-22.json'],
    ['x'.repeat(100), `${'x'.repeat(60)}-2026-11-22.json`],
  ])('%s → %s', (title, name) => {
    expect(workshopFileName(title, at)).toBe(name);
  });
});
