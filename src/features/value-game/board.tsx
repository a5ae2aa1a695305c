import { useDroppable } from '@dnd-kit/core';
import { Fragment, memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { actorTypeColour } from '../../domain/actor-type.ts';
import type { Organisation } from '../../domain/organisation.ts';
import { slotEdges } from '../../domain/piece-shape.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { isPlaced, type Section } from '../../domain/value-piece.ts';
import { useT } from '../../ui/app-context.tsx';
import { hyphenateToFit, lineCountToFit } from '../../ui/fit-text.ts';
import { pieceLabel, PuzzlePiece } from '../../ui/puzzle-piece.tsx';
import { useElementWidth } from '../../ui/use-element-size.ts';
import { valueName } from '../../ui/value-name.ts';
import { boardLayout, NAME_PADDING, type BoardLayout, type BoardType, type LabelFit } from './board-layout.ts';
import { BoardPages, useFitHeight } from './board-pages.tsx';
import type { SlotData } from './drag-adapter.ts';

const HIDDEN_COLOUR = '#8a8f99';
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
  /** Set just after the reveal, so the rows turn over one after another. */
  isRevealing: boolean;
}

/**
 * The board: one row per organisation, one slot per value; the pieces of all rows interlock into one
 * picture. Only the active row's slots are drop targets.
 */
export function Board(props: BoardProps) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const width = useElementWidth(ref);
  const height = useFitHeight(ref, props.isProjector);
  const headHeight = useHeadHeight(headRef, props.isProjector && width > 0);
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

  return (
    <div className="board" ref={ref} role="region" aria-label={t('game.boardLabel')}>
      {width > 0 ? (
        <table
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
                <th key={value.id} scope="col" className="board-value-head">
                  <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
                  {hyphenateToFit(names[index] ?? '', layout.cellWidth - HEAD_PADDING, layout.headFontSize)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((organisation, index) => {
              // A page is a whole puzzle of its own: its first and last rows have straight outer edges.
              const rowProps = {
                organisation,
                row: index,
                rows: shown.length,
                section: props.sections[organisation.id] ?? { placed: [], mostImportant: null },
                values: props.values,
                names,
                layout,
                isRevealing: props.isRevealing,
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
  labelSize: (name, width, height, fit) => pieceLabel(name, width, height, fit).fontSize,
  lineCount: lineCountToFit,
};

/** The column heads' height on the projector, where the rows are fitted to what is left of the screen. */
function useHeadHeight(ref: RefObject<HTMLTableSectionElement | null>, isShown: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const head = ref.current;
    if (!isShown || !head) return undefined;
    const measure = () => setHeight(Math.ceil(head.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    return () => observer.disconnect();
  }, [ref, isShown]);
  return height;
}

interface RowProps {
  organisation: Organisation;
  row: number;
  rows: number;
  section: Section;
  values: ValueInPlay[];
  names: string[];
  layout: BoardLayout;
  isRevealing: boolean;
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
 * plain elements (the reveal's turn is a CSS animation): a board of 30 × 10 draws in one short render.
 */
const StillRow = memo(function StillRow({ organisation, row, rows, section, values, names, layout, isRevealing }: RowProps) {
  const { t } = useT();
  return (
    <tr>
      <RowHead organisation={organisation} isActive={false} layout={layout} />
      {values.map((value, column) => {
        const placed = isPlaced(section, value.id);
        // Empty slots stay unlabelled: the column heads name the values, and the filled pieces stand out.
        const label = placed && layout.stillLabels[column] ? names[column] ?? '' : '';
        const isMostImportant = section.mostImportant === value.id;
        const turnsOver = isRevealing && placed;
        return (
          <td key={value.id} className="board-cell">
            <span className="visually-hidden">
              {placed ? `${names[column]}${isMostImportant ? ` (${t('game.mostImportantBadge')})` : ''}` : t('game.slotEmpty')}
            </span>
            <div
              className={`cell-piece${turnsOver ? ' turns-over' : ''}`}
              style={turnsOver ? ({ '--turn-delay': `${row * 60 + column * 20}ms` } as CSSProperties) : undefined}
            >
              <PuzzlePiece
                width={layout.cellWidth}
                height={layout.rowHeight}
                edges={slotEdges(column, row, values.length, rows)}
                colour={value.colour}
                label={label}
                isGhost={!placed}
                tabSize={layout.tabSize}
                maxLabelLines={layout.stillFit.maxLines}
                readableSize={layout.stillFit.readableSize}
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

/**
 * A row before the reveal: which values the organisation chose stays hidden, so its pieces lie face
 * down in a stack beside how many there are, not in their slots.
 */
const HiddenRow = memo(function HiddenRow({ organisation, columns, layout, count }: { organisation: Organisation; columns: number; layout: BoardLayout; count: number }) {
  const { t } = useT();
  const size = Math.min(layout.cellWidth, layout.rowHeight) * 0.42;
  return (
    <tr className="is-hidden">
      <RowHead organisation={organisation} isActive={false} layout={layout} />
      <td className="board-hidden" colSpan={columns} style={{ height: layout.rowHeight }}>
        <span className="hidden-stack" aria-hidden="true" style={{ '--piece-size': `${size}px` } as CSSProperties}>
          {Array.from({ length: Math.min(count, HIDDEN_STACK_MAX) }, (_, index) => (
            // Each a whole piece, tabs and blanks all round: the back of a piece, not a slot.
            <PuzzlePiece key={index} width={size} height={size} edges={slotEdges(1, 1, 3, 3)} colour={HIDDEN_COLOUR} label="" />
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
  const { organisation, row, rows, section, values, names, layout } = props;
  const ref = useRef<HTMLTableRowElement>(null);
  // When the turn passes, bring the new row into view (the tray stays docked at the bottom).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [organisation.id]);
  return (
    <tr className="is-active" ref={ref}>
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
          layout={layout}
          isFilled={isPlaced(section, value.id)}
          isMostImportant={section.mostImportant === value.id}
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
  layout: BoardLayout;
  isFilled: boolean;
  isMostImportant: boolean;
  isSuggested: boolean;
  onTap: (orgId: string, valueId: string) => void;
}

/**
 * A slot in the active row: a button for tap-to-place, and a drop target (`SlotTarget`). Memoised: a
 * drag re-renders only the drop target, and this only when a piece passes over it.
 */
const Slot = memo(function Slot({ orgId, organisationName, value, name, column, row, columns, rows, layout, isFilled, isMostImportant, isSuggested, onTap }: SlotProps) {
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
          isFilled={isFilled}
          isMostImportant={isMostImportant}
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
  isFilled: boolean;
  isMostImportant: boolean;
  isHighlighted: boolean;
}

/**
 * What a slot shows; memoised so a drag re-renders only the slot it passes over. A piece that lands
 * snaps in with a CSS animation (no script runs for it: the drop stays one short task on a tablet).
 */
const SlotPiece = memo(function SlotPiece({ colour, name, width, height, fit, column, row, columns, rows, isFilled, isMostImportant, isHighlighted }: SlotPieceProps) {
  return (
    <div key={isFilled ? 'filled' : 'empty'} className={`cell-piece${isFilled ? ' snaps-in' : ''}`}>
      <PuzzlePiece
        width={width}
        height={height}
        edges={slotEdges(column, row, columns, rows)}
        colour={colour}
        label={name}
        isGhost={!isFilled}
        isHighlighted={isHighlighted}
        tabSize={fit.tabSize}
        maxLabelLines={fit.maxLines}
        readableSize={fit.readableSize}
      />
      {isMostImportant ? <MostImportantMark /> : null}
    </div>
  );
});
