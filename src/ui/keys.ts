/**
 * Keys as the screens take them, whatever way they arrived.
 *
 * Ink hands over whatever it read from the terminal in one go, split only
 * around escape sequences: keys typed before it was reading (while the app
 * was starting, or while the machine was busy) come as one chunk of text,
 * "j\r" or "\rHello", which a screen waiting for "j" or Enter took for
 * nothing at all. A key typed before the terminal was in raw mode has the
 * terminal's own line editing applied: its Enter arrives as "\n".
 *
 * `splitKeys` turns such a chunk into the keys it is made of, and the
 * `KeyRouter` holds keys typed while the app moves between screens (a
 * scenario loading, a conversation starting) and hands them to the screen
 * that comes up, in order, so typing ahead loses nothing.
 */
import type { Key } from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

/** A key with no flag set: plain text. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A key made from one character, as Ink would have reported it had it come alone. */
function keyOf(char: string): [string, Key] | null {
  if (char === '\r' || char === '\n' || char === '\r\n') return ['\r', { ...NO_KEY, return: true }];
  if (char === '\t') return ['', { ...NO_KEY, tab: true }];
  if (char === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (char === '\u007f') return ['', { ...NO_KEY, delete: true }];
  const code = char.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  if (code < 32) return null;
  return [char, { ...NO_KEY, shift: /^[A-Z]$/.test(char) }];
}

/**
 * What Ink passes on of an escape sequence it does not know, without its ESC
 * ("[?1049h", "[I", "[200~"), or of a window title ("0;title\u0007"): never
 * keys, even though Ink reports no key for it.
 */
const SEQUENCE_BODY = /^\[[0-?]*[ -/]*[A-Za-z@~]$|\u0007/;

/** True when the input is typing: Ink reported no key (plain text, one key or several) and it is no sequence's remains. */
function isText(input: string, key: Key): boolean {
  return !Object.values(key).some((flag) => flag === true) && !SEQUENCE_BODY.test(input);
}

/** The keys in a chunk of text, each with the text it came from. */
function textKeys(text: string): Array<{ raw: string; input: string; key: Key }> {
  const keys: Array<{ raw: string; input: string; key: Key }> = [];
  for (const raw of text.match(/\r\n|[\s\S]/gu) ?? []) {
    const one = keyOf(raw);
    if (one) keys.push({ raw, input: one[0], key: one[1] });
  }
  return keys;
}

/**
 * The keys in one input event. A key Ink recognised (an arrow, Escape,
 * Enter alone…) stays as it is; plain text is split into its characters,
 * with a line break as Enter (CR, LF, or CR LF), Tab, Backspace and control
 * letters as those keys.
 *
 * @example splitKeys('j\r', noKey) // [['j', …], ['\r', { return: true, … }]]
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
  if (!isText(input, key)) return [[input, key]];
  return textKeys(input).map(({ input: i, key: k }) => [i, k]);
}

/** True for Ctrl-C, alone or anywhere in a chunk of keys. */
export function hasCtrlC(input: string, key: Key): boolean {
  return splitKeys(input, key).some(([i, k]) => k.ctrl && i === 'c');
}

/**
 * Hands one input event to a handler. A text field (`whole`) takes a chunk
 * of several keys as it came (a paste with its line breaks is one paste);
 * anything else takes it key by key.
 */
export function deliver(handler: KeyHandler, whole: boolean, input: string, key: Key): void {
  const keys = splitKeys(input, key);
  if (whole && keys.length > 1) handler(input, key);
  else for (const [i, k] of keys) handler(i, k);
}

interface Listener {
  handler: KeyHandler;
  whole: boolean;
}

/**
 * Routes keys to the screen on show. While held (the app is between
 * screens), keys wait; `release` hands them to the listeners then
 * registered, and a key that moves the app on again (it holds again) leaves
 * the rest waiting for the screen after that.
 */
export class KeyRouter {
  private readonly listeners = new Set<Listener>();
  private readonly waiting: Array<[string, Key]> = [];
  private held = false;

  /** Adds a handler (`whole`: a text field, see `deliver`); returns the function that removes it. */
  listen(handler: KeyHandler, whole = false): () => void {
    const listener = { handler, whole };
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** From now on keys wait (the app is moving to another screen). */
  hold(): void {
    this.held = true;
  }

  /** The new screen is listening: hand it the keys that waited. */
  release(): void {
    this.held = false;
    while (!this.held && this.waiting.length > 0) {
      const [input, key] = this.waiting.shift()!;
      this.dispatch(input, key);
    }
  }

  /** How many input events are waiting for the next screen. */
  get pending(): number {
    return this.waiting.length;
  }

  /** One input event from Ink. */
  dispatch(input: string, key: Key): void {
    if (this.held) {
      this.waiting.push([input, key]);
      return;
    }
    const listeners = [...this.listeners];
    if (!isText(input, key)) {
      for (const listener of listeners) listener.handler(input, key);
      return;
    }
    const keys = textKeys(input);
    const several = keys.length > 1;
    // A text field takes a chunk of several keys whole; it has then had all of it, whatever the keys do.
    const tookWhole = several && listeners.some((l) => l.whole);
    if (several) for (const listener of listeners) if (listener.whole) listener.handler(input, key);
    for (const [index, one] of keys.entries()) {
      if (this.held) {
        // A key moved the app on: the rest of the chunk is typing for the next screen (as text, so a field there takes
        // it whole), ahead of anything typed after it that was already waiting.
        if (!tookWhole) this.waiting.unshift([keys.slice(index).map((k) => k.raw).join(''), NO_KEY]);
        return;
      }
      for (const listener of listeners) if (!several || !listener.whole) listener.handler(one.input, one.key);
    }
  }
}
