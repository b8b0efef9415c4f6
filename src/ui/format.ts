/** Small text helpers shared by the screens. */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { inert } from '../core/sanitize.js';
import type { Scenario } from '../core/scenario/schema.js';

/** The scenario's hint for a state, if it has one (and a state is given). */
export function stateHint(scenario: Scenario, state: string | undefined): string | undefined {
  return state === undefined ? undefined : scenario.states[state]?.hint;
}

/**
 * Said of a reply with nothing to fix in its words that the customer took badly: what would have helped (the
 * scenario's hint for that moment) when there is a hint, else `otherwise`.
 */
export function tookItBadly(moodDelta: number, hint: string | undefined, otherwise: string): string {
  const said = `No wording to fix, but the customer took it badly (mood ${moodDelta})`;
  return hint ? `${said}. What would have helped: ${inert(hint)}` : `${said}: ${otherwise}`;
}

/** A horizontal bar for a 0–100 value, e.g. `██████░░░░` at 60 and width 10. */
export function bar(value: number, width: number): string {
  const clamped = Math.max(0, Math.min(100, value));
  const full = Math.round((clamped / 100) * width);
  return '█'.repeat(full) + '░'.repeat(Math.max(0, width - full));
}

/** Sparkline for 0–100 values, one block character each. */
export function sparkline(values: readonly number[]): string {
  const blocks = '▁▂▃▄▅▆▇█';
  return values
    .map((v) => blocks[Math.min(blocks.length - 1, Math.max(0, Math.floor((Math.max(0, Math.min(100, v)) / 100) * blocks.length)))] ?? ' ')
    .join('');
}

/** `+5`, `-10`, `±0`. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `${n}`;
  return '±0';
}

/** Right-pads to a width in columns (a wide character takes two). */
export function pad(text: string, width: number): string {
  const used = cellWidth(text);
  return used >= width ? text : text + ' '.repeat(width - used);
}

const graphemes = new Intl.Segmenter();

/** The longest start of `text` that takes at most `width` columns, never cutting a character (an emoji with its modifiers) in two. */
function head(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = cellWidth(segment);
    if (used + w > width) break;
    out += segment;
    used += w;
  }
  return out;
}

/** Cuts to a width in columns with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (cellWidth(text) <= width) return text;
  return head(text, Math.max(0, width - 1)) + '…';
}

/**
 * Cuts prose to a width in columns with an ellipsis, at a space when one
 * falls in the second half (a quoted reply reads "…waiting far…", not "…waitin…").
 * @example truncateWords('you have been waiting far too long', 20) // → 'you have been…'
 */
export function truncateWords(text: string, width: number): string {
  if (cellWidth(text) <= width) return text;
  const start = head(text, Math.max(0, width - 1));
  const space = start.lastIndexOf(' ');
  return (space >= 0 && cellWidth(start.slice(0, space)) >= width / 2 ? start.slice(0, space) : start).trimEnd() + '…';
}

/** Human words for a mood value. */
export function moodWord(mood: number): string {
  if (mood < 20) return 'furious';
  if (mood < 40) return 'upset';
  if (mood < 60) return 'wary';
  if (mood < 80) return 'calm';
  return 'happy';
}

/** `irate-customer` → `Irate customer`, `pre-sales` → `Pre-sales`. */
export function categoryTitle(category: string): string {
  const known: Record<string, string> = { 'pre-sales': 'Pre-sales', 'irate-customer': 'Irate customer', 'ethics-dilemma': 'Ethics dilemma' };
  if (known[category]) return known[category];
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `★★☆☆☆` for difficulty 2 of 5. */
export function stars(difficulty: number): string {
  const d = Math.max(0, Math.min(5, Math.round(difficulty)));
  return '★'.repeat(d) + '☆'.repeat(5 - d);
}

/**
 * A column chart of 0–100 values, `height` rows tall, one column per value,
 * drawn with eighth blocks; returns the rows top first.
 */
export function columnChart(values: readonly number[], height: number): string[] {
  const blocks = '▁▂▃▄▅▆▇█';
  const rows: string[] = [];
  for (let r = 0; r < height; r++) {
    const base = (height - 1 - r) * 8;
    rows.push(
      values
        .map((v) => {
          const level = Math.round((Math.max(0, Math.min(100, v)) / 100) * height * 8);
          const fill = Math.max(0, Math.min(8, level - base));
          return fill === 0 ? ' ' : blocks[fill - 1];
        })
        .join(''),
    );
  }
  return rows;
}

/**
 * Columns a string takes in a terminal, as Ink counts them: East Asian wide
 * characters and emoji take two, combining marks none, ANSI colour codes none.
 * @example cellWidth('李雷') // → 4
 */
export const cellWidth: (text: string) => number = stringWidth;

/**
 * Rows a text takes in a `<Text wrap="wrap">` of `width` columns: Ink's own
 * wrapping (wrap-ansi, by words, a word wider than the row cut across rows,
 * each `\n` a new row; our ink patch only drops a space, never a row).
 * @example wrappedRows('aaaa bbbb cccc', 9) // → 2
 */
export function wrappedRows(text: string, width: number): number {
  return wrapAnsi(text, Math.max(1, width), { trim: false, hard: true }).split('\n').length;
}

/** Cut a word wider than the row into pieces of at most `width` columns, after a `/`, `_` or `-` where there is one. */
function hardBreak(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && cellWidth(piece + char) > width) {
      // A path reads better cut after a separator than mid-name ("…_2026" / "1203T…json", not "…jso" / "n").
      const cut = Math.max(piece.lastIndexOf('/'), piece.lastIndexOf('_'), piece.lastIndexOf('-'));
      const at = cut >= piece.length / 2 ? cut + 1 : piece.length;
      pieces.push(piece.slice(0, at));
      piece = piece.slice(at);
    }
    piece += char;
  }
  return [...pieces, piece];
}

/**
 * Text wrapped by words to rows of `width` columns, for text shown a row at a
 * time (a file path to hand in): a word wider than a row is cut after a `/`,
 * `_` or `-` where it can be, so every character stays on screen and a path
 * still reads. Other text is better left to `<Text wrap="wrap">`.
 * @example wrapText('one two three', 7) // → ['one two', 'three']
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  return wrapAnsi(text, max, { trim: true, hard: false })
    .split('\n')
    .flatMap((row) => (cellWidth(row) > max ? hardBreak(row, max) : [row]));
}
