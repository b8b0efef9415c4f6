/**
 * Reflection: the reply uses the customer's own content words (compared by
 * Porter stem, stop words left out), which shows the customer was heard.
 */
import { STOP_WORDS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

const DIGITS = /^\d+$/;

/**
 * A customer's "twenty a month" is the representative's "20 a month": number words are compared as digits.
 * From ten up only: "one", "two" are mostly not amounts ("one thing", "those two").
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
    ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ].map(([w, n]) => [w as string, String(n)]),
);
/** Amounts written in digits worth echoing: two digits or more ("20", "299"), never a lone "3". */
const AMOUNT = /^\d{2,}$/;

function isContent(t: RuleToken): boolean {
  if (NUMBER_WORDS.has(t.norm) || AMOUNT.test(t.norm)) return true;
  return t.norm.length >= 3 && !STOP_WORDS.has(t.norm) && !DIGITS.test(t.norm);
}

/** What a token is compared by: its stem, or a number word's digits. */
function keyOf(t: RuleToken): string {
  return NUMBER_WORDS.get(t.norm) ?? (AMOUNT.test(t.norm) ? t.norm : t.stem);
}

/** Distinct content stems of a text's tokens (number words as digits). */
export function contentStems(tokens: readonly RuleToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (isContent(t)) out.add(keyOf(t));
  return out;
}

/** The first reply token for each customer stem it echoes, in reply order. */
export function reflectedTokens(reply: readonly RuleToken[], customer: ReadonlySet<string>): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (let i = 0; i < reply.length; i++) {
    const t = reply[i]!;
    if (!isContent(t)) continue;
    const key = keyOf(t);
    if (seen.has(key) || !customer.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}
