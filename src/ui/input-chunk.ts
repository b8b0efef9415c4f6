/**
 * How typed or pasted input changes the reply being written. Terminals hand
 * a paste over as one chunk, often with its line break, so a chunk that ends
 * in a newline both inserts and submits; line breaks inside a paste join
 * the lines with a space, whether they come as `\n`, `\r\n` or a lone `\r`
 * (a terminal sends a pasted line break as `\r`, so dropping it glued the
 * last word of one line to the first of the next); other control characters
 * never enter the reply, and escape sequences go whole (no "[2J" left behind).
 */
import { stripEscapes } from '../core/sanitize.js';

/** Longest reply kept; a longer paste is cut here and the trainee told. */
export const MAX_REPLY_CHARS = 1000;

export interface ChunkResult {
  /** The reply text after the chunk. */
  value: string;
  /** True when the chunk ended with a line break: send the reply. */
  submit: boolean;
  /** True when the reply was cut at MAX_REPLY_CHARS. */
  capped: boolean;
  /** The chunk ended inside a window-title sequence ("\x1b]0;…"): its text may come in the next chunk. */
  titleOpen?: true;
}

/** The end of a window-title (OSC) sequence: BEL or ESC \. */
const TITLE_END = /\u0007|\u001b\\/;

/**
 * Applies one input chunk to the reply so far.
 *
 * @example applyChunk('I', ' am sorry\r\n') // { value: 'I am sorry', submit: true, capped: false }
 */
export function applyChunk(value: string, chunk: string, max = MAX_REPLY_CHARS, titleOpen = false): ChunkResult {
  // Ink hands a pasted escape sequence over in pieces, its ESC already gone: "[2J" or "[?1049h" as a chunk of its
  // own (typed by hand, each key is its own chunk, so such a chunk is never typing), and a window title as "]"
  // then "0;title\x07". The title text that follows a "]" is part of it, up to its end, and so is that "]"; a
  // chunk without that end is ordinary typing.
  if (CSI_BODY.test(chunk)) return { value, submit: false, capped: false };
  if (titleOpen) {
    const end = TITLE_END.exec(chunk);
    if (end) {
      chunk = chunk.slice(end.index + end[0].length);
      if (value.endsWith(']')) value = value.slice(0, -1);
    }
  }
  const opens = chunk === ']' || /\u001b\][^\u0007\u001b]*$/.test(chunk);
  const result = applyPlainChunk(value, stripEscapes(chunk), max);
  return opens && !result.submit ? { ...result, titleOpen: true } : result;
}

/** A control sequence without its ESC, alone in a chunk: "[2J", "[0m", "[?1049h", "[200~". */
const CSI_BODY = /^\[[0-?]*[ -/]*[A-Za-z@~]$/;

function applyPlainChunk(value: string, chunk: string, max: number): ChunkResult {
  // Ctrl-U (clear the line), Ctrl-W (delete a word) or Backspace typed quickly lands in one chunk with the
  // letters around it ("\u0015xyz", "Helo\u007f\u007flo" typed before the app was reading): apply it where it
  // stands instead of dropping it as a control character.
  const edit = /[\u0015\u0017\u007f\b]/.exec(chunk);
  if (edit) {
    const before = applyPlainChunk(value, chunk.slice(0, edit.index), max);
    if (before.submit) return before;
    const edited = edit[0] === '\u0015' ? '' : edit[0] === '\u0017' ? deleteWord(before.value) : backspace(before.value);
    const after = applyPlainChunk(edited, chunk.slice(edit.index + 1), max);
    return { ...after, capped: before.capped || after.capped };
  }
  let text = chunk;
  let submit = false;
  const trailing = /(\r\n|\n|\r)+$/.exec(text);
  if (trailing) {
    submit = true;
    text = text.slice(0, trailing.index);
  }
  text = text
    .replace(/\r\n?|\n/g, '\n')
    .replace(/\n+/g, ' ')
    .replace(/\t/g, ' ')
    // Other C0/C1 controls and DEL are never part of a reply.
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const joined = value + text;
  const chars = Array.from(joined);
  const capped = chars.length > max;
  return { value: capped ? chars.slice(0, max).join('') : joined, submit, capped };
}

/** Removes the last character (a whole code point, so emoji stay intact). */
export function backspace(value: string): string {
  const chars = Array.from(value);
  chars.pop();
  return chars.join('');
}

/** Removes the last word and the spaces after it (Ctrl-W). */
export function deleteWord(value: string): string {
  return value.replace(/\S*\s*$/, '');
}
