/**
 * Fitting a drill screen into the window. Ink redraws a frame as tall as
 * the window by clearing the whole terminal, scrollback included, so a
 * taller screen loses its top for good: the verdict of a failed drill, the
 * title and name of the intro. The drill screens therefore lay their text
 * out as lines of one row each, keep a head and a foot in view, and scroll
 * the rest with ↑↓ when it does not fit.
 */
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { Text } from 'ink';
import type { Key } from 'ink';

/** One terminal row of a screen. */
export interface Line {
  key: string;
  node: ReactNode;
}

// East Asian wide characters and emoji take two columns; combining marks none.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** Columns a string takes in a terminal (an estimate good for names, titles and paths). */
export function cellWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /\p{M}/u.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Cut a word wider than the line into pieces of at most `width` columns, after a `/`, `_` or `-` where there is one. */
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
 * Word-wrap text to `width` columns; a word wider than a line (a file path)
 * is broken across lines, so every character stays on screen.
 * @example wrapText('one two three', 7) → ['one two', 'three']
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(/\S+\s*/g) ?? ['']) {
      const word = token.trimEnd();
      if (cellWidth(line + word) <= max) {
        line += token;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      const pieces = hardBreak(word, max);
      lines.push(...pieces.slice(0, -1));
      line = `${pieces.at(-1) ?? ''}${token.slice(word.length)}`;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Text wrapped to `width` as lines of one row. Continuation rows start with
 * `indent`; the first with `first` (a bullet, say), which is `indent` unless given.
 */
export function textLines(key: string, text: string, width: number, style: { color?: string | undefined; bold?: boolean } = {}, indent = '', first = indent): Line[] {
  const margin = Math.max(cellWidth(indent), cellWidth(first));
  return wrapText(text, width - margin).map((row, i) => ({
    key: `${key}:${i}`,
    node: (
      <Text wrap="truncate-end" {...(style.color ? { color: style.color } : {})} {...(style.bold ? { bold: true } : {})}>
        {`${i === 0 ? first : indent}${row}`}
      </Text>
    ),
  }));
}

/** An empty row. */
export function blank(key: string): Line {
  return { key, node: <Text> </Text> };
}

/** The scroll position of a body of `total` lines shown `room` rows at a time, moved by ↑↓, PgUp/PgDn, Home/End. */
export function useScroll(total: number, room: number) {
  const [offset, setOffset] = useState(0);
  // One row of the room goes to the "more" line when the body does not fit.
  const page = Math.max(1, room - 1);
  const last = Math.max(0, total - page);
  const scrolls = total > room;
  const onKey = useCallback(
    (key: Key): boolean => {
      if (!scrolls) return false;
      const move = key.upArrow ? -1 : key.downArrow ? 1 : key.pageUp ? -page : key.pageDown ? page : key.home ? -total : key.end ? total : 0;
      if (move === 0) return false;
      setOffset((o) => Math.max(0, Math.min(last, o + move)));
      return true;
    },
    [scrolls, page, last, total],
  );
  return { offset: Math.min(offset, last), scrolls, onKey };
}

/** The rows of `lines` that fit in `room`, from `offset`, with a last row that says what is above and below. */
export function ScrolledLines({ lines, room, offset, color }: { lines: readonly Line[]; room: number; offset: number; color?: string | undefined }) {
  if (lines.length <= room) return <>{lines.map((line) => <LineRow key={line.key} line={line} />)}</>;
  const page = Math.max(1, room - 1);
  const shown = lines.slice(offset, offset + page);
  const above = offset;
  const below = Math.max(0, lines.length - offset - page);
  const parts = [above ? `↑ ${above} more above` : '', below ? `↓ ${below} more below` : ''].filter(Boolean);
  return (
    <>
      {shown.map((line) => (
        <LineRow key={line.key} line={line} />
      ))}
      <Text wrap="truncate-end" {...(color ? { color } : {})}>{`${parts.join(' · ')} (↑↓ to scroll)`}</Text>
    </>
  );
}

function LineRow({ line }: { line: Line }) {
  return <>{line.node}</>;
}
