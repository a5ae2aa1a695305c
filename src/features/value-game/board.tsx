import { useDroppable } from '@dnd-kit/core';
import { useAnimateMini, useReducedMotion } from 'framer-motion';
import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { drawnSides, slotEdges, slotEdgesBeside, type PieceSides } from '../../domain/piece-shape.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { isPlaced, type Section } from '../../domain/value-piece.ts';
import { useT } from '../../ui/app-context.tsx';
import { hyphenateToFit, lineCountToFit } from '../../ui/fit-text.ts';
import { PieceDefs, pieceLabel, PuzzlePiece } from '../../ui/puzzle-piece.tsx';
import { useElementWidth } from '../../ui/use-element-size.ts';
import { valueName } from '../../ui/value-name.ts';
import { boardLayout, NAME_PADDING, type BoardLayout, type BoardType, type LabelFit } from './board-layout.ts';
import { BoardPages, useFitHeight } from './board-pages.tsx';
import { lateArrivals, revealPlan, sharedOnBoard, type RevealedRows } from './board-reveal.ts';
import type { SlotData } from './drag-adapter.ts';

/** What a column head's padding takes of the column's width (styles.css). */
const HEAD_PADDING = 10;


interface BoardProps {
  organisations: Organisation[];
  sections: Record<string, Section>;
  values: ValueInPlay[];
  /** The organisation placing now: its row takes drops. Null: no row does (the projector). */
  activeOrgId: string | null;
  /** Rows whose content is hidden until the reveal. */
  isHidden: (orgId: string) => boolean;
  /**
   * How many pieces each organisation has placed, as the session server counts them (its tally): a
   * device waiting for the reveal has the counts, not the pieces. Missing: counted from the section.
   */
  placedCounts: Record<string, number>;
  isProjector: boolean;
  /** The value of a piece picked up by tap (its slot is marked), if any. */
  selectedValueId: string | null;
  onSlotTap: (orgId: string, valueId: string) => void;
  /**
   * Wraps the active row in what a drag needs (the drag-and-drop context, with the tray and the
   * carried piece in portals). Only that row sits inside the context: a pointer move then costs the
   * same however many organisations the board has.
   */
  wrapActiveRow?: (row: ReactNode) => ReactNode;
}

/**
 * The board: one row per organisation, one slot per value; the pieces of all rows interlock into one
 * picture, each cut between two pieces drawn once. Only the active row's slots are drop targets. When
 * hidden rows turn over (the reveal), their pieces fly into their slots and the values several
 * organisations placed light up (`useReveal`).
 */
export function Board(props: BoardProps) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [sharedCaption, setSharedCaption] = useState<HTMLParagraphElement | null>(null);
  const width = useElementWidth(ref);
  const height = useFitHeight(ref, props.isProjector);
  const headHeight = useHeadHeight(headRef, sharedCaption, props.isProjector && width > 0);
  const names = useMemo(() => props.values.map((value) => valueName(value, t)), [props.values, t]);
  const organisationNames = useMemo(() => props.organisations.map((organisation) => organisation.name), [props.organisations]);
  const layout = useMemo(
    () =>
      boardLayout(
        {
          width,
          columns: props.values.length,
          rows: props.organisations.length,
          isProjector: props.isProjector,
          height,
          headHeight,
          names,
          organisationNames,
        },
        SCREEN_TYPE,
      ),
    [width, props.values.length, props.organisations.length, props.isProjector, height, headHeight, names, organisationNames],
  );
  const [page, setPage] = useState(0);
  const pageCount = Math.ceil(props.organisations.length / layout.rowsPerPage);
  const shownPage = Math.min(page, pageCount - 1);
  const first = shownPage * layout.rowsPerPage;
  const shown = pageCount > 1 ? props.organisations.slice(first, first + layout.rowsPerPage) : props.organisations;
  const hiddenIds = props.organisations.filter((organisation) => props.isHidden(organisation.id)).map((organisation) => organisation.id);
  const hiddenKey = hiddenIds.join(' ');
  // After the reveal (no row hidden), the values several organisations placed light up across the rows.
  const isAllShown = hiddenIds.length === 0;
  const shared = useMemo(
    () =>
      isAllShown
        ? sharedOnBoard(
            props.values.map((value) => value.id),
            props.organisations.map((organisation) => organisation.id),
            props.sections,
          )
        : [],
    [isAllShown, props.values, props.organisations, props.sections],
  );
  const sharedCounts = useMemo(() => new Map(shared.map(({ valueId, count }) => [valueId, count])), [shared]);
  // Kept while the same values are shared, so a drop elsewhere does not re-render every still row.
  const sharedFlags = props.values.map((value) => (sharedCounts.has(value.id) ? '1' : '0')).join('');
  const isShared = useMemo(() => [...sharedFlags].map((flag) => flag === '1'), [sharedFlags]);
  // Which pieces the shown rows hold: pieces that reach a live tablet just after the reveal fly in too.
  const placedKey = shown
    .filter((organisation) => !props.isHidden(organisation.id))
    .map((organisation) => {
      const section = props.sections[organisation.id];
      return `${organisation.id}:${props.values.map((value) => (section && isPlaced(section, value.id) ? '1' : '0')).join('')}`;
    })
    .join(' ');
  const scope = useReveal(hiddenKey, placedKey, props.values.length);

  return (
    <div className="board" ref={ref} role="region" aria-label={t('game.boardLabel')}>
      <PieceDefs />
      {isAllShown && width > 0 && props.organisations.length > 1 ? (
        <p className="board-shared" ref={setSharedCaption} style={{ '--board-head-size': `${layout.headFontSize}px` } as CSSProperties}>
          <strong>{t('board.shared.caption')}:</strong>{' '}
          {shared.length === 0
            ? t('board.shared.none')
            : shared.map(({ valueId, count }, index) => {
                const value = props.values.find((candidate) => candidate.id === valueId);
                return (
                  <Fragment key={valueId}>
                    {index > 0 ? ', ' : null}
                    <span className="board-shared-value">
                      <span className="swatch" aria-hidden="true" style={{ background: value?.colour }} />
                      {t('board.shared.value', { name: value ? valueName(value, t) : valueId, count: String(count), total: String(props.organisations.length) })}
                    </span>
                  </Fragment>
                );
              })}
        </p>
      ) : null}
      {width > 0 ? (
        <table
          ref={scope}
          className="board-grid"
          style={
            {
              width: layout.nameWidth + layout.cellWidth * props.values.length,
              '--board-head-size': `${layout.headFontSize}px`,
              '--board-name-size': `${layout.nameFontSize}px`,
            } as CSSProperties
          }
        >
          <colgroup>
            <col style={{ width: layout.nameWidth }} />
            {props.values.map((value) => (
              <col key={value.id} style={{ width: layout.cellWidth }} />
            ))}
          </colgroup>
          <thead ref={headRef}>
            <tr>
              <th scope="col" className="visually-hidden">
                {t('game.organisation')}
              </th>
              {props.values.map((value, index) => (
                <th key={value.id} scope="col" className={`board-value-head${isShared[index] ? ' is-shared' : ''}`}>
                  <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
                  {hyphenateToFit(names[index] ?? '', layout.cellWidth - HEAD_PADDING, layout.headFontSize)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((organisation, index) => {
              // A page is a whole puzzle of its own: its first and last rows have straight outer edges.
              const above = shown[index - 1];
              const below = shown[index + 1];
              const rowProps = {
                organisation,
                row: index,
                rows: shown.length,
                section: props.sections[organisation.id] ?? { placed: [], mostImportant: null },
                values: props.values,
                names,
                layout,
                // Beside a face-down row a row is straight (no tab reaches into the stack) and draws the
                // cut below it itself (the face-down row draws none).
                isRowAboveShown: above !== undefined && !props.isHidden(above.id),
                isRowBelowDrawn: below !== undefined && !props.isHidden(below.id),
                isShared,
              };
              if (props.isHidden(organisation.id)) {
                const count = props.placedCounts[organisation.id] ?? rowProps.section.placed.length;
                return <HiddenRow key={organisation.id} organisation={organisation} columns={props.values.length} layout={layout} count={count} />;
              }
              return organisation.id === props.activeOrgId ? (
                <Fragment key={organisation.id}>
                  {(props.wrapActiveRow ?? ((row: ReactNode) => row))(
                    <ActiveRow {...rowProps} selectedValueId={props.selectedValueId} onSlotTap={props.onSlotTap} />,
                  )}
                </Fragment>
              ) : (
                <StillRow key={organisation.id} {...rowProps} />
              );
            })}
          </tbody>
        </table>
      ) : null}
      {pageCount > 1 ? (
        <BoardPages page={shownPage} pageCount={pageCount} first={first} shown={shown.length} total={props.organisations.length} onPage={setPage} />
      ) : null}
    </div>
  );
}

/** The board's type as the screen sets it: labels as the pieces draw them, names as the browser breaks them. */
const SCREEN_TYPE: BoardType = {
  labelSize: (name, width, height, fit, edges) => pieceLabel(name, width, height, { ...fit, edges }).fontSize,
  lineCount: lineCountToFit,
};

/**
 * The column heads' height on the projector, where the rows are fitted to what is left of the screen,
 * with the shared values' caption above them when it is shown.
 */
function useHeadHeight(ref: RefObject<HTMLTableSectionElement | null>, caption: HTMLElement | null, isShown: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const head = ref.current;
    if (!isShown || !head) return undefined;
    const measure = () => {
      const captionHeight = caption?.isConnected ? caption.getBoundingClientRect().height + parseFloat(getComputedStyle(caption).marginBottom || '0') : 0;
      setHeight(Math.ceil(head.getBoundingClientRect().height + captionHeight));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    if (caption) observer.observe(caption);
    return () => observer.disconnect();
  }, [ref, caption, isShown]);
  return height;
}

/**
 * The reveal: when rows that lay face down turn over, their pieces fly into their slots one after
 * another and settle, then the shared values' pieces light up (`revealPlan`: 1.5 s at most). Nothing
 * moves under reduced motion. It runs in a layout effect, before the turned rows are first painted, on
 * the still rows only (never on what a drag moves), as web animations of transform and opacity.
 */
function useReveal(hiddenKey: string, placedKey: string, columns: number) {
  const isReduced = useReducedMotion() === true;
  const [scope, animate] = useAnimateMini<HTMLTableElement>();
  const previous = useRef<string | null>(null);
  const revealed = useRef<RevealedRows | null>(null);
  const running = useRef<{ complete: () => void }[]>([]);

  /** Flies `pieces` (rows in the order given) into their slots, the shared ones lighting up after. */
  const fly = useCallback(
    (rows: HTMLElement[][]) => {
      const plan = revealPlan(rows.length, columns);
      const animations: { complete: () => void }[] = [];
      rows.forEach((pieces, rowIndex) => {
        for (const piece of pieces) {
          const column = Number(piece.dataset.column ?? 0);
          // From the left, where the face-down stack lay, tilted and small, then settling with a little bounce.
          const from = `translate(${-Math.round(piece.offsetWidth * (0.5 + column * 0.25))}px, -12px) rotate(-14deg) scale(0.55)`;
          animations.push(
            animate(
              piece,
              { transform: [from, 'none'], opacity: [0, 1] },
              { duration: plan.flightMs / 1000, delay: plan.delay(rowIndex, column) / 1000, ease: [0.34, 1.45, 0.64, 1] },
            ),
          );
          if (piece.classList.contains('is-shared')) {
            animations.push(
              animate(
                piece,
                { filter: ['brightness(1)', 'brightness(1.4) saturate(1.2)', 'brightness(1)'] },
                { duration: plan.lightUpMs / 1000, delay: plan.lightUpAt / 1000, ease: 'easeInOut' },
              ),
            );
          }
        }
      });
      running.current.push(...animations);
    },
    [animate, columns],
  );

  // Rows turning over: their pieces fly in.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = hiddenKey;
    const table = scope.current as HTMLTableElement | null;
    if (before === null || before === hiddenKey || isReduced || !table) return;
    const stillHidden = new Set(hiddenKey.split(' '));
    const turned = new Set(before.split(' ').filter((id) => id !== '' && !stillHidden.has(id)));
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-org-id]')].filter((row) => turned.has(row.dataset.orgId ?? ''));
    if (rows.length === 0) return;
    const pieces = rows.map((row) => [...row.querySelectorAll<HTMLElement>('.cell-piece.is-placed')]);
    revealed.current = {
      organisationIds: turned,
      at: performance.now(),
      flown: new Set(pieces.flatMap((rowPieces, index) => rowPieces.map((piece) => pieceKey(rows[index], piece)))),
    };
    fly(pieces);
  }, [hiddenKey, isReduced, scope, fly]);

  // Pieces of those rows that arrive a moment later (a live tablet gets the reveal before the pieces): they fly in too.
  useLayoutEffect(() => {
    const table = scope.current as HTMLTableElement | null;
    const current = revealed.current;
    if (isReduced || !table || !current) return;
    const present = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-org-id]')].flatMap((row) =>
      [...row.querySelectorAll<HTMLElement>('.cell-piece.is-placed')].map((piece) => ({ key: pieceKey(row, piece), row, piece })),
    );
    const late = new Set(lateArrivals(current, present.map(({ key }) => key), performance.now()));
    if (late.size === 0) return;
    const byRow = new Map<HTMLElement, HTMLElement[]>();
    for (const { key, row, piece } of present) if (late.has(key)) byRow.set(row, [...(byRow.get(row) ?? []), piece]);
    revealed.current = { ...current, flown: new Set([...current.flown, ...late]) };
    fly([...byRow.values()]);
  }, [placedKey, isReduced, scope, fly]);

  // Leaving the board: whatever is still flying lands at once.
  useEffect(
    () => () => {
      for (const animation of running.current) animation.complete();
      running.current = [];
    },
    [],
  );
  return scope;
}

/** A placed piece's key for the reveal: its organisation and column. */
function pieceKey(row: HTMLElement | undefined, piece: HTMLElement): string {
  return `${row?.dataset.orgId ?? ''}|${piece.dataset.column ?? ''}`;
}

interface RowProps {
  organisation: Organisation;
  row: number;
  rows: number;
  section: Section;
  values: ValueInPlay[];
  names: string[];
  layout: BoardLayout;
  /** Whether the row above shows its pieces (not face down, and there is one). */
  isRowAboveShown: boolean;
  /** Whether the row below shows its pieces and draws the cut between them (not face down, and there is one). */
  isRowBelowDrawn: boolean;
  /** Per value: several organisations placed it (after the reveal). */
  isShared: boolean[];
}

function RowHead({ organisation, isActive, layout }: { organisation: Organisation; isActive: boolean; layout: BoardLayout }) {
  return (
    <th scope="row" className={`board-org${isActive ? ' is-active' : ''}`}>
      <span className="org-dot" aria-hidden="true" style={{ background: actorTypeColour(organisation.actorType) }} />
      <span className="board-org-name">{hyphenateToFit(organisation.name, layout.nameWidth - NAME_PADDING, layout.nameFontSize)}</span>
    </th>
  );
}

/**
 * A row that takes no drops: memoised, so it does not re-render while a piece is dragged. Its cells are
 * plain elements (the reveal animates them from outside, `useReveal`): a board of 30 × 10 draws in one
 * short render.
 */
const StillRow = memo(function StillRow({ organisation, row, rows, section, values, names, layout, isRowAboveShown, isRowBelowDrawn, isShared }: RowProps) {
  const { t } = useT();
  return (
    <tr data-org-id={organisation.id}>
      <RowHead organisation={organisation} isActive={false} layout={layout} />
      {values.map((value, column) => {
        const placed = isPlaced(section, value.id);
        // Empty slots stay unlabelled: the column heads name the values, and the filled pieces stand out.
        // Placed pieces all carry their names, or none do (`areStillLabelsShown`).
        const label = placed && layout.areStillLabelsShown ? names[column] ?? '' : '';
        const isMostImportant = section.mostImportant === value.id;
        return (
          <td key={value.id} className="board-cell">
            <span className="visually-hidden">
              {placed ? `${names[column]}${isMostImportant ? ` (${t('game.mostImportantBadge')})` : ''}` : t('game.slotEmpty')}
            </span>
            <div className={`cell-piece${placed ? ' is-placed' : ''}${placed && isShared[column] ? ' is-shared' : ''}`} data-column={column}>
              <PuzzlePiece
                width={layout.cellWidth}
                height={layout.rowHeight}
                edges={slotEdgesBeside(column, row, values.length, rows, isRowAboveShown, isRowBelowDrawn)}
                cuts={drawnSides(column, row, values.length, rows, isRowBelowDrawn)}
                colour={value.colour}
                label={label}
                isGhost={!placed}
                tabSize={layout.tabSize}
                maxLabelLines={layout.stillFit.maxLines}
                readableSize={layout.stillFit.readableSize}
                isLabelFitToEdges
                labelSize={layout.stillLabelSizes[column]}
              />
              {isMostImportant ? <MostImportantMark /> : null}
            </div>
          </td>
        );
      })}
    </tr>
  );
});

/** The most face-down pieces a hidden row draws; a larger count is said in words only. */
const HIDDEN_STACK_MAX = 8;
/** How the face-down pieces lie in their stack: a little askew, each its own way. */
const STACK_TILTS = [-5, 3, -2, 6, -4, 2, -6, 4];
/** Each a whole piece, tabs and blanks all round: the back of a piece, not a slot. */
const BACK_EDGES = slotEdges(1, 1, 3, 3);

/**
 * A row before the reveal: which values the organisation chose stays hidden, so its pieces lie face
 * down (a card-back pattern) in an overlapping stack beside how many there are, not in their slots.
 */
const HiddenRow = memo(function HiddenRow({ organisation, columns, layout, count }: { organisation: Organisation; columns: number; layout: BoardLayout; count: number }) {
  const { t } = useT();
  // A smaller copy of a board piece, so the stack reads as the same pieces turned over.
  const pieceHeight = Math.round(Math.max(18, layout.rowHeight * 0.58));
  const pieceWidth = Math.round(Math.min(layout.cellWidth * 0.55, pieceHeight * 1.9));
  return (
    <tr className="is-hidden" data-org-id={organisation.id}>
      <RowHead organisation={organisation} isActive={false} layout={layout} />
      <td className="board-hidden" colSpan={columns} style={{ height: layout.rowHeight }}>
        <span className="hidden-stack" aria-hidden="true" style={{ '--piece-width': `${pieceWidth}px`, '--piece-tab': `${Math.round(pieceHeight * 0.3)}px` } as CSSProperties}>
          {Array.from({ length: Math.min(count, HIDDEN_STACK_MAX) }, (_, index) => (
            <span key={index} className="hidden-card" style={{ '--tilt': `${STACK_TILTS[index % STACK_TILTS.length] ?? 0}deg` } as CSSProperties}>
              <PuzzlePiece width={pieceWidth} height={pieceHeight} edges={BACK_EDGES} tabSize={pieceHeight * 0.3} colour="#26407a" label="" isFaceDown />
            </span>
          ))}
        </span>
        <span className="hidden-count">{t('game.hiddenRow', { count: String(count) })}</span>
      </td>
    </tr>
  );
});

function MostImportantMark() {
  return (
    <span className="most-important-mark" aria-hidden="true">
      ★
    </span>
  );
}

function ActiveRow(props: RowProps & { selectedValueId: string | null; onSlotTap: (orgId: string, valueId: string) => void }) {
  const { organisation, row, rows, section, values, names, layout, isShared, isRowAboveShown, isRowBelowDrawn } = props;
  const ref = useRef<HTMLTableRowElement>(null);
  // When the turn passes, bring the new row into view (the tray stays docked at the bottom).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [organisation.id]);
  return (
    <tr className="is-active" ref={ref} data-org-id={organisation.id}>
      <RowHead organisation={organisation} isActive layout={layout} />
      {values.map((value, column) => (
        <Slot
          key={value.id}
          orgId={organisation.id}
          organisationName={organisation.name}
          value={value}
          name={names[column] ?? ''}
          column={column}
          row={row}
          columns={values.length}
          rows={rows}
          isRowAboveShown={isRowAboveShown}
          isRowBelowShown={isRowBelowDrawn}
          layout={layout}
          isFilled={isPlaced(section, value.id)}
          isMostImportant={section.mostImportant === value.id}
          isShared={isShared[column] ?? false}
          isSuggested={props.selectedValueId === value.id}
          onTap={props.onSlotTap}
        />
      ))}
    </tr>
  );
}

interface SlotProps {
  orgId: string;
  organisationName: string;
  value: ValueInPlay;
  name: string;
  column: number;
  row: number;
  columns: number;
  rows: number;
  isRowAboveShown: boolean;
  isRowBelowShown: boolean;
  layout: BoardLayout;
  isFilled: boolean;
  isMostImportant: boolean;
  isShared: boolean;
  isSuggested: boolean;
  onTap: (orgId: string, valueId: string) => void;
}

/**
 * A slot in the active row: a button for tap-to-place, and a drop target (`SlotTarget`). Memoised: a
 * drag re-renders only the drop target, and this only when a piece passes over it.
 */
const Slot = memo(function Slot({ orgId, organisationName, value, name, column, row, columns, rows, isRowAboveShown, isRowBelowShown, layout, isFilled, isMostImportant, isShared, isSuggested, onTap }: SlotProps) {
  const { t } = useT();
  const [cell, setCell] = useState<HTMLTableCellElement | null>(null);
  const [isOver, setOver] = useState(false);
  return (
    <td className={`board-cell is-slot${isOver ? ' is-over' : ''}${isSuggested ? ' is-suggested' : ''}`} ref={setCell}>
      {/* A filled slot takes no drop: it is no target at all, so a drag has fewer to update. */}
      {isFilled ? null : <SlotTarget data={{ kind: 'slot', orgId, valueId: value.id }} cell={cell} onOverChange={setOver} />}
      <button
        type="button"
        className="slot-button"
        data-value-id={value.id}
        aria-label={`${t('game.slot', { value: name, organisation: organisationName })}: ${isFilled ? t('game.slotFilled') : t('game.slotEmpty')}`}
        onClick={() => onTap(orgId, value.id)}
      >
        <SlotPiece
          colour={value.colour}
          name={name}
          width={layout.cellWidth}
          height={layout.activeRowHeight}
          fit={layout.activeFit}
          column={column}
          row={row}
          columns={columns}
          rows={rows}
          isRowAboveShown={isRowAboveShown}
          isRowBelowShown={isRowBelowShown}
          isFilled={isFilled}
          isMostImportant={isMostImportant}
          isShared={isShared}
          isHighlighted={isOver || isSuggested}
        />
      </button>
    </td>
  );
});

interface SlotTargetProps {
  data: SlotData;
  cell: HTMLElement | null;
  onOverChange: (isOver: boolean) => void;
}

/**
 * Makes a slot's cell a drop target. dnd-kit re-renders it several times as a drag starts and ends (its
 * context changes with each measurement); it draws nothing, so that costs little, and it tells the slot
 * only when a piece comes over it or leaves.
 */
function SlotTarget({ data, cell, onOverChange }: SlotTargetProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `slot:${data.orgId}:${data.valueId}`, data });
  useLayoutEffect(() => setNodeRef(cell), [setNodeRef, cell]);
  useLayoutEffect(() => {
    onOverChange(isOver);
    // A slot filled by the drop stops being a target: it must not stay marked.
    return () => onOverChange(false);
  }, [onOverChange, isOver]);
  return null;
}

interface SlotPieceProps {
  colour: string;
  name: string;
  width: number;
  height: number;
  fit: LabelFit;
  column: number;
  row: number;
  columns: number;
  rows: number;
  isRowAboveShown: boolean;
  isRowBelowShown: boolean;
  isFilled: boolean;
  isMostImportant: boolean;
  isShared: boolean;
  isHighlighted: boolean;
}

/**
 * The row that takes drops lies above its neighbours (styles.css), so it draws the cuts above and below
 * it itself; along the row each cut is drawn once, by the piece on its right.
 */
const ACTIVE_SIDES: PieceSides = { top: true, right: false, bottom: true, left: true };
const ACTIVE_LAST_SIDES: PieceSides = { ...ACTIVE_SIDES, right: true };

/**
 * What a slot shows; memoised so a drag re-renders only the slot it passes over. A piece that lands
 * snaps in with a CSS animation (no script runs for it: the drop stays one short task on a tablet).
 */
const SlotPiece = memo(function SlotPiece({ colour, name, width, height, fit, column, row, columns, rows, isRowAboveShown, isRowBelowShown, isFilled, isMostImportant, isShared, isHighlighted }: SlotPieceProps) {
  return (
    <div key={isFilled ? 'filled' : 'empty'} className={`cell-piece${isFilled ? ' snaps-in' : ''}${isFilled && isShared ? ' is-shared' : ''}`}>
      <PuzzlePiece
        width={width}
        height={height}
        edges={slotEdgesBeside(column, row, columns, rows, isRowAboveShown, isRowBelowShown)}
        cuts={column === columns - 1 ? ACTIVE_LAST_SIDES : ACTIVE_SIDES}
        colour={colour}
        label={name}
        isGhost={!isFilled}
        isHighlighted={isHighlighted}
        tabSize={fit.tabSize}
        maxLabelLines={fit.maxLines}
        readableSize={fit.readableSize}
        isLabelFitToEdges
      />
      {isMostImportant ? <MostImportantMark /> : null}
    </div>
  );
});
