import { DndContext } from '@dnd-kit/core';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { shallow } from 'zustand/shallow';
import type { ValueInPlay } from '../../domain/value.ts';
import type { Problem } from '../../domain/result.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';
import { trayPieces } from '../../domain/value-piece.ts';
import { placePiece } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { useTally } from '../../ui/use-tally.ts';
import { useElementWidth } from '../../ui/use-element-size.ts';
import { useWorkshopSelector } from '../../ui/use-workshop.ts';
import { useStableCallback } from '../../ui/use-stable-callback.ts';
import { valueName } from '../../ui/value-name.ts';
import { PracticeExamples } from '../../ui/practice-examples.tsx';
import { VALUE_EXAMPLES } from '../../domain/practice-examples.ts';
import { Board } from './board.tsx';
import { TRAY_FRAME, trayPieceSize } from './board-layout.ts';
import { ActiveTray, CarriedPiece, MeasureTargetsOnPress } from './drag-layer.tsx';
import { FacilitatorControls } from './facilitator-controls.tsx';
import { PlacedPanel } from './placed-panel.tsx';
import { useValueGameDnd } from './use-value-game-dnd.ts';

/**
 * What the value game reads of the workshop. Each part stays the same object while its document is
 * unchanged, so a change elsewhere (cards, agreements, key points) does not draw the game again.
 */
type GameSlice = Pick<Workshop, 'organisations' | 'sections' | 'values' | 'setup' | 'warmUp' | 'control'>;

const selectGame = ({ organisations, sections, values, setup, warmUp, control }: Workshop): GameSlice => ({ organisations, sections, values, setup, warmUp, control });

/** The organisation placing now: the facilitator's choice, else the first organisation. */
function activeOrganisationOf(workshop: Pick<Workshop, 'control' | 'organisations'>): string | null {
  const chosen = workshop.control.activeOrganisationId;
  if (chosen && workshop.organisations.some((organisation) => organisation.id === chosen)) return chosen;
  return workshop.organisations[0]?.id ?? null;
}

interface ValueGameScreenProps {
  session: WorkshopSession;
  /**
   * A tablet in a live session: the organisation this device places for (its row takes drops, its tray
   * is shown) instead of the facilitator's choice, and no facilitator controls (the server would refuse
   * their writes anyway).
   */
  deviceOrganisationId?: string;
  /** Told when this device picks up a piece (its value id) and when it lets go (null): live presence. */
  onDragChange?: (valueId: string | null) => void;
}

/** Værdispillet: the board, the active organisation's tray and its placed pieces. */
export function ValueGameScreen({ session, deviceOrganisationId, onDragChange }: ValueGameScreenProps) {
  const { t } = useT();
  // The board follows the workshop a moment behind, in a render React may pause: a drop then costs the
  // drag's own clean-up at once and the board's update in slices, never one long task on a tablet
  // (the drag benchmark). Text fields keep what is typed in their own state, so nothing typed is lost.
  const workshop = useDeferredValue(useWorkshopSelector(session, selectGame, shallow));
  const isProjector = useUi((state) => state.isProjector);
  // With the warm-up on, its pieces (not left out) join the trays after the core and custom values.
  const { values: workshopValues, setup, warmUp } = workshop;
  const hasWarmUp = setup.hasWarmUp;
  // The snapshot keeps these objects while they are unchanged, so the board's rows keep their props.
  const values = useMemo(
    () => workshopValuesInPlay({ values: workshopValues, setup: { hasWarmUp }, warmUp }),
    [workshopValues, hasWarmUp, warmUp],
  );
  const placedCounts = useTally(session).pieces;

  if (workshop.organisations.length === 0) return <EmptyGame text={t('game.noOrganisations')} />;
  if (values.length === 0) return <EmptyGame text={t('game.noValues')} />;

  if (isProjector) {
    return (
      <section className="screen value-game is-projector" aria-labelledby="game-title">
        <h2 id="game-title" className="visually-hidden">
          {t('game.title')}
        </h2>
        {workshop.control.isRevealed ? null : <p className="game-note">{t('game.hiddenNote')}</p>}
        <Board
          organisations={workshop.organisations}
          sections={workshop.sections}
          values={values}
          activeOrgId={null}
          isHidden={() => !workshop.control.isRevealed}
          placedCounts={placedCounts}
          isProjector
          selectedValueId={null}
          onSlotTap={() => {}}
        />
      </section>
    );
  }
  return (
    <PlayingArea
      session={session}
      workshop={workshop}
      values={values}
      deviceOrganisationId={deviceOrganisationId}
      onDragChange={onDragChange}
    />
  );
}

function EmptyGame({ text }: { text: string }) {
  const { t } = useT();
  return (
    <section className="screen" aria-labelledby="game-title">
      <h2 id="game-title">{t('game.title')}</h2>
      <p role="status">{text}</p>
    </section>
  );
}

interface PlayingAreaProps {
  session: WorkshopSession;
  workshop: GameSlice;
  values: ValueInPlay[];
  deviceOrganisationId?: string | undefined;
  onDragChange?: ((valueId: string | null) => void) | undefined;
}

/**
 * Memoised: the screen renders twice for a change, urgently with the slice it had and then deferred with
 * the new one; this draws again only in the second.
 */
const PlayingArea = memo(function PlayingArea({ session, workshop, values, deviceOrganisationId, onDragChange }: PlayingAreaProps) {
  const { t, problem } = useT();
  const { store } = useServices();
  const activeOrgId = deviceOrganisationId ?? activeOrganisationOf(workshop);
  const activeOrg = workshop.organisations.find((organisation) => organisation.id === activeOrgId);
  const section = sectionOf(workshop, activeOrgId ?? '');
  const [selectedValueId, setSelectedValueId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [trayHost, setTrayHost] = useState<HTMLDivElement | null>(null);
  const trayRef = useRef<HTMLDivElement | null>(null);
  const trayWidth = useElementWidth(trayRef);
  // Sized for all the values, so the pieces keep their size as they are placed.
  const traySize = useMemo(() => trayPieceSize(trayWidth - TRAY_FRAME, values.length), [trayWidth, values.length]);
  const setTrayDock = useCallback((element: HTMLDivElement | null) => {
    trayRef.current = element;
    setTrayHost(element);
  }, []);
  const nameOf = (valueId: string) => {
    const value = values.find((candidate) => candidate.id === valueId);
    return value ? valueName(value, t) : valueId;
  };
  const announce = (text: string) => store.getState().announce(text);
  const { isLocked, isRevealed } = workshop.control;
  const placedCounts = useTally(session).pieces;

  // Kept while the section is unchanged, so the (memoised) tray is not drawn again by a pick-up or drop.
  const trayValues = useMemo(() => {
    const inTray = new Set(trayPieces(section, values.map((value) => value.id)));
    return values.filter((value) => inTray.has(value.id));
  }, [values, section]);
  // A piece chosen for tap-to-place is forgotten when it is no longer in the tray or the turn passes.
  const selected = selectedValueId && trayValues.some((value) => value.id === selectedValueId) ? selectedValueId : null;

  /** Shows and announces why a piece was not placed; `null` takes the reason away. */
  const refuse = (refused: Problem | null) => {
    const text = refused ? problem(refused) : null;
    setRefusal(text);
    if (text) announce(text);
  };

  /** Places a piece and says what happened; used alike by drop, tap-to-place and keyboard. */
  const place = useStableCallback((orgId: string, valueId: string, slotValueId: string) => {
    const result = placePiece(session.context, orgId, valueId, slotValueId);
    if (!result.ok) {
      refuse(result.problem);
      return false;
    }
    setRefusal(null);
    setSelectedValueId(null);
    announce(t('game.placed', { piece: nameOf(valueId), organisation: activeOrg?.name ?? '' }));
    return true;
  });

  const onSlotTap = useStableCallback((orgId: string, slotValueId: string) => {
    if (selected) place(orgId, selected, slotValueId);
  });

  const onSelect = useStableCallback((valueId: string | null) => {
    setSelectedValueId(valueId);
    setRefusal(null);
    const name = nameOf(valueId ?? selected ?? '');
    announce(valueId ? t('game.pieceSelected', { name }) : t('game.pieceDeselected', { name }));
  });

  const { dndProps, boxes, placing, isPlacedByDrop } = useValueGameDnd({
    session,
    nameOf,
    place,
    refuse,
    announce,
    onPickUp: () => setSelectedValueId(null),
    onDragChange,
  });

  return (
    <section className="screen value-game" aria-labelledby="game-title">
      <div className="game-head">
        <div>
          <h2 id="game-title">{t('game.title')}</h2>
          <p className="hint">{t('game.intro')}</p>
          {deviceOrganisationId ? null : (
            <PracticeExamples
              choices={values.flatMap((value) => (value.kind === 'core' ? [{ id: value.id, name: valueName(value, t), example: VALUE_EXAMPLES[value.id] }] : []))}
            />
          )}
        </div>
        {deviceOrganisationId ? null : (
          <FacilitatorControls
            session={session}
            organisations={workshop.organisations}
            activeOrgId={activeOrgId}
            isLocked={isLocked}
            isRevealed={isRevealed}
          />
        )}
      </div>
      {isLocked ? (
        <p className="banner locked" role="status">
          {t('game.locked')}
        </p>
      ) : null}
      {refusal ? (
        <p className="banner refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      {/* The tray is docked to the bottom of the screen while any of the board is in view. */}
      <div className="board-and-tray">
        <Board
          organisations={workshop.organisations}
          sections={workshop.sections}
          values={values}
          activeOrgId={activeOrgId}
          isHidden={(orgId) => !isRevealed && orgId !== activeOrgId}
          placedCounts={placedCounts}
          isProjector={false}
          selectedValueId={selected}
          onSlotTap={onSlotTap}
          wrapActiveRow={(row) => (
            <DndContext {...dndProps}>
              {row}
              {trayHost && activeOrg
                ? createPortal(
                    <ActiveTray
                      placing={placing}
                      orgId={activeOrg.id}
                      organisationName={activeOrg.name}
                      pieces={trayValues}
                      size={traySize}
                      selectedValueId={selected}
                      onSelect={onSelect}
                    />,
                    trayHost,
                  )
                : null}
              {createPortal(<CarriedPiece values={values} size={traySize} isPlacedByDrop={isPlacedByDrop} />, document.body)}
              <MeasureTargetsOnPress host={trayHost} boxes={boxes} />
            </DndContext>
          )}
        />
        {isRevealed ? null : <p className="game-note">{t('game.hiddenNote')}</p>}
        <div className="tray-dock" ref={setTrayDock} />
      </div>
      {activeOrg ? (
        <PlacedPanel
          session={session}
          orgId={activeOrg.id}
          organisationName={activeOrg.name}
          section={section}
          values={values}
          isLocked={isLocked}
          onRefused={setRefusal}
        />
      ) : null}
    </section>
  );
});
