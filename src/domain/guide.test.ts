import { describe, expect, it } from 'vitest';
import { COLLABORATION_FORMS, AGREEMENT_STATUSES } from './agreement.ts';
import { GUIDE_SOURCE_IDS, GUIDE_SOURCES, PHASE_GUIDES, type Bilingual } from './guide.ts';
import { PHASE_IDS } from './phase.ts';
import { CHECKLIST_ITEMS, CHECKLIST_TEXT } from './preparation.ts';
import { FORM_EXAMPLES, TRUST_BY_STATUS, TRUST_NEXT_STEP, VALUE_EXAMPLES } from './practice-examples.ts';
import { CORE_VALUE_IDS } from './value.ts';

function expectBothLanguages(text: Bilingual, where: string): void {
  expect(text.da.trim(), `${where} (da)`).not.toBe('');
  expect(text.en.trim(), `${where} (en)`).not.toBe('');
  expect(text.da, `${where}: the English is not the Danish`).not.toBe(text.en);
}

describe('the facilitator’s guide', () => {
  it.each(PHASE_IDS)('%s has every part, in Danish and English', (phase) => {
    const guide = PHASE_GUIDES[phase];
    expectBothLanguages(guide.purpose, `${phase} purpose`);
    expectBothLanguages(guide.time, `${phase} time`);
    for (const [part, list] of [
      ['script', guide.script],
      ['watchFor', guide.watchFor],
    ] as const) {
      expect(list.length, `${phase} ${part}`).toBeGreaterThanOrEqual(2);
      list.forEach((line, index) => expectBothLanguages(line, `${phase} ${part} ${index}`));
    }
    expect(guide.tips.length, `${phase} tips`).toBeGreaterThanOrEqual(2);
    for (const tip of guide.tips) {
      expectBothLanguages(tip.text, `${phase} tip`);
      expect(GUIDE_SOURCE_IDS).toContain(tip.source);
    }
  });

  it('names every source in both languages', () => {
    for (const id of GUIDE_SOURCE_IDS) expect(GUIDE_SOURCES[id].da.length * GUIDE_SOURCES[id].en.length).toBeGreaterThan(0);
  });

  it('has a practice example for every value and every collaboration form, and a trust note for every rung and status', () => {
    for (const id of CORE_VALUE_IDS) {
      expectBothLanguages(VALUE_EXAMPLES[id].title, `${id} title`);
      expectBothLanguages(VALUE_EXAMPLES[id].text, `${id} text`);
    }
    for (const form of COLLABORATION_FORMS) {
      expectBothLanguages(FORM_EXAMPLES[form].text, `${form} example`);
      expectBothLanguages(TRUST_NEXT_STEP[form].text, `${form} trust`);
    }
    for (const status of AGREEMENT_STATUSES) expectBothLanguages(TRUST_BY_STATUS[status].text, `${status} trust`);
    for (const item of CHECKLIST_ITEMS) expectBothLanguages(CHECKLIST_TEXT[item], item);
  });
});
