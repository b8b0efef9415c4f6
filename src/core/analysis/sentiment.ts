/**
 * Word valence (AFINN-165, the list natural's SentimentAnalyzer uses) with
 * negation: "not happy" counts as mildly negative, "not bad" as mildly
 * positive. Each distinct word counts once, and the total is capped, so
 * stuffing positive words stops paying quickly.
 */
import { afinnLexicon } from '../nlp.js';
import { NEGATORS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

/** One scored word. */
export interface ValenceHit {
  token: number;
  value: number;
  negated: boolean;
}

// Words that name the customer's problem rather than the writer's attitude:
// a representative who says "the double charge" or "the mistake" is not being negative.
const TOPIC_WORDS = new Set([
  'charge', 'charged', 'charges', 'problem', 'problems', 'issue', 'issues', 'fraud', 'fraudulent', 'cancel', 'cancelled',
  'canceled', 'cancellation', 'refund', 'complaint', 'complaints', 'error', 'errors', 'delay', 'delayed', 'damage',
  'damaged', 'broke', 'broken', 'lost', 'missing', 'fault', 'faulty', 'mistake', 'mistakes', 'overdue', 'late', 'fee',
  'fees', 'debt', 'bill', 'no', 'yes', 'like', 'likes', 'want', 'wants', 'please', 'pleased', 'thank', 'thanks',
  'thankful', 'sorry', 'help', 'helps', 'helping', 'hope', 'hopefully', 'care', 'block', 'blocked', 'stop', 'stopped',
  'limited', 'dispute', 'worry', 'worried', 'kind', 'share', 'sure', 'ok', 'okay', 'agree', 'fine', 'pay', 'free',
]);

/** Valenced words outside the spans already explained by phrase rules. */
export function valence(tokens: readonly RuleToken[], covered: ReadonlySet<number>): ValenceHit[] {
  const lexicon = afinnLexicon();
  const hits: ValenceHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i]!;
    if (TOPIC_WORDS.has(t.norm)) continue;
    const value = lexicon.get(t.norm);
    if (value === undefined) continue;
    let negated = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const prev = tokens[k]!;
      if (prev.sentence !== t.sentence) break;
      if (NEGATORS.has(prev.norm)) {
        negated = true;
        break;
      }
    }
    hits.push({ token: i, value, negated });
  }
  return hits;
}
