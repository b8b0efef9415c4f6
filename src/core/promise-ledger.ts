/**
 * Promises across turns: a commitment made in one reply stays open until a
 * later reply reports it done. A deliberately simple local tracker; the
 * analysis module's `trackPromises` can replace it without changing callers.
 */
import { tokenize } from './nlp.js';
import type { Analysis, Commitment } from './types.js';

/** A commitment with the turn it was made on and, once kept, the turn it was kept on. */
export interface TrackedPromise {
  turn: number;
  commitment: Commitment;
  keptOn?: number;
}

// Words that report an action as done ("I've refunded", "it's sent", "done").
const DONE = /\b(?:i(?:'|’)ve|i have|we(?:'|’)ve|we have|(?:it|that)(?:'|’)s been|has been|have been|done|completed|finished|sent|processed|booked|confirmed|refunded|reversed|fixed|sorted)\b/i;
const STOPWORDS = new Set(['i', 'you', 'your', 'the', 'a', 'an', 'to', 'it', 'that', 'this', 'for', 'and', 'of', 'on', 'by', 'will', 'be', 'my', 'we']);

function contentStems(text: string | null): Set<string> {
  return new Set(tokenize(text ?? '').filter((t) => !STOPWORDS.has(t.lower)).map((t) => t.stem));
}

/** Does this reply report the promise as done? A done-word plus a shared content word. */
export function keepsPromise(reply: string, analysis: Analysis, promise: Commitment): boolean {
  if (!DONE.test(reply)) return false;
  const wanted = contentStems(promise.what ?? promise.text);
  return analysis.stems.some((s) => wanted.has(s));
}

/**
 * The ledger after one more reply: earlier open promises this reply keeps
 * are marked kept, and the reply's own commitments are added as open.
 */
export function updatePromises(ledger: readonly TrackedPromise[], reply: string, analysis: Analysis, turn: number): TrackedPromise[] {
  const updated = ledger.map((p) =>
    p.keptOn === undefined && p.turn < turn && keepsPromise(reply, analysis, p.commitment) ? { ...p, keptOn: turn } : p,
  );
  for (const commitment of analysis.commitments) updated.push({ turn, commitment });
  return updated;
}

/** Promises made and not (yet) kept. */
export function openPromises(ledger: readonly TrackedPromise[]): TrackedPromise[] {
  return ledger.filter((p) => p.keptOn === undefined);
}
