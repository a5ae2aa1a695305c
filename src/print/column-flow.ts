import type { PdfWriter, TextStyle } from './pdf-writer.ts';

/**
 * Text flowing down side-by-side columns, as a large sheet (A3) sets it: from the writer's cursor to
 * the foot of the page in the first column, then the next column, then a fresh page with its columns
 * from the top. A block asks for the room it needs first (`keep`), so it moves to the next column
 * whole rather than leaving its first line alone at a column's foot.
 */
export class ColumnFlow {
  readonly width: number;
  private column = 0;
  private top: number;
  y: number;

  constructor(
    private readonly writer: PdfWriter,
    private readonly count: number,
    private readonly gap: number,
  ) {
    this.width = (writer.contentWidth - gap * (count - 1)) / count;
    this.top = writer.y;
    this.y = writer.y;
  }

  /** The left edge of the current column. */
  get x(): number {
    return this.writer.margin + this.column * (this.width + this.gap);
  }

  /** Moves to the next column (or page) unless `height` fits under the cursor; a block taller than a column starts at a column's top. */
  keep(height: number): void {
    if (this.y + height <= this.writer.bottom || this.y === this.top) return;
    this.next();
  }

  private next(): void {
    if (this.column < this.count - 1) {
      this.column++;
    } else {
      this.writer.newPage();
      this.column = 0;
      this.top = this.writer.margin;
    }
    this.y = this.top;
  }

  /** `text` wrapped to the column (less `indent`), each line moving on when the column is full. */
  write(text: string, style: TextStyle, options: { indent?: number; gapAfter?: number } = {}): void {
    const indent = options.indent ?? 0;
    const height = this.writer.lineHeight(style);
    for (const line of this.writer.wrap(text, this.width - indent, style)) {
      if (this.y + height > this.writer.bottom) this.next();
      this.writer.line(line, this.x + indent, this.y, style);
      this.y += height;
    }
    this.y += options.gapAfter ?? 0;
  }

  /** The height `text` takes in the column (less `indent`). */
  measure(text: string, style: TextStyle, indent = 0): number {
    return this.writer.measure(text, this.width - indent, style);
  }

  /** Leaves the writer's cursor under the flow, on the flow's last page. */
  end(): void {
    this.writer.y = this.column === 0 ? this.y : this.writer.bottom;
  }
}
