/**
 * Follow-through across a conversation: which promises the trainee made, and
 * whether a later reply came back on them ("I'll check the refund" … "I've
 * checked: it went out this morning").
 *
 * A promise is a commitment with an owner ("I", "we", "our billing team").
 * It is kept by the first later reply that delivers (evidence from
 * `followThrough.done` or `followThrough.report-back`) and shares a topic
 * word with it (not a generic verb such as "check"); failing that, by the first later delivering reply at all.
 * Promises made in the last reply cannot be kept inside the conversation, so
 * they are `pending` rather than broken.
 */
import { stem, tokenize } from '../nlp.js';
import type { Analysis, Commitment } from '../types.js';
import { inClass, STOP_WORDS } from './lexicon.js';
import { DELIVERY_RULES } from './scoring.js';

/** One trainee turn as the session engine records it. */
export interface PromiseTurn {
  reply: string;
  analysis: Analysis;
}

/** A promise and what became of it. Turn numbers are indexes into the `turns` array. */
export interface TrackedPromise {
  turn: number;
  commitment: Commitment;
  kept: boolean;
  /** The turn that kept it. */
  keptAt?: number;
  /** Made in the last turn: it could not be kept yet. */
  pending: boolean;
}

export interface PromiseReport {
  promises: TrackedPromise[];
  /**
   * 0–100: each promise is worth 40 for being specific (owner + time or
   * channel) and 60 for being kept (30 while pending); the score is the
   * average. With no promises at all the score is a neutral 50.
   */
  score: number;
}

const NEUTRAL_SCORE = 50;

/** What a promise is about: its content words, leaving out generic action verbs ("check", "look"). */
function topicStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const s = stem(t.lower);
    if (t.lower.length >= 3 && !STOP_WORDS.has(t.lower) && !inClass(s, 'act')) out.add(s);
  }
  return out;
}

function delivers(analysis: Analysis): boolean {
  return analysis.evidence.some((e) => DELIVERY_RULES.has(e.rule) && e.points >= 0);
}

/**
 * Track the promises of a conversation, oldest turn first.
 * @example trackPromises([{ reply: "Let me check the refund.", analysis: a1 }, { reply: "I've checked: the refund went out today.", analysis: a2 }])
 *   → { promises: [{ turn: 0, kept: true, keptAt: 1, ... }], score: 60 }
 */
export function trackPromises(turns: readonly PromiseTurn[]): PromiseReport {
  const promises: TrackedPromise[] = [];
  const stemsOf = new Map<number, Set<string>>();
  const turnStems = (i: number): Set<string> => {
    let s = stemsOf.get(i);
    if (!s) {
      s = new Set(turns[i]!.analysis.stems);
      stemsOf.set(i, s);
    }
    return s;
  };
  turns.forEach((turn, index) => {
    // A reply that delivers keeps the open promise it talks about, or else the oldest one.
    if (index > 0 && delivers(turn.analysis)) {
      const open = promises.filter((p) => !p.kept);
      const here = turnStems(index);
      const matching = open.filter((p) => [...topicStems(p.commitment.what ?? p.commitment.text)].some((s) => here.has(s)));
      for (const p of matching.length > 0 ? matching : open.slice(0, 1)) {
        p.kept = true;
        p.keptAt = index;
      }
    }
    for (const c of turn.analysis.commitments) {
      if (c.who === null) continue;
      promises.push({ turn: index, commitment: c, kept: false, pending: false });
    }
  });
  const last = turns.length - 1;
  for (const p of promises) p.pending = !p.kept && p.turn === last;
  if (promises.length === 0) return { promises, score: NEUTRAL_SCORE };
  const total = promises.reduce((sum, p) => sum + (p.commitment.specific ? 40 : 0) + (p.kept ? 60 : p.pending ? 30 : 0), 0);
  return { promises, score: Math.round(total / promises.length) };
}

/** The promises not yet kept after these turns, for `context.openPromises` and the `openPromise` scenario guard. */
export function openPromises(turns: readonly PromiseTurn[]): Commitment[] {
  return trackPromises(turns)
    .promises.filter((p) => !p.kept)
    .map((p) => p.commitment);
}
