/**
 * Plain-text tables for human output. Cells are made inert here, so callers
 * cannot forget to.
 */
import { inert } from '../core/sanitize.js';

/** Render rows under a header, columns padded to the widest cell. */
export function table(header: string[], rows: string[][]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => inert(cell, { multiline: false })));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
  return (
    cells
      .map((row) =>
        row
          .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - [...cell].length)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/** `★★☆☆☆` for a difficulty of 2 out of 5. */
export function stars(value: number, out = 5): string {
  const filled = Math.max(0, Math.min(out, Math.round(value)));
  return '★'.repeat(filled) + '☆'.repeat(out - filled);
}
