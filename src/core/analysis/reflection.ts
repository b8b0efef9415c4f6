/**
 * Reflection: the reply uses the customer's own content words (compared by
 * Porter stem, stop words left out), which shows the customer was heard.
 */
import { STOP_WORDS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

const DIGITS = /^\d+$/;

function isContent(t: RuleToken): boolean {
  return t.norm.length >= 3 && !STOP_WORDS.has(t.norm) && !DIGITS.test(t.norm);
}

/** Distinct content stems of a text's tokens. */
export function contentStems(tokens: readonly RuleToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (isContent(t)) out.add(t.stem);
  return out;
}

/** The first reply token for each customer stem it echoes, in reply order. */
export function reflectedTokens(reply: readonly RuleToken[], customer: ReadonlySet<string>): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < reply.length; i++) {
    const t = reply[i]!;
    if (!isContent(t) || seen.has(t.stem) || !customer.has(t.stem)) continue;
    seen.add(t.stem);
    out.push(i);
  }
  return out;
}
