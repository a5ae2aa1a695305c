import { describe, expect, it } from 'vitest';
import { openRichSession } from '../../tests/support/rich-workshop.ts';
import { useFreshDevice, value } from '../../tests/support/state.ts';
import type { Workshop } from '../domain/workshop.ts';
import { addAgreement, setAgreementComment, setAgreementIn, setCoordinatorFirstStep, updateAgreement } from './agreement-commands.ts';
import { addCard, addLink, ignoreSuggestion } from './collaboration-commands.ts';
import { setKeyPoints } from './common-picture-commands.ts';
import { addOrganisation, markMostImportant, moveOrganisation, placePiece, removeOrganisation, setLocked, setPhase, takeBackPiece, updateOrganisation, updateSetupField, writeExample } from './commands.ts';
import { startPhaseTimer } from './timer-commands.ts';
import { addDriver, renameWarmUpPiece } from './warm-up-commands.ts';
import { readWorkshop } from './workshop-layout.ts';

const { track } = useFreshDevice();


/** The parts of two snapshots that are the very same object. */
function sameParts(before: Workshop, after: Workshop): string[] {
  return (Object.keys(after) as (keyof Workshop)[]).filter((key) => before[key] === after[key]).sort();
}

describe('the session snapshot, assembled per document', () => {
  it('reads what readWorkshop reads, after a change to any kind of document', async () => {
    const { session, orgIds } = await openRichSession(track);
    const [cafe = '', aeldre = '', skole = ''] = orgIds;
    const context = session.context;
    const steps: [string, () => unknown][] = [
      ['a piece placed', () => value(placePiece(context, skole, 'oeget-faglighed'))],
      ['an example written', () => value(writeExample(context, skole, 'oeget-faglighed', 'Et eksempel'))],
      ['the most important marked', () => value(markMostImportant(context, skole, 'oeget-faglighed'))],
      ['a piece taken back', () => value(takeBackPiece(context, cafe, 'bredere-maalgruppe'))],
      ['an organisation renamed', () => value(updateOrganisation(context, aeldre, { name: 'Ældre Sagen', actorType: 'frivillige-organisationer', contact: '' }))],
      ['organisations reordered', () => value(moveOrganisation(context, skole, 0))],
      ['a warm-up answer added', () => value(addDriver(context, skole, 'Læring'))],
      ['a warm-up piece renamed', () => value(renameWarmUpPiece(context, `opv-${session.getSnapshot().warmUp.answers[aeldre]?.[1]?.id ?? ''}`, 'Samvær'))],
      ['the title changed', () => value(updateSetupField(context, 'title', 'Nyt navn'))],
      ['the board locked', () => value(setLocked(context, true))],
      ['a timer started', () => value(startPhaseTimer(context, 'goer-hinanden-staerkere', 10, 1_700_000_000_000))],
      ['the phase changed', () => value(setPhase(context, 'goer-hinanden-staerkere'))],
      ['a card added', () => value(addCard(context, skole, { side: 'offer', text: 'Gymnastiksal', kind: 'lokaler', valueId: null }))],
      ['a suggestion ignored', () => ignoreSuggestion(context, skole, 'a-suggestion')],
      ['a link added', () => value(addLink(context, { fromId: skole, toId: cafe, text: 'låne salen ud', offerCardId: null }))],
      ['key points written', () => value(setKeyPoints(context, 'Nye punkter'))],
      ['an agreement made', () => addAgreement(context, { what: 'Sommerfest', organisationIds: [cafe, skole], coordinatorId: skole, firstStep: '', date: '', form: 'samvirke', followUpDate: '', linkId: null }, '2026-01-01')],
      ['"Vi er med" said', () => value(setAgreementIn(context, cafe, 'aftale-1', false))],
      ['a comment written', () => value(setAgreementComment(context, aeldre, 'aftale-1', 'Vi tager kaffen med'))],
      ["the coordinator's first step written", () => value(setCoordinatorFirstStep(context, aeldre, 'aftale-1', 'Ringe til Café Nord'))],
      [
        'the coordinator changed by the facilitator',
        () => {
          const agreement = session.getSnapshot().agreements.find((candidate) => candidate.id === 'aftale-1');
          if (!agreement) throw new Error('no agreement');
          return value(updateAgreement(context, agreement.id, { ...agreement, coordinatorId: cafe }, '2026-01-01'));
        },
      ],
      ['an organisation added', () => value(addOrganisation(context, { name: 'Biblioteket', actorType: 'kommunale-institutioner', contact: '' }))],
      ['an organisation removed', () => value(removeOrganisation(context, cafe))],
      ['undone', () => session.undo.undo()],
    ];
    expect(session.getSnapshot()).toEqual(readWorkshop(session.docs));
    for (const [label, step] of steps) {
      step();
      expect(session.getSnapshot(), label).toEqual(readWorkshop(session.docs));
    }
    // The steps did reach the snapshot (a test that cannot fail proves nothing).
    expect(session.getSnapshot().setup.title).toBe('Nyt navn');
    expect(session.getSnapshot().links.map((link) => link.text)).toContain('låne salen ud');
    expect(session.getSnapshot().agreements.find((agreement) => agreement.id === 'aftale-1')?.firstStep).toBe('Ringe til Café Nord');
  });

  it('keeps every part of the documents a drop did not change', async () => {
    const { session, orgIds } = await openRichSession(track);
    const [cafe = '', aeldre = '', skole = ''] = orgIds;
    const before = session.getSnapshot();

    value(placePiece(session.context, skole, 'oeget-faglighed'));
    const after = session.getSnapshot();

    expect(after).not.toBe(before);
    expect(sameParts(before, after)).toEqual(
      ['agreementAnswers', 'agreements', 'cards', 'control', 'createdAt', 'id', 'keyPoints', 'linkProposals', 'links', 'organisations', 'settledSuggestions', 'setup', 'values', 'warmUp'],
    );
    expect(after.sections[cafe]).toBe(before.sections[cafe]);
    expect(after.sections[aeldre]).toBe(before.sections[aeldre]);
    expect(after.sections[skole]).not.toBe(before.sections[skole]);
    expect(after.sections[skole]?.placed.map((piece) => piece.valueId)).toEqual(['oeget-faglighed']);
  });

  it('keeps a section when its document changed elsewhere (a card added)', async () => {
    const { session, orgIds } = await openRichSession(track);
    const [cafe = ''] = orgIds;
    const before = session.getSnapshot();

    value(addCard(session.context, cafe, { side: 'need', text: 'Flere hænder', kind: 'frivillige', valueId: null }));
    const after = session.getSnapshot();

    expect(after.sections).toBe(before.sections);
    expect(after.cards).not.toBe(before.cards);
    expect(after.cards[cafe]?.map((card) => card.text)).toEqual(['Lokaler om aftenen', 'Flere hænder']);
  });

  it('keeps the board when only the control document changed', async () => {
    const { session } = await openRichSession(track);
    const before = session.getSnapshot();

    value(setLocked(session.context, true));
    const after = session.getSnapshot();

    expect(after.control).not.toBe(before.control);
    expect(after.control.isLocked).toBe(true);
    expect(after.control.timers).toBe(before.control.timers);
    expect(sameParts(before, after)).not.toContain('control');
    expect(sameParts(before, after)).toHaveLength(Object.keys(after).length - 1);
  });

  it('keeps the agreements when an answer changes only the answers, and folds in the coordinator’s first step', async () => {
    const { session, orgIds } = await openRichSession(track);
    const [cafe = '', aeldre = ''] = orgIds;
    const before = session.getSnapshot();

    value(setAgreementComment(session.context, cafe, 'aftale-1', 'Vi bager to kager'));
    const commented = session.getSnapshot();
    expect(commented.agreements).toBe(before.agreements);
    expect(commented.agreementAnswers[aeldre]).toBe(before.agreementAnswers[aeldre]);
    expect(commented.agreementAnswers[cafe]?.['aftale-1']?.comment).toBe('Vi bager to kager');

    value(setCoordinatorFirstStep(session.context, aeldre, 'aftale-1', 'Ringe rundt'));
    const stepped = session.getSnapshot();
    expect(stepped.agreements).not.toBe(commented.agreements);
    expect(stepped.agreements[0]?.firstStep).toBe('Ringe rundt');
    expect(stepped.warmUp).toBe(before.warmUp);
  });

  it('gives the same snapshot when a change touches nothing it reads', async () => {
    const { session, orgIds } = await openRichSession(track);
    const before = session.getSnapshot();
    let notified = 0;
    session.subscribe(() => {
      notified += 1;
    });

    session.docs.orgDoc(orgIds[0] ?? '').getMap('not-in-the-layout').set('x', 1);

    expect(notified).toBe(1);
    expect(session.getSnapshot()).toBe(before);
  });
});
