import { createContext, useContext } from 'react';
import { useInput } from 'ink';
import type { Key } from 'ink';

/**
 * False while the app hides the screen (the window is too small to draw it):
 * the screen stays mounted, so nothing is lost, but it must not act on keys
 * typed blind, and practice's silence clock waits too.
 */
export const ScreenActiveContext = createContext(true);

/** Whether the screen is on show (see ScreenActiveContext). */
export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}

/** `useInput` for a screen: while the screen is hidden its keys go nowhere (an Enter typed blind sent a reply). */
export function useScreenInput(handler: (input: string, key: Key) => void, options: { isActive?: boolean } = {}): void {
  const shown = useContext(ScreenActiveContext);
  useInput(handler, { isActive: shown && (options.isActive ?? true) });
}
