import { describe, expect, it } from 'vitest';
import { blankWorkshop, type Workshop } from '../domain/workshop.ts';
import { shareUnchanged } from './workshop-session.ts';

function workshop(sections: Workshop['sections'], names: string[] = ['A', 'B']): Workshop {
  return {
    ...blankWorkshop('w', 'T'),
    organisations: names.map((name) => ({ id: name.toLowerCase(), name, actorType: 'andre-aktoerer', contact: '' })),
    values: { disabledCore: [], custom: [] },
    control: { phase: 'vaerdispillet', isLocked: false, isRevealed: false, activeOrganisationId: null, timers: {} },
    sections,
  };
}

describe('shareUnchanged', () => {
  it('keeps the previous object of every section, list and value set that did not change', () => {
    const before = workshop({ a: { placed: [{ valueId: 'x', example: '' }], mostImportant: null }, b: { placed: [], mostImportant: null } });
    const after = workshop({ a: { placed: [{ valueId: 'x', example: 'ny' }], mostImportant: null }, b: { placed: [], mostImportant: null } });
    const shared = shareUnchanged(before, after);
    expect(shared.sections.b).toBe(before.sections.b);
    expect(shared.sections.a).toBe(after.sections.a);
    expect(shared.sections.a?.placed[0]?.example).toBe('ny');
    expect(shared.organisations).toBe(before.organisations);
    expect(shared.values).toBe(before.values);
  });

  it('takes the new organisation list when a name changed', () => {
    const before = workshop({});
    const after = workshop({}, ['A', 'C']);
    expect(shareUnchanged(before, after).organisations).toBe(after.organisations);
  });
});
