import { useRef, type CSSProperties } from 'react';
import { drawnSides, slotEdges, TAB_SHARE } from '../../domain/piece-shape.ts';
import { useT, useUi } from '../../ui/app-context.tsx';
import { hyphenateToFit } from '../../ui/fit-text.ts';
import { PieceDefs, PuzzlePiece } from '../../ui/puzzle-piece.tsx';
import { useElementWidth } from '../../ui/use-element-size.ts';
import type { PicturePuzzle } from './common-picture-model.ts';

/** The names' type: the projector's smallest readable size, a laptop's small print. */
const PROJECTOR_TYPE = 18;
const SCREEN_TYPE = 13;
/** What a head's padding takes of its column. */
const HEAD_PADDING = 8;

/** The shortest and tallest rows of the overview: small enough for the whole room on one screen, large enough to see the tabs. */
const ROW_MIN = 22;
const ROW_MAX = 36;

/**
 * The whole puzzle in Det fælles billede: every organisation's row with its pieces in their slots, the
 * values' names and how many placed each above their columns (the shared ones marked). Read only; the
 * pieces are the board's (same shape, each cut drawn once), small and without names.
 */
export function PicturePuzzleView({ puzzle, total }: { puzzle: PicturePuzzle; total: number }) {
  const { t } = useT();
  const isProjector = useUi((state) => state.isProjector);
  const type = isProjector ? PROJECTOR_TYPE : SCREEN_TYPE;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const columns = puzzle.values.length;
  const rows = puzzle.rows.length;
  const nameWidth = Math.round(Math.min(320, Math.max(140, width * 0.26)));
  const cellWidth = Math.max(28, Math.floor((width - nameWidth - 4) / Math.max(1, columns)));
  // A row holds one line of its organisation's name (cut with "…" when longer; its text stays whole).
  const rowHeight = Math.round(Math.min(ROW_MAX, Math.max(ROW_MIN, type * 1.5, cellWidth * 0.34)));
  const tabSize = Math.round(TAB_SHARE * Math.min(cellWidth, rowHeight) * 1.2);

  return (
    <section className="picture-group picture-puzzle" aria-labelledby="picture-puzzle-title">
      <h3 id="picture-puzzle-title">{t('board.puzzle.title')}</h3>
      <div className="picture-puzzle-frame" ref={ref}>
        <PieceDefs />
        {width > 0 && columns > 0 ? (
          <table className="picture-puzzle-grid" style={{ width: nameWidth + cellWidth * columns, '--puzzle-type': `${type}px` } as CSSProperties}>
            <colgroup>
              <col style={{ width: nameWidth }} />
              {puzzle.values.map((value) => (
                <col key={value.id} style={{ width: cellWidth }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="visually-hidden">
                  {t('game.organisation')}
                </th>
                {puzzle.values.map((value) => (
                  <th key={value.id} scope="col" className={`picture-puzzle-head${value.isShared ? ' is-shared' : ''}`}>
                    <span className="swatch" aria-hidden="true" style={{ background: value.colour }} />
                    <span className="picture-puzzle-name">{hyphenateToFit(value.name, cellWidth - HEAD_PADDING, type)}</span>
                    <span className="picture-puzzle-count">{t('board.puzzle.count', { count: String(value.count), total: String(total) })}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {puzzle.rows.map((row, rowIndex) => (
                <tr key={row.organisation.id}>
                  <th scope="row" className="picture-puzzle-org" style={{ maxWidth: nameWidth }}>
                    <span className="org-dot" aria-hidden="true" style={{ background: row.organisation.colour }} />
                    {row.organisation.name}
                  </th>
                  {puzzle.values.map((value, column) => {
                    const isPlaced = row.placed[column] === true;
                    return (
                      <td key={value.id} className="picture-puzzle-cell">
                        <span className="visually-hidden">{isPlaced ? t('board.puzzle.placed') : t('game.slotEmpty')}</span>
                        <PuzzlePiece
                          width={cellWidth}
                          height={rowHeight}
                          edges={slotEdges(column, rowIndex, columns, rows)}
                          cuts={drawnSides(column, rowIndex, columns, rows)}
                          colour={value.colour}
                          label=""
                          isGhost={!isPlaced}
                          tabSize={tabSize}
                        />
                        {row.mostImportant === column ? (
                          <span className="picture-puzzle-star" aria-hidden="true">
                            ★
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
