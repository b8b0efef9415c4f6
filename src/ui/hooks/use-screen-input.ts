import { createContext, useContext, useEffect, useRef } from 'react';
import { useInput } from 'ink';
import type { Key } from 'ink';
import { deliver } from '../keys.js';
import type { KeyRouter } from '../keys.js';

/**
 * False while the app hides the screen (the window is too small to draw it):
 * the screen stays mounted, so nothing is lost, but it must not act on keys
 * typed blind, and practice's silence clock waits too.
 */
export const ScreenActiveContext = createContext(true);

/**
 * The app's key router (keys.ts), which holds keys typed while the app moves
 * between screens for the screen that comes up. Without one (a screen drawn
 * on its own, the drill app run by itself) screens read Ink's keys directly.
 */
export const KeyRouterContext = createContext<KeyRouter | null>(null);

/** Whether the screen is on show (see ScreenActiveContext). */
export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}

export interface ScreenInputOptions {
  isActive?: boolean;
  /** A text field: a chunk of several keys (a paste) comes whole, not key by key. */
  text?: boolean;
}

/**
 * `useInput` for a screen: keys come one at a time even when several arrived
 * together (typed before the app was reading them), keys typed while the app
 * was between screens come to the screen that came up, and while the screen
 * is hidden its keys go nowhere (an Enter typed blind sent a reply).
 */
export function useScreenInput(handler: (input: string, key: Key) => void, options: ScreenInputOptions = {}): void {
  const shown = useContext(ScreenActiveContext);
  const router = useContext(KeyRouterContext);
  const active = shown && (options.isActive ?? true);
  const whole = options.text ?? false;
  // Read Ink's keys directly, the handler stays attached while the screen is mounted and asks, as each key
  // comes, whether the screen is on show as last drawn. Ink draws a frame when React commits but attaches and
  // detaches handlers only when effects run after it: a key typed the moment a question hid this screen
  // ("Abandon the drill?" → "n") still reached it (into the draft, and an Enter could send it), and one typed
  // the moment the screen came back was lost. (Through the router, keys with no listener wait for one.)
  const activeNow = useRef(active);
  activeNow.current = active;
  useInput(
    (input, key) => {
      if (activeNow.current) deliver(handler, whole, input, key);
    },
    { isActive: router === null },
  );
  useEffect(() => {
    if (!router || !active) return;
    return router.listen(handler, whole);
  }, [router, active, handler, whole]);
}
