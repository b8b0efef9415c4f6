/**
 * Making untrusted text inert before it reaches a terminal.
 *
 * Replies and scenario files are written by people we do not control; an
 * escape sequence in either could recolour, move the cursor, retitle the
 * window or hide text. Every human-readable output goes through `inert()`.
 * JSON output needs nothing: `JSON.stringify` escapes control characters.
 */

/** Options for {@link inert}. */
export interface InertOptions {
  /** Keep line breaks as real line breaks (default true); false shows them as `␤`. */
  multiline?: boolean;
}

// C0 controls (except tab and newline, handled apart), DEL, C1 controls, and the
// bidirectional overrides/isolates that can visually reorder text ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  // The Unicode "Control Pictures" block has a glyph for each C0 control: ␛ for ESC.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421'; // ␡
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// Terminal escape sequences: CSI ("\x1b[31m"), OSC ("\x1b]0;title\x07"), and a lone ESC with the character after it.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[\s\S]?|\u009b[0-?]*[ -/]*[@-~]/g;

/**
 * Blank out terminal escape sequences, one space per character, so text
 * pasted with colour codes reads as its words while every offset still points
 * into the original ("\x1b[31mI'm sorry" reads "     I'm sorry").
 *
 * @example blankEscapes('\x1b[31mred\x1b[0m') → '     red    '
 */
export function blankEscapes(text: string): string {
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ESCAPES, (seq) => ' '.repeat(seq.length)) : text;
}

/**
 * Remove terminal escape sequences whole ("\x1b[2J", "\x1b]0;title\x07"), so none of their letters are left
 * behind when the control characters are dropped.
 *
 * @example stripEscapes('a\x1b[31mb\x1b[0m') → 'ab'
 */
export function stripEscapes(text: string): string {
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ESCAPES, '') : text;
}

/**
 * Replace control characters and escape sequences with visible stand-ins.
 *
 * @example inert('\x1b[31mred') → '␛[31mred'
 * @example inert('a\r\nb') → 'a\nb' (a CR before LF is dropped; a lone CR shows as ␍)
 */
export function inert(text: string, options: InertOptions = {}): string {
  const multiline = options.multiline ?? true;
  let out = text.replace(/\r\n/g, '\n').replace(UNSAFE, visible);
  if (!multiline) out = out.replace(/\n/g, '\u2424'); // ␤
  return out;
}
