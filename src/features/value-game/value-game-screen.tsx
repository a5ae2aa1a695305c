import { DndContext, DragOverlay, type DragEndEvent, type DragOverEvent, type DragStartEvent } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ValueInPlay } from '../../domain/value.ts';
import { sectionOf, workshopValuesInPlay, type Workshop } from '../../domain/workshop.ts';
import { trayPieces } from '../../domain/value-piece.ts';
import { placePiece } from '../../state/commands.ts';
import type { WorkshopSession } from '../../state/workshop-session.ts';
import { useServices, useT, useUi } from '../../ui/app-context.tsx';
import { useWorkshop } from '../../ui/use-workshop.ts';
import { valueName } from '../../ui/value-name.ts';
import { Board } from './board.tsx';
import { announcements, collisionDetection, dropTarget, isPieceData, useGameSensors, type PieceData } from './drag-adapter.ts';
import { FacilitatorControls } from './facilitator-controls.tsx';
import { PlacedPanel } from './placed-panel.tsx';
import { PieceGraphic, Tray } from './tray.tsx';

/** The organisation placing now: the facilitator's choice, else the first organisation. */
function activeOrganisationOf(workshop: Workshop): string | null {
  const chosen = workshop.control.activeOrganisationId;
  if (chosen && workshop.organisations.some((organisation) => organisation.id === chosen)) return chosen;
  return workshop.organisations[0]?.id ?? null;
}

/** Værdispillet: the board, the active organisation's tray and its placed pieces. */
export function ValueGameScreen({ session }: { session: WorkshopSession }) {
  const { t } = useT();
  const workshop = useWorkshop(session);
  const isProjector = useUi((state) => state.isProjector);
  // With the warm-up on, its pieces (not left out) join the trays after the core and custom values.
  const values = useMemo(() => workshopValuesInPlay(workshop), [workshop]);
  const isRevealing = useJustRevealed(workshop.control.isRevealed);

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
          isProjector
          selectedValueId={null}
          onSlotTap={() => {}}
          isRevealing={isRevealing}
        />
      </section>
    );
  }
  return <PlayingArea session={session} workshop={workshop} values={values} isRevealing={isRevealing} />;
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
  workshop: Workshop;
  values: ValueInPlay[];
  isRevealing: boolean;
}

function PlayingArea({ session, workshop, values, isRevealing }: PlayingAreaProps) {
  const { t, problem } = useT();
  const { store } = useServices();
  const sensors = useGameSensors();
  const activeOrgId = activeOrganisationOf(workshop);
  const activeOrg = workshop.organisations.find((organisation) => organisation.id === activeOrgId);
  const section = sectionOf(workshop, activeOrgId ?? '');
  const [selectedValueId, setSelectedValueId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<PieceData | null>(null);
  const [isOverSlot, setOverSlot] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameOf = (valueId: string) => {
    const value = values.find((candidate) => candidate.id === valueId);
    return value ? valueName(value, t) : valueId;
  };
  const announce = (text: string) => store.getState().announce(text);
  const { isLocked, isRevealed } = workshop.control;

  // A piece chosen for tap-to-place is forgotten when it is no longer in the tray or the turn passes.
  const trayIds = trayPieces(section, values.map((value) => value.id));
  const selected = selectedValueId && trayIds.includes(selectedValueId) ? selectedValueId : null;

  /** Places a piece and says what happened; used alike by drop, tap-to-place and keyboard. */
  const place = (orgId: string, valueId: string, slotValueId: string) => {
    const result = placePiece(session.context, orgId, valueId, slotValueId);
    if (!result.ok) {
      const text = problem(result.problem);
      setRefusal(text);
      announce(text);
      return false;
    }
    setRefusal(null);
    setSelectedValueId(null);
    announce(t('game.placed', { piece: nameOf(valueId), organisation: activeOrg?.name ?? '' }));
    return true;
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = active.data.current;
    if (isPieceData(data)) setDragged(data);
    setSelectedValueId(null);
    setRefusal(null);
  };
  const onDragOver = ({ over }: DragOverEvent) => setOverSlot(over !== null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    setOverSlot(false);
    const target = dropTarget(event);
    if (!target) return;
    if (target.slot) place(target.slot.orgId, target.piece.valueId, target.slot.valueId);
    else announce(t('game.returned', { piece: nameOf(target.piece.valueId) }));
  };

  const texts = {
    pickedUp: (piece: string) => t('game.pickedUp', { piece }),
    over: (piece: string, slot: string) => t('game.over', { piece, slot }),
    notOver: (piece: string) => t('game.notOver', { piece }),
    cancelled: (piece: string) => t('game.cancelled', { piece }),
  };
  const draggedValue = dragged ? values.find((value) => value.id === dragged.valueId) : undefined;

  return (
    <section className="screen value-game" aria-labelledby="game-title">
      <div className="game-head">
        <div>
          <h2 id="game-title">{t('game.title')}</h2>
          <p className="hint">{t('game.intro')}</p>
        </div>
        <FacilitatorControls
          session={session}
          organisations={workshop.organisations}
          activeOrgId={activeOrgId}
          isLocked={isLocked}
          isRevealed={isRevealed}
        />
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
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        accessibility={{
          announcements: announcements(texts, nameOf),
          screenReaderInstructions: { draggable: t('game.instructions') },
        }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragged(null);
          setOverSlot(false);
        }}
      >
        {/* The tray is docked to the bottom of the screen while any of the board is in view. */}
        <div className="board-and-tray">
          <Board
            organisations={workshop.organisations}
            sections={workshop.sections}
            values={values}
            activeOrgId={activeOrgId}
            isHidden={(orgId) => !isRevealed && orgId !== activeOrgId}
            isProjector={false}
            selectedValueId={selected}
            onSlotTap={(orgId, slotValueId) => {
              if (selected) place(orgId, selected, slotValueId);
            }}
            isRevealing={isRevealing}
          />
          {isRevealed ? null : <p className="game-note">{t('game.hiddenNote')}</p>}
          {activeOrg ? (
            <div className="tray-dock">
              <Tray
                orgId={activeOrg.id}
                organisationName={activeOrg.name}
                pieces={values.filter((value) => trayIds.includes(value.id))}
                selectedValueId={selected}
                onSelect={(valueId) => {
                  setSelectedValueId(valueId);
                  setRefusal(null);
                  const name = nameOf(valueId ?? selected ?? '');
                  announce(valueId ? t('game.pieceSelected', { name }) : t('game.pieceDeselected', { name }));
                }}
              />
            </div>
          ) : null}
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
        {/* Dropped on a slot the piece snaps in (no return flight); anywhere else it glides back. */}
        <DragOverlay dropAnimation={isOverSlot ? null : { duration: 220, easing: 'ease-out' }}>
          {draggedValue ? (
            <div className="drag-overlay">
              <PieceGraphic value={draggedValue} label={valueName(draggedValue, t)} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

/** True for a moment right after the sections are revealed, so the board can turn them over. */
function useJustRevealed(isRevealed: boolean): boolean {
  const previous = useRef(isRevealed);
  const [isRevealing, setRevealing] = useState(false);
  useEffect(() => {
    if (isRevealed && !previous.current) {
      setRevealing(true);
      const timer = window.setTimeout(() => setRevealing(false), 2500);
      previous.current = isRevealed;
      return () => window.clearTimeout(timer);
    }
    previous.current = isRevealed;
    return undefined;
  }, [isRevealed]);
  return isRevealing;
}
