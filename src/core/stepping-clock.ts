/**
 * xstate's SimulatedClock, advanced timer by timer. `increment(ms)` fires
 * only the timers that were already scheduled, so a timer started by another
 * timer (an impatient customer who moves to a state with its own patience)
 * would be missed. `advance(ms)` stops at each due time in turn.
 */
import { SimulatedClock } from 'xstate';

export class SteppingClock extends SimulatedClock {
  private readonly due = new Map<number, number>();

  override setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = super.setTimeout(fn, timeout);
    this.due.set(id, this.now() + timeout);
    return id;
  }

  override clearTimeout(id: number): void {
    this.due.delete(id);
    super.clearTimeout(id);
  }

  /** Let `ms` of virtual time pass, firing every timer that falls due, including ones scheduled meanwhile. */
  advance(ms: number): void {
    const target = this.now() + ms;
    for (;;) {
      let next = Infinity;
      for (const at of this.due.values()) if (at < next) next = at;
      if (next > target) break;
      for (const [id, at] of this.due) if (at <= next) this.due.delete(id);
      this.set(next);
    }
    this.set(target);
  }
}
