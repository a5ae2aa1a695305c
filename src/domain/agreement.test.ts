import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_TEXT_MAX,
  answersThatCount,
  checkAgreement,
  checkAnswer,
  whoIsIn,
  withFirstSteps,
  draftFromLink,
  draftOf,
  localToday,
  setFollowUp,
  STATUS_NOTE_MAX,
  guessForm,
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
  const link = { id: 'l1', fromId: 'skole', toId: 'cafe', text: 'låne dem sit mødelokale om tirsdagen', offerCardId: null };

  it('takes both organisations, the title naming them, the strengthening one as coordinator and the guessed form', () => {
    expect(draftFromLink(link, ' Skolen styrker  Café Nord ved at låne dem sit mødelokale om tirsdagen ')).toEqual({
      what: 'Skolen styrker Café Nord ved at låne dem sit mødelokale om tirsdagen',
      organisationIds: ['skole', 'cafe'],
      coordinatorId: 'skole',
      firstStep: '',
      date: '',
      form: 'ressourceudveksle',
      followUpDate: '',
      linkId: 'l1',
    });
  });

  it('leaves the form for the facilitator to choose when the link does not say, and the check asks for one', () => {
    const draft = draftFromLink({ ...link, text: 'tilbyde tre fritidsjob om året' }, 'Brugsen styrker Helhedsplanen ved at tilbyde tre fritidsjob om året');
    expect(draft.form).toBe('');
    expect(checkAgreement(draft, ['skole', 'cafe'], TODAY).problems.form).toMatchObject({ code: 'agreement-form-unknown' });
  });

  it('cuts a title too long for an agreement at a word, with an ellipsis', () => {
    const title = `${'Boligselskabet Nørreparkens afdelingsbestyrelse '.repeat(3)}styrker ${'Fritidsklubben '.repeat(4)}ved at ${'låne dem lokaler '.repeat(5)}`;
    const { what } = draftFromLink(link, title);
    expect([...what].length).toBeLessThanOrEqual(AGREEMENT_TEXT_MAX);
    expect(what.endsWith('…')).toBe(true);
    expect(title.startsWith(what.slice(0, -1))).toBe(true);
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

describe('guessForm', () => {
  it.each([
    // What the issue found wrong: "plan" held "lån"; volunteers' time is a resource.
    ['Fælles planlægning af sommerferien', 'samordne', 'Fælles'],
    ['stille frivillige til rådighed ved stævnerne', 'ressourceudveksle', 'frivillige'],
    ['låne jer vores mødelokale om tirsdagen', 'ressourceudveksle', 'låne'],
    ['give overskudsvarer til sommerfesten', 'ressourceudveksle', 'overskudsvarer'],
    ['udvikle et nyt tilbud til de unge', 'samskabe', 'udvikle'],
    ['holde et fælles arrangement', 'samordne', 'fælles'],
    ['henvise unge til jobcentrets vejledning', 'samvirke', 'henvise'],
    ['vejlede unge om fritidsjob', 'videndele', 'vejlede'],
    ['fortælle om vores arbejde med familierne', 'videndele', 'fortælle'],
    ['holde et oplæg på et personalemøde', 'videndele', 'oplæg'],
    // The verb outweighs a word later on.
    ['låne dem lokaler til et fælles arrangement', 'ressourceudveksle', 'låne'],
  ] as const)('%j → %s (because of "%s")', (text, form, cue) => {
    expect(guessForm(text)).toEqual({ form, cue, rivals: [] });
  });

  it.each([
    ['tilbyde tre fritidsjob om året', []],
    ['kontakt', []],
    ['dele viden og lokaler', ['videndele', 'ressourceudveksle']],
  ] as const)('%j → no form, for the facilitator to choose (rivals %j)', (text, rivals) => {
    expect(guessForm(text)).toEqual({ form: null, cue: null, rivals });
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

describe('answers to an agreement', () => {
  const agreement: Agreement = {
    id: 'a1',
    what: 'Lektiecafé',
    organisationIds: ['cafe', 'skole'],
    coordinatorId: 'skole',
    firstStep: 'Facilitatorens skridt',
    date: '',
    form: 'samordne',
    followUpDate: '',
    linkId: null,
    status: null,
    statusNote: '',
  };

  it.each([
    ['the coordinator with a first step', 'skole', 'Ringe', null],
    ['another organisation of the agreement, without a first step', 'cafe', null, null],
    ['another organisation of the agreement, with a first step', 'cafe', 'Ringe', 'agreement-not-coordinator'],
    ['another organisation of the agreement, with an empty first step', 'cafe', '', 'agreement-not-coordinator'],
    ['an organisation outside the agreement', 'klub', null, 'agreement-not-involved'],
  ] as const)('checkAnswer: %s', (_name, organisationId, firstStep, refused) => {
    const result = checkAnswer(agreement, organisationId, { firstStep });
    expect(result.ok ? null : result.problem.code).toBe(refused);
  });

  it('checkAnswer refuses an answer to no agreement', () => {
    expect(checkAnswer(undefined, 'cafe', { firstStep: null })).toEqual({ ok: false, problem: { code: 'agreement-missing' } });
  });

  it('counts the answers of the agreement’s organisations only, and a first step from its coordinator only', () => {
    const stored = {
      cafe: { a1: { isIn: true, comment: 'Gerne', firstStep: 'Fra før' }, gone: { isIn: true, comment: '', firstStep: null } },
      klub: { a1: { isIn: true, comment: 'Os også', firstStep: null } },
    };
    expect(answersThatCount([agreement], ['cafe', 'skole', 'klub'], stored)).toEqual({
      cafe: { a1: { isIn: true, comment: 'Gerne', firstStep: null } },
      skole: {},
      klub: {},
    });
  });

  it('the first step that stands: the coordinator’s once written (also empty), else the facilitator’s', () => {
    const none = { cafe: {}, skole: {} };
    expect(withFirstSteps([agreement], none)[0]).toBe(agreement);
    expect(withFirstSteps([agreement], { skole: { a1: { isIn: false, comment: '', firstStep: null } } })[0]).toBe(agreement);
    expect(withFirstSteps([agreement], { skole: { a1: { isIn: false, comment: '', firstStep: 'Ringe mandag' } } })[0]?.firstStep).toBe('Ringe mandag');
    expect(withFirstSteps([agreement], { skole: { a1: { isIn: false, comment: '', firstStep: '' } } })[0]?.firstStep).toBe('');
  });

  it('who has said "Vi er med", in the agreement’s order', () => {
    const answers = { skole: { a1: { isIn: true, comment: '', firstStep: null } }, cafe: { a1: { isIn: true, comment: '', firstStep: null } } };
    expect(whoIsIn(agreement, answers)).toEqual(['cafe', 'skole']);
    expect(whoIsIn(agreement, { cafe: { a1: { isIn: false, comment: 'Måske', firstStep: null } } })).toEqual([]);
  });
});
