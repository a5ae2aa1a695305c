import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../domain/workshop.ts';
import { invitationText } from './invitation.ts';

describe('invitationText', () => {
  const workshop = blankWorkshop('w', 'Netværksmøde i Nørreparken');
  const full = {
    ...workshop,
    setup: { ...workshop.setup, initiative: 'sommerfesten', date: '2026-12-10', place: 'Beboerhuset, Åvej 2', facilitator: 'Søren Ærø' },
  };

  it('has the subject, the facts, the time from the start and the length, and the facilitator', () => {
    const text = invitationText(full, { meetingMinutes: 150, startTime: '13:00' }, 'da');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Invitation: Netværksmøde i Nørreparken');
    expect(text).toContain('Vi inviterer jer til et møde om sommerfesten: Netværksmøde i Nørreparken.');
    expect(text).toContain('Hvornår: 10. december 2026 kl. 13:00–15:30');
    expect(text).toContain('Hvor: Beboerhuset, Åvej 2');
    expect(text).toContain('Mødet varer cirka 2½ timer.');
    expect(lines.at(-1)).toBe('Søren Ærø');
  });

  it('leaves out what is not decided, and says when the date follows', () => {
    const text = invitationText(workshop, { meetingMinutes: 100, startTime: '' }, 'da');
    expect(text).toContain('Hvornår: dato følger');
    expect(text).not.toContain('Hvor:');
    expect(text).toContain('cirka 100 minutter');
    expect(text.split('\n').at(-1)).toBe('Venlig hilsen');
    expect(invitationText(workshop, { meetingMinutes: 90, startTime: '13:00' }, 'da')).toContain('Hvornår: kl. 13:00–14:30, dato følger');
  });

  it('is written in English when the app is', () => {
    const text = invitationText(full, { meetingMinutes: 120, startTime: '9:30' }, 'en');
    expect(text).toContain('When: 10 December 2026, 9:30–11:30');
    expect(text).toContain('about 2 hours');
  });
});
