import { useEffect, useRef } from 'react';
import type { PlaySession, SilenceStep } from '../services.js';

export interface ImpatienceOptions {
  /** The clock runs only while the trainee could be typing (not in a menu, not after the end). */
  active: boolean;
  /** Milliseconds between ticks; each tick advances the session's silence clock by as much. */
  tickMs?: number;
  /**
   * Called when something happened during the silence: a persona's timer
   * fired (its lines, possibly none: a timer may only change the mood or end
   * the conversation), or a drill turn passed with no reply in time.
   */
  onSilence: (steps: readonly SilenceStep[]) => void;
  /** Called on every tick with the seconds it advanced the clock (a reply countdown follows it exactly). */
  onTick?: (seconds: number) => void;
}

/**
 * Drives the session's silence clock from a real interval. The core has no
 * clock; this hook is the only place time passes.
 */
export function useImpatience(session: PlaySession, { active, tickMs = 1000, onSilence, onTick }: ImpatienceOptions): void {
  const onSilenceRef = useRef(onSilence);
  onSilenceRef.current = onSilence;
  const onTickRef = useRef(onTick);
  onTickRef.current = onTick;
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => {
      if (session.done) return;
      const mood = session.mood;
      const state = session.state;
      const turn = session.turn;
      const seconds = tickMs / 1000;
      const steps = session.elapse ? session.elapse(seconds) : [{ lines: session.wait(seconds) }];
      onTickRef.current?.(seconds);
      const changed = steps.some((step) => !('lines' in step) || step.lines.length > 0);
      if (changed || session.done || session.mood !== mood || session.state !== state || session.turn !== turn) onSilenceRef.current(steps);
    }, tickMs);
    return () => clearInterval(id);
  }, [session, active, tickMs]);
}
