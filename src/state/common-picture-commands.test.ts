import { describe, expect, it } from 'vitest';
import { groupTallies, KEY_POINTS_MAX } from '../domain/common-picture.ts';
import { tallyValues } from '../domain/value-piece.ts';
import { valuesInPlay } from '../domain/value.ts';
import { sectionOf, type Workshop } from '../domain/workshop.ts';
import { setKeyPoints } from './common-picture-commands.ts';
import { addOrganisation, markMostImportant, placePiece, setCoreValueEnabled, setRevealed, writeExample, type CommandContext } from './commands.ts';
import { readWorkshop } from './workshop-layout.ts';
import { bootRepository, useFreshDevice, value } from '../../tests/support/state.ts';

const { track, untrack } = useFreshDevice();

async function workshopWith(...names: string[]) {
  const repository = await bootRepository(track);
  const id = value(await repository.create('Det fælles billede'));
  const session = await repository.open(id);
  if (!session) throw new Error('open failed');
  track(session);
  const context: CommandContext = { docs: session.docs };
  const orgs = names.map((name) => value(addOrganisation(context, { name, actorType: 'andre-aktoerer', contact: '' })).id);
  session.undo.stopCapturing();
  return { repository, id, session, context, orgs };
}

/** The common picture as the screen builds it: the tallies in board order, grouped. */
function picture(workshop: Workshop) {
  const tallies = tallyValues(
    valuesInPlay(workshop.values).map((value) => value.id),
    workshop.organisations.map((organisation) => ({ organisationId: organisation.id, section: sectionOf(workshop, organisation.id) })),
  );
  const groups = groupTallies(tallies);
  const ids = (list: typeof tallies) => list.map((tally) => `${tally.valueId}:${tally.holders.length}`);
  return { tallies, shared: ids(groups.shared), single: ids(groups.single), unplaced: groups.unplaced.map((tally) => tally.valueId) };
}

describe('the common picture from placed pieces', () => {
  it('counts holders per value, groups shared, single and unplaced values, and keeps examples and picks', async () => {
    const { context, session, orgs } = await workshopWith('Café Nord', 'Skolen', 'Biblioteket');
    const [cafe = '', skolen = '', bibliotek = ''] = orgs;
    value(setCoreValueEnabled(context, 'stoerre-socialt-ansvar', false));
    for (const org of [cafe, skolen, bibliotek]) value(placePiece(context, org, 'bredere-maalgruppe'));
    value(placePiece(context, cafe, 'oeget-faglighed'));
    value(placePiece(context, bibliotek, 'oeget-faglighed'));
    value(placePiece(context, skolen, 'adgang-til-flere-ressourcer'));
    value(writeExample(context, cafe, 'bredere-maalgruppe', 'Skolens forældre kommer i caféen'));
    value(writeExample(context, bibliotek, 'bredere-maalgruppe', 'Lektiecafé med nye brugere'));
    value(markMostImportant(context, cafe, 'bredere-maalgruppe'));
    value(markMostImportant(context, skolen, 'adgang-til-flere-ressourcer'));
    value(setRevealed(context, true));

    const workshop = readWorkshop(session.docs);
    const result = picture(workshop);
    expect(result.shared).toEqual(['bredere-maalgruppe:3', 'oeget-faglighed:2']);
    expect(result.single).toEqual(['adgang-til-flere-ressourcer:1']);
    expect(result.unplaced).toEqual(['staerkere-samarbejdsgrundlag']);
    const reach = result.tallies.find((tally) => tally.valueId === 'bredere-maalgruppe');
    expect(reach).toEqual({
      valueId: 'bredere-maalgruppe',
      holders: [cafe, skolen, bibliotek],
      mostImportantFor: [cafe],
      examples: [
        { organisationId: cafe, example: 'Skolens forældre kommer i caféen' },
        { organisationId: skolen, example: '' },
        { organisationId: bibliotek, example: 'Lektiecafé med nye brugere' },
      ],
    });
    expect(workshop.control.isRevealed).toBe(true);
  });

  it('shows nothing placed as every value at zero', async () => {
    const { session } = await workshopWith('Café Nord', 'Skolen');
    const result = picture(readWorkshop(session.docs));
    expect(result.shared).toEqual([]);
    expect(result.single).toEqual([]);
    expect(result.unplaced).toHaveLength(5);
  });
});

describe('setKeyPoints', () => {
  it('stores the key points in the setup document as typed, and they survive a reload', async () => {
    const { repository, id, context, session } = await workshopWith('Café Nord');
    expect(readWorkshop(session.docs).keyPoints).toBe('');
    expect(value(setKeyPoints(context, 'Alle vil nå flere unge.\n- Caféen og skolen deler lokaler '))).toEqual({
      text: 'Alle vil nå flere unge.\n- Caféen og skolen deler lokaler ',
      isCut: false,
    });
    expect(session.docs.setup.getMap('commonPicture').get('keyPoints')).toBe('Alle vil nå flere unge.\n- Caféen og skolen deler lokaler ');
    await session.close();
    untrack(session);

    const reopened = await repository.open(id);
    if (!reopened) throw new Error('reopen failed');
    track(reopened);
    expect(readWorkshop(reopened.docs).keyPoints).toBe('Alle vil nå flere unge.\n- Caféen og skolen deler lokaler ');
  });

  it('cuts a long paste at 2000 characters and says so', async () => {
    const { context, session } = await workshopWith();
    expect(value(setKeyPoints(context, 'æ'.repeat(5_000)))).toEqual({ text: 'æ'.repeat(KEY_POINTS_MAX), isCut: true });
    expect(readWorkshop(session.docs).keyPoints).toBe('æ'.repeat(KEY_POINTS_MAX));
  });

  it('is undoable, and writing the same text again is no new undo step', async () => {
    const { context, session } = await workshopWith();
    value(setKeyPoints(context, 'Første pointe'));
    session.undo.stopCapturing();
    value(setKeyPoints(context, 'Første pointe'));
    session.undo.undo();
    expect(readWorkshop(session.docs).keyPoints).toBe('');
    expect(session.undo.canUndo).toBe(false);
    session.undo.redo();
    expect(readWorkshop(session.docs).keyPoints).toBe('Første pointe');
  });

  it('merges quick typing into one undo step', async () => {
    const { context, session } = await workshopWith();
    for (const text of ['F', 'Fæ', 'Fæl', 'Fælles']) value(setKeyPoints(context, text));
    session.undo.undo();
    expect(readWorkshop(session.docs).keyPoints).toBe('');
  });
});
