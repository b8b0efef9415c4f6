/** Small text helpers shared by the screens. */

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

/** Right-pads to a width (by code points). */
export function pad(text: string, width: number): string {
  const len = Array.from(text).length;
  return len >= width ? text : text + ' '.repeat(width - len);
}

/** Cuts to a width with an ellipsis (by code points). */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/**
 * Cuts prose to a width with an ellipsis, at a space when one falls in the
 * second half (a quoted reply reads "…waiting far…", not "…waitin…").
 * @example truncateWords('you have been waiting far too long', 20) // → 'you have been…'
 */
export function truncateWords(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  const head = chars.slice(0, Math.max(0, width - 1)).join('');
  const space = head.lastIndexOf(' ');
  return (space >= width / 2 ? head.slice(0, space) : head).trimEnd() + '…';
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
 * Rows a text takes when wrapped at `width` columns the way Ink wraps it: by
 * words, a word longer than the row cut across rows, each `\n` a new row.
 * Counts code points, so text in wide characters can take more.
 * @example wrappedRows('aaaa bbbb cccc', 9) // → 2
 */
export function wrappedRows(text: string, width: number): number {
  const room = Math.max(1, width);
  let rows = 0;
  for (const paragraph of text.split('\n')) {
    rows += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let length = Array.from(word).length;
      if (used > 0 && used + 1 + length <= room) {
        used += 1 + length;
        continue;
      }
      if (used > 0) rows += 1;
      while (length > room) {
        rows += 1;
        length -= room;
      }
      used = length;
    }
  }
  return rows;
}
