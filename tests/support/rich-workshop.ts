/*
 * For tests only (never imported by the app): a workshop with something in every part of the snapshot,
 * made with the app's own commands, so a round trip through a file is checked on real stored data.
 */
import type { Workshop } from '../../src/domain/workshop.ts';
import { setAgreementComment, setAgreementIn, setCoordinatorFirstStep } from '../../src/state/agreement-commands.ts';
import { addCustomValue, addOrganisation, markMostImportant, placePiece, setActiveOrganisation, setCoreValueEnabled, setPhase, setWarmUp, updateSetupField, writeExample, type CommandContext } from '../../src/state/commands.ts';
import { setKeyPoints } from '../../src/state/common-picture-commands.ts';
import { startPhaseTimer } from '../../src/state/timer-commands.ts';
import { addDriver, dropWarmUpPiece, mergeWarmUpPieces, renameWarmUpPiece } from '../../src/state/warm-up-commands.ts';
import { readWorkshop, writeAgreementsSnapshot, writeCollaborationSnapshot } from '../../src/state/workshop-layout.ts';
import type { WorkshopRepository } from '../../src/state/workshop-repository.ts';
import type { WorkshopSession } from '../../src/state/workshop-session.ts';
import { bootRepository, value, type Closable } from './state.ts';

/** Creates the rich workshop on the repository's device and returns its snapshot as stored. */
export async function createRichWorkshop(repository: WorkshopRepository, title = 'Netværksmøde i Nørreparken'): Promise<Workshop> {
  const id = value(await repository.create(title));
  const session = await repository.open(id);
  if (!session) throw new Error('the new workshop did not open');
  const context: CommandContext = { docs: session.docs };
  for (const [field, text] of [['initiative', 'Boligsocial helhedsplan'], ['date', '2026-11-22'], ['place', 'Beboerhuset'], ['facilitator', 'Mette']] as const) value(updateSetupField(context, field, text));
  value(setWarmUp(context, true));
  const cafe = value(addOrganisation(context, { name: 'Café Nord', actorType: 'erhvervsdrivende', contact: 'Ali' })).id;
  const aeldre = value(addOrganisation(context, { name: 'Ældresagen', actorType: 'frivillige-organisationer', contact: '' })).id;
  const skole = value(addOrganisation(context, { name: 'Nørreparkens Skole', actorType: 'kommunale-institutioner', contact: '' })).id;
  value(setCoreValueEnabled(context, 'stoerre-socialt-ansvar', false));
  const glaede = value(addCustomValue(context, { name: 'Glæde', colour: '#0e7490' })).id;
  const [first, second] = [value(addDriver(context, cafe, 'Nye kunder')), value(addDriver(context, aeldre, 'Nye kunder i butikken'))];
  value(addDriver(context, aeldre, 'Fællesskab 🎉'));
  const extra = value(addDriver(context, skole, 'Tryghed'));
  value(mergeWarmUpPieces(context, `opv-${first.id}`, `opv-${second.id}`));
  value(renameWarmUpPiece(context, `opv-${first.id}`, 'Kunder'));
  value(dropWarmUpPiece(context, `opv-${extra.id}`));
  value(setPhase(context, 'vaerdispillet'));
  value(placePiece(context, cafe, 'bredere-maalgruppe'));
  value(placePiece(context, cafe, glaede));
  value(writeExample(context, cafe, 'bredere-maalgruppe', 'Flere unge kommer forbi, når vi holder åbent sammen – også søndag. 👩🏽‍🍳'));
  value(markMostImportant(context, cafe, glaede));
  value(placePiece(context, aeldre, 'oeget-faglighed'));
  value(setActiveOrganisation(context, aeldre));
  value(startPhaseTimer(context, 'vaerdispillet', 15, 1_700_000_000_000));
  value(setKeyPoints(context, 'Vi deler lokaler.\nNæste møde i januar.'));
  writeCollaborationSnapshot(session.docs, {
    cards: {
      [cafe]: [{ id: 'kort-1', side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null }],
      [aeldre]: [{ id: 'kort-2', side: 'need', text: 'Flere frivillige', kind: 'frivillige', valueId: 'oeget-faglighed' }],
    },
    links: [
      { id: 'link-1', fromId: cafe, toId: aeldre, text: 'låne lokaler ud', offerCardId: 'kort-1' },
      // Proposed on Ældresagen's tablet ("Skolen kan styrke os …"), and Skolen said yes.
      { id: 'link-2', fromId: skole, toId: aeldre, text: 'holde et oplæg om trivsel', offerCardId: null, proposedBy: aeldre },
    ],
    linkProposals: [
      { id: 'forslag-1', fromId: cafe, toId: skole, text: 'sponsere frugt til skolefesten', offerCardId: null, proposedBy: cafe, answer: 'open' },
      { id: 'forslag-2', fromId: aeldre, toId: cafe, text: 'give en hånd til julemarkedet', offerCardId: null, proposedBy: aeldre, answer: 'declined' },
    ],
  });
  writeAgreementsSnapshot(session.docs, [
    { id: 'aftale-1', what: 'Fælles kaffemik', organisationIds: [cafe, aeldre], coordinatorId: aeldre, firstStep: 'Finde en dato', date: '2026-12-05', form: 'samvirke', followUpDate: '', linkId: 'link-1', status: null, statusNote: '' },
  ]);
  // The tablets' answers: both are in, Café Nord with a comment, and the coordinator wrote its own first step.
  value(setAgreementIn(context, cafe, 'aftale-1', true));
  value(setAgreementComment(context, cafe, 'aftale-1', 'Vi bager 🎂'));
  value(setAgreementIn(context, aeldre, 'aftale-1', true));
  value(setCoordinatorFirstStep(context, aeldre, 'aftale-1', 'Finde en dato i december'));
  const snapshot = readWorkshop(session.docs);
  await session.close();
  return snapshot;
}

/** The rich workshop stored on a fresh repository and opened, loaded; `track` closes both after the test. */
export async function openRichSession(track: <T extends Closable>(item: T) => T): Promise<{ session: WorkshopSession; orgIds: string[] }> {
  const repository = await bootRepository(track);
  const stored = await createRichWorkshop(repository);
  const session = await repository.open(stored.id);
  if (!session) throw new Error('the rich workshop did not open');
  track(session);
  await session.docs.whenLoaded();
  return { session, orgIds: stored.organisations.map((organisation) => organisation.id) };
}
