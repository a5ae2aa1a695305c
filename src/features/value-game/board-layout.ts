/** Sizes of the board's grid, from the width it has and the number of rows and columns. */
export interface BoardLayout {
  nameWidth: number;
  cellWidth: number;
  cellHeight: number;
}

/**
 * Lays out `rows` organisations × `columns` values in `width` pixels. Rows get taller on a projector;
 * with many organisations they shrink to fit a screen's height, never below what a finger can hit.
 */
export function boardLayout(width: number, columns: number, rows: number, isProjector: boolean): BoardLayout {
  const nameWidth = Math.round(Math.min(280, Math.max(150, width * 0.18)));
  const cellWidth = Math.max(60, Math.floor((width - nameWidth - 8) / Math.max(1, columns)));
  const fitHeight = isProjector ? Math.floor(820 / Math.max(1, rows)) : 76;
  const cellHeight = Math.round(Math.min(isProjector ? 110 : 84, Math.max(isProjector ? 46 : 56, fitHeight), cellWidth * 0.8));
  return { nameWidth, cellWidth, cellHeight };
}
