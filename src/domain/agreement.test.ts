import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_TEXT_MAX,
  checkAgreement,
  draftFromLink,
  draftOf,
  localToday,
  setFollowUp,
  STATUS_NOTE_MAX,
  suggestedForm,
  type Agreement,
  type AgreementDraft,
} from './agreement.ts';

const ORGANISATIONS = ['cafe', 'skole', 'klub'];
const TODAY = '2026-11-22';

const draft = (overrides: Partial<AgreementDraft> = {}): AgreementDraft => ({
  what: 'Fælles lektiecafé om torsdagen',
  organisationIds: ['skole', 'cafe'],
  coordinatorId: 'cafe',
  firstStep: 'Mette ringer til skolen',
  date: '2026-12-03',
  form: 'samordne',
  followUpDate: '2027-02-01',
  linkId: null,
  ...overrides,
});

describe('checkAgreement', () => {
  it('accepts a full agreement, tidies its text and keeps the organisations in the workshop’s order', () => {
    const check = checkAgreement(draft({ what: '  Fælles   lektiecafé ' }), ORGANISATIONS, TODAY);
    expect(check.result).toEqual({
      ok: true,
      value: {
        what: 'Fælles lektiecafé',
        organisationIds: ['cafe', 'skole'],
        coordinatorId: 'cafe',
        firstStep: 'Mette ringer til skolen',
        date: '2026-12-03',
        form: 'samordne',
        followUpDate: '2027-02-01',
        linkId: null,
      },
    });
    expect(check.problems).toEqual({});
    expect(check.warnings).toEqual([]);
  });

  it('accepts an agreement of one organisation with no dates or first step', () => {
    const check = checkAgreement(draft({ organisationIds: ['klub'], coordinatorId: 'klub', firstStep: '', date: '', followUpDate: '' }), ORGANISATIONS, TODAY);
    expect(check.result.ok).toBe(true);
    expect(check.warnings).toEqual([]);
  });

  it.each([
    ['no organisation', { organisationIds: [], coordinatorId: '' }, 'organisationIds', 'agreement-no-organisation'],
    ['no coordinator', { coordinatorId: '' }, 'coordinatorId', 'agreement-no-coordinator'],
    ['a coordinator outside the agreement', { coordinatorId: 'klub' }, 'coordinatorId', 'agreement-coordinator-outside'],
    ['an organisation not in the workshop', { organisationIds: ['cafe', 'borte'] }, 'organisationIds', 'organisation-missing'],
    ['no "what"', { what: '   ' }, 'what', 'agreement-what-empty'],
    ['an impossible date', { date: '2026-02-30' }, 'date', 'date-invalid'],
    ['an impossible follow-up date', { followUpDate: '2027-13-01' }, 'followUpDate', 'date-invalid'],
    ['an unknown form', { form: 'samarbejde' }, 'form', 'agreement-form-unknown'],
  ] as const)('refuses %s, next to its field', (_case, overrides, field, code) => {
    const check = checkAgreement(draft(overrides), ORGANISATIONS, TODAY);
    expect(check.result).toEqual({ ok: false, problem: { code } });
    expect(check.problems[field]).toEqual({ code });
  });

  it('refuses a "what" over the limit with its length', () => {
    const check = checkAgreement(draft({ what: 'x'.repeat(AGREEMENT_TEXT_MAX + 1) }), ORGANISATIONS, TODAY);
    expect(check.problems.what).toEqual({ code: 'text-too-long', params: { max: AGREEMENT_TEXT_MAX, length: AGREEMENT_TEXT_MAX + 1 } });
  });

  it('reports every refusal by field, and the first in the form’s order as the result', () => {
    const check = checkAgreement(draft({ what: '', organisationIds: [], coordinatorId: '', date: 'i morgen' }), ORGANISATIONS, TODAY);
    expect(check.result).toEqual({ ok: false, problem: { code: 'agreement-what-empty' } });
    expect(Object.keys(check.problems)).toEqual(['what', 'organisationIds', 'coordinatorId', 'date']);
  });

  it.each([
    ['a date in the past', { date: '2026-11-21' }, [{ field: 'date', code: 'date-past' }]],
    ['a follow-up date in the past', { date: '', followUpDate: '2025-01-01' }, [{ field: 'followUpDate', code: 'follow-up-past' }]],
    [
      'both in the past',
      { date: '2020-05-01', followUpDate: '2020-06-01' },
      [
        { field: 'date', code: 'date-past' },
        { field: 'followUpDate', code: 'follow-up-past' },
      ],
    ],
    ['a follow-up before the date', { date: '2027-03-01', followUpDate: '2027-02-01' }, [{ field: 'followUpDate', code: 'follow-up-before-date' }]],
    ['today', { date: TODAY, followUpDate: TODAY }, []],
  ] as const)('warns about %s but still accepts it', (_case, overrides, warnings) => {
    const check = checkAgreement(draft(overrides), ORGANISATIONS, TODAY);
    expect(check.result.ok).toBe(true);
    expect(check.warnings).toEqual(warnings);
  });

  it('warns about a past date even while refusing something else', () => {
    const check = checkAgreement(draft({ coordinatorId: '', date: '2020-01-01' }), ORGANISATIONS, TODAY);
    expect(check.result.ok).toBe(false);
    expect(check.warnings).toEqual([{ field: 'date', code: 'date-past' }]);
  });
});

describe('draftFromLink', () => {
  it('takes both organisations, the text, the strengthening one as coordinator and a suggested form', () => {
    expect(draftFromLink({ id: 'l1', fromId: 'skole', toId: 'cafe', text: ' låne  lokaler om aftenen ', offerCardId: null })).toEqual({
      what: 'låne lokaler om aftenen',
      organisationIds: ['skole', 'cafe'],
      coordinatorId: 'skole',
      firstStep: '',
      date: '',
      form: 'ressourceudveksle',
      followUpDate: '',
      linkId: 'l1',
    });
  });
});

describe('draftOf', () => {
  const agreement: Agreement = { id: 'a1', ...draft(), organisationIds: ['cafe', 'borte'], coordinatorId: 'borte', form: 'samordne', status: 'i-gang', statusNote: 'x' };

  it('leaves out organisations no longer in the workshop, and a removed coordinator', () => {
    expect(draftOf(agreement, ORGANISATIONS)).toMatchObject({ organisationIds: ['cafe'], coordinatorId: '' });
  });

  it('keeps everything else but the follow-up', () => {
    expect(draftOf({ ...agreement, coordinatorId: 'cafe' }, ORGANISATIONS)).toEqual({ ...draft({ organisationIds: ['cafe'], coordinatorId: 'cafe' }) });
  });
});

describe('suggestedForm', () => {
  it.each([
    ['låne os lokaler', 'ressourceudveksle'],
    ['udvikle en ny indsats for unge', 'samskabe'],
    ['holde et fælles arrangement', 'samordne'],
    ['henvise familier til klubben', 'samvirke'],
    ['fortælle om vores arbejde', 'videndele'],
  ] as const)('%j → %s', (text, form) => {
    expect(suggestedForm(text)).toBe(form);
  });
});

describe('setFollowUp', () => {
  const agreement: Agreement = { id: 'a1', ...draft(), organisationIds: ['cafe', 'skole'], form: 'samordne', status: null, statusNote: '' };

  it.each(['gennemfoert', 'i-gang', 'droppet'] as const)('sets the status %s and the note', (status) => {
    expect(setFollowUp(agreement, status, ' Kører  hver torsdag ')).toEqual({ ok: true, value: { ...agreement, status, statusNote: 'Kører hver torsdag' } });
  });

  it('clears the status again', () => {
    expect(setFollowUp({ ...agreement, status: 'droppet' }, null, '')).toMatchObject({ ok: true, value: { status: null } });
  });

  it('refuses an unknown status and a note over the limit', () => {
    expect(setFollowUp(agreement, 'maaske', '')).toEqual({ ok: false, problem: { code: 'agreement-status-unknown' } });
    expect(setFollowUp(agreement, 'i-gang', 'x'.repeat(STATUS_NOTE_MAX + 1))).toEqual({
      ok: false,
      problem: { code: 'text-too-long', params: { max: STATUS_NOTE_MAX, length: STATUS_NOTE_MAX + 1 } },
    });
  });
});

describe('localToday', () => {
  it('writes the local calendar date with leading zeros', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
