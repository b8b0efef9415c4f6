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
import { cutText } from '../cut-text.js';
import { createSession } from '../session.js';
import type { Analyzer, Session, SessionResult, Turn } from '../session-types.js';
import type { Scenario } from '../scenario/schema.js';
import type { Analysis } from '../types.js';
import type { Drill } from './schema.js';

/**
 * The longest reply a drill keeps, in UTF-16 code units; longer replies keep
 * their first part. The submission format accepts no longer text, so without
 * this cut a headless script with one huge line wrote a file that every
 * cohort report then rejected. (The terminal app already cuts pastes far
 * shorter, at 1,000 characters.)
 */
export const MAX_DRILL_REPLY_CHARS = 20_000;

/**
 * The longest silence one recorded event holds (a day), which is what the
 * submission format accepts. A longer silence is recorded as several events
 * in a row; replaying them gives the same conversation, because silence
 * counts the same whether it comes in one piece or several.
 */
export const MAX_DRILL_WAIT_SECONDS = 86_400;

/** `text` cut to {@link MAX_DRILL_REPLY_CHARS}, never between the halves of a surrogate pair. */
export function capDrillReply(text: string): string {
  return cutText(text, MAX_DRILL_REPLY_CHARS);
}

/** One raw event of a drill conversation, as stored in a submission. */
export type DrillEvent = { reply: string } | { wait: number };

/**
 * One thing that happened during a stretch of silence, in order: the
 * customer's impatience lines, or a turn that passed with no reply in time
 * (its `customer` lines are the reaction to the non-answer).
 */
export type SilenceStep = { lines: string[] } | { timedOut: Turn };

/** A drill conversation: a {@link Session} that records its events. */
export interface DrillSession extends Session {
  /** Every reply and silence so far, in order, with consecutive silences merged. */
  readonly events: readonly DrillEvent[];
  /** Turn numbers (1-based) that were counted as "no reply in time". */
  readonly timedOut: readonly number[];
  /**
   * Like {@link Session.wait}, but tells impatience lines apart from turns
   * that timed out, so a transcript on screen can show the missing reply.
   * `wait(s)` is `elapse(s)` with every line flattened.
   */
  elapse(seconds: number): SilenceStep[];
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

  const elapse = (seconds: number): SilenceStep[] => {
    if (inner.done || !(seconds > 0)) return [];
    const last = events[events.length - 1];
    if (last && 'wait' in last && last.wait + seconds <= MAX_DRILL_WAIT_SECONDS) last.wait = roundSeconds(last.wait + seconds);
    else {
      let rest = seconds;
      for (; rest > MAX_DRILL_WAIT_SECONDS; rest = roundSeconds(rest - MAX_DRILL_WAIT_SECONDS)) events.push({ wait: MAX_DRILL_WAIT_SECONDS });
      events.push({ wait: roundSeconds(rest) });
    }
    const steps: SilenceStep[] = [];
    const lines = (found: string[]) => {
      if (found.length > 0) steps.push({ lines: found });
    };
    if (limit === undefined) {
      lines(advance(seconds));
      return steps;
    }
    let left = seconds;
    // Each time the silence reaches the limit, the turn passes with no reply.
    while (!inner.done && silence + left >= limit) {
      const step = limit - silence;
      lines(advance(step));
      left = roundSeconds(left - step);
      if (inner.done) break;
      timingOut = true;
      try {
        const turn: Turn = { ...inner.reply(''), timedOut: true };
        timedOut.push(turn.index);
        steps.push({ timedOut: turn });
      } finally {
        timingOut = false;
      }
      silence = 0;
    }
    if (!inner.done && left > 0) lines(advance(left));
    return steps;
  };

  const session: Omit<DrillSession, LiveField> = {
    events,
    timedOut,
    reply(raw: string): Turn {
      // Recorded as cut, so a replay of the submission gives the same result.
      const text = capDrillReply(raw);
      const turn = inner.reply(text);
      events.push({ reply: text });
      silence = 0;
      return turn;
    },
    wait(seconds: number): string[] {
      return elapse(seconds).flatMap((step) => ('lines' in step ? step.lines : step.timedOut.customer));
    },
    elapse,
    result(): SessionResult {
      const result = inner.result();
      if (timedOut.length === 0) return result;
      return { ...result, turns: result.turns.map((turn) => (timedOut.includes(turn.index) ? { ...turn, timedOut: true } : turn)) };
    },
  };
  return Object.assign(liveView(inner), session);
}

const LIVE_FIELDS = ['opening', 'state', 'visited', 'mood', 'turn', 'done', 'ending'] as const;
type LiveField = (typeof LIVE_FIELDS)[number];

/** Getters onto the inner session's live state (a spread would copy a stale snapshot). */
function liveView(inner: Session): Pick<Session, LiveField> {
  const view = {} as Pick<Session, LiveField>;
  for (const key of LIVE_FIELDS) Object.defineProperty(view, key, { get: () => inner[key], enumerable: true });
  return view;
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
