import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { openRichSession } from '../../tests/support/rich-workshop.ts';
import { useFreshDevice, value } from '../../tests/support/state.ts';
import type { Workshop } from '../domain/workshop.ts';
import { addCard } from './collaboration-commands.ts';
import { placePiece, setActiveOrganisation, setPhase, updateOrganisation, writeExample } from './commands.ts';
import type { WorkshopSession } from './workshop-session.ts';

/*
 * What a screen's selector sees (useWorkshopSelector): after each change the session tells its
 * subscribers, the selector runs on the new snapshot, and the screen re-renders only when the result is
 * not the same as before (by identity, or by `shallow` for a selector that builds an object of parts).
 */

const { track } = useFreshDevice();

async function openRich(): Promise<{ session: WorkshopSession; cafe: string; aeldre: string }> {
  const { session, orgIds } = await openRichSession(track);
  const [cafe = '', aeldre = ''] = orgIds;
  return { session, cafe, aeldre };
}

/** Follows one selector as useWorkshopSelector does; `changes` counts the re-renders it would cause. */
function follow<T>(session: WorkshopSession, selector: (workshop: Workshop) => T, isEqual: (a: T, b: T) => boolean = Object.is) {
  const slice = { current: selector(session.getSnapshot()), changes: 0 };
  session.subscribe(() => {
    const next = selector(session.getSnapshot());
    if (isEqual(slice.current, next)) return;
    slice.current = next;
    slice.changes += 1;
  });
  return slice;
}

const game = ({ organisations, sections, values, setup, warmUp, control }: Workshop) => ({ organisations, sections, values, setup, warmUp, control });

describe('slices of the session snapshot', () => {
  it('keeps a slice the same object when an unrelated document changes', async () => {
    const { session, cafe, aeldre } = await openRich();
    const cafeSection = follow(session, (workshop) => workshop.sections[cafe]);
    const organisations = follow(session, (workshop) => workshop.organisations);
    const phase = follow(session, (workshop) => workshop.control.phase);
    const board = follow(session, game, shallow);
    const first = { cafeSection: cafeSection.current, organisations: organisations.current, board: board.current };

    value(placePiece(session.context, aeldre, 'staerkere-samarbejdsgrundlag'));
    value(writeExample(session.context, aeldre, 'staerkere-samarbejdsgrundlag', 'Vi hjælper hinanden'));
    value(addCard(session.context, cafe, { side: 'offer', text: 'Kaffe', kind: 'lokaler', valueId: null }));

    expect(cafeSection.current).toBe(first.cafeSection);
    expect(cafeSection.changes).toBe(0);
    expect(organisations.current).toBe(first.organisations);
    expect(organisations.changes).toBe(0);
    expect(phase.changes).toBe(0);
    // The board follows the drop and the example, not the card.
    expect(board.changes).toBe(2);
    expect(board.current.sections[cafe]).toBe(first.cafeSection);
  });

  it('changes a slice when its document changes', async () => {
    const { session, cafe, aeldre } = await openRich();
    const cafeSection = follow(session, (workshop) => workshop.sections[cafe]);
    const organisations = follow(session, (workshop) => workshop.organisations);
    const control = follow(session, (workshop) => workshop.control);
    const before = { cafeSection: cafeSection.current, control: control.current };

    value(placePiece(session.context, cafe, 'oeget-faglighed'));
    expect(cafeSection.changes).toBe(1);
    expect(cafeSection.current).not.toBe(before.cafeSection);
    expect(cafeSection.current?.placed.map((piece) => piece.valueId)).toContain('oeget-faglighed');

    value(updateOrganisation(session.context, aeldre, { name: 'Ældre Sagen', actorType: 'frivillige-organisationer', contact: '' }));
    expect(organisations.changes).toBe(1);
    expect(organisations.current.map((organisation) => organisation.name)).toContain('Ældre Sagen');

    value(setActiveOrganisation(session.context, cafe));
    value(setPhase(session.context, 'faelles-billede'));
    expect(control.changes).toBe(2);
    expect(control.current).toMatchObject({ activeOrganisationId: cafe, phase: 'faelles-billede' });
    expect(control.current.timers).toBe(before.control.timers);
    expect(cafeSection.changes).toBe(1);
  });
});
