import { useEffect, useRef } from 'react';
import type { PlaySession } from '../services.js';

export interface ImpatienceOptions {
  /** The clock runs only while the trainee could be typing (not in a menu, not after the end). */
  active: boolean;
  /** Milliseconds between ticks; each tick advances the session's silence clock by as much. */
  tickMs?: number;
  /**
   * Called when a persona's timer fired: with the customer's lines (possibly
   * none: a timer may only change the mood or end the conversation).
   */
  onLines: (lines: string[]) => void;
}

/**
 * Drives the session's silence clock from a real interval. The core has no
 * clock; this hook is the only place time passes.
 */
export function useImpatience(session: PlaySession, { active, tickMs = 1000, onLines }: ImpatienceOptions): void {
  const onLinesRef = useRef(onLines);
  onLinesRef.current = onLines;
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => {
      if (session.done) return;
      const mood = session.mood;
      const state = session.state;
      const lines = session.wait(tickMs / 1000);
      if (lines.length > 0 || session.done || session.mood !== mood || session.state !== state) onLinesRef.current(lines);
    }, tickMs);
    return () => clearInterval(id);
  }, [session, active, tickMs]);
}
