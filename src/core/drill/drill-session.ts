/**
 * A drill conversation: a normal session plus the two things a drill adds.
 *
 * 1. It records every raw event (each reply's text, each stretch of
 *    silence) so the whole conversation can be replayed from a submission.
 * 2. It enforces the drill's per-reply time limit: every full
 *    `replyTimeLimit` seconds of silence counts as a turn with no reply,
 *    scored 0 on every skill, and the customer reacts to it as to any
 *    non-answer.
 *
 * The time-limit rule is applied here, during play and during replay alike,
 * and is independent of how silence is chopped up (one `wait(90)` or ninety
 * `wait(1)` ticks): the recorded events are all a re-scorer needs.
 */
import { createSession } from '../session.js';
import type { Analyzer, Session, SessionResult, Turn } from '../session-types.js';
import type { Scenario } from '../scenario/schema.js';
import type { Analysis } from '../types.js';
import type { Drill } from './schema.js';

/** One raw event of a drill conversation, as stored in a submission. */
export type DrillEvent = { reply: string } | { wait: number };

/** A drill conversation: a {@link Session} that records its events. */
export interface DrillSession extends Session {
  /** Every reply and silence so far, in order, with consecutive silences merged. */
  readonly events: readonly DrillEvent[];
  /** Turn numbers (1-based) that were counted as "no reply in time". */
  readonly timedOut: readonly number[];
}

/** The analysis given to a turn with no reply in time: zero on every skill, with a tip. */
export function timeoutAnalysis(limitSeconds: number): Analysis {
  return {
    scores: { empathy: 0, positivity: 0, followThrough: 0 },
    intents: [],
    evidence: [],
    tips: [
      {
        rule: 'drill.reply-time-limit',
        skill: 'followThrough',
        message: `No reply within ${limitSeconds} seconds: the customer was left waiting and the turn scored nothing.`,
        rewrite: 'Thanks for bearing with me — I am looking into it right now and will be back with you in a moment.',
      },
    ],
    commitments: [],
    stems: [],
  };
}

/** Options for {@link createDrillSession}. */
export interface DrillSessionOptions {
  analyze: Analyzer;
  /** Overrides the drill's seed (only tests and tools should need this). */
  seed?: number;
}

/**
 * Start one scenario of a drill, with the drill's seed and time limit.
 * @example const s = createDrillSession(scenario, drill, { analyze }); s.wait(30); s.reply('Hello!'); s.events → [{wait: 30}, {reply: 'Hello!'}]
 */
export function createDrillSession(scenario: Scenario, drill: Pick<Drill, 'seed' | 'replyTimeLimit'>, options: DrillSessionOptions): DrillSession {
  const limit = drill.replyTimeLimit;
  let timingOut = false;
  const analyze: Analyzer = (reply, context) => (timingOut && limit !== undefined ? timeoutAnalysis(limit) : options.analyze(reply, context));
  const inner = createSession(scenario, { seed: options.seed ?? drill.seed, analyze });
  const events: DrillEvent[] = [];
  const timedOut: number[] = [];
  let silence = 0;

  const advance = (seconds: number): string[] => {
    const lines = inner.wait(seconds);
    silence = roundSeconds(silence + seconds);
    return lines;
  };

  return {
    get opening() {
      return inner.opening;
    },
    get state() {
      return inner.state;
    },
    get mood() {
      return inner.mood;
    },
    get turn() {
      return inner.turn;
    },
    get done() {
      return inner.done;
    },
    get ending() {
      return inner.ending;
    },
    events,
    timedOut,
    reply(text: string): Turn {
      const turn = inner.reply(text);
      events.push({ reply: text });
      silence = 0;
      return turn;
    },
    wait(seconds: number): string[] {
      if (inner.done || !(seconds > 0)) return [];
      const last = events[events.length - 1];
      if (last && 'wait' in last) last.wait = roundSeconds(last.wait + seconds);
      else events.push({ wait: roundSeconds(seconds) });
      if (limit === undefined) return advance(seconds);
      const lines: string[] = [];
      let left = seconds;
      // Each time the silence reaches the limit, the turn passes with no reply.
      while (!inner.done && silence + left >= limit) {
        const step = limit - silence;
        lines.push(...advance(step));
        left = roundSeconds(left - step);
        if (inner.done) break;
        timingOut = true;
        try {
          const turn = inner.reply('');
          timedOut.push(turn.index);
          lines.push(...turn.customer);
        } finally {
          timingOut = false;
        }
        silence = 0;
      }
      if (!inner.done && left > 0) lines.push(...advance(left));
      return lines;
    },
    result(): SessionResult {
      return inner.result();
    },
  };
}

// Silence is tracked to the millisecond so ticks of 0.1 s add up exactly.
function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Replay recorded events into a fresh drill session (the re-scorer's view of
 * a conversation). Stops at the first ending, like a live session.
 */
export function replayDrillEvents(
  scenario: Scenario,
  drill: Pick<Drill, 'seed' | 'replyTimeLimit'>,
  events: readonly DrillEvent[],
  options: DrillSessionOptions,
): DrillSession {
  const session = createDrillSession(scenario, drill, options);
  for (const event of events) {
    if (session.done) break;
    if ('wait' in event) session.wait(event.wait);
    else session.reply(event.reply);
  }
  return session;
}

/** Script lines (see `parseScript`) as drill events: `/wait N` becomes silence. */
export function scriptEvents(steps: readonly ({ kind: 'reply'; text: string } | { kind: 'wait'; seconds: number })[]): DrillEvent[] {
  return steps.map((step) => (step.kind === 'wait' ? { wait: step.seconds } : { reply: step.text }));
}
