/**
 * Phrase matching with one precompiled trie instead of a loop of regexes.
 *
 * A pattern is a space-separated sequence of token tests:
 * - `word`   the normalised word (contractions are already split: write "i am", "can not");
 * - `~word`  any word with the same Porter stem ("~apologize" matches "apologise", "apologies");
 * - `@class` any word of a word class from `lexicon.ts`;
 * - `#num`, `#clock`: a number, a clock time such as "10am";
 * - `#emo`: a strongly valenced word (AFINN |valence| ≥ 2), positive or negative;
 * - `*`      any one word;
 * - `(a|b c|)` alternatives, expanded when the trie is built (an empty one makes it optional).
 * A pattern starting with `^` only matches at the start of a sentence; one
 * ending with `$` only at its end ("you did what ?" → `what $`).
 *
 * Matching walks the trie from every token, stays inside one sentence, and
 * costs O(tokens × pattern depth); each token's keys are computed once.
 */
import { stem } from '../nlp.js';
import { afinnLexicon } from '../nlp.js';
import { classesOfStem, TOPIC_WORDS } from './lexicon.js';
import type { RuleToken } from './tokens.js';

/** Anything with patterns can be compiled; the payload comes back with each match. */
export interface Patterned {
  patterns: readonly string[];
}

interface Node<R> {
  next: Map<string, Node<R>>;
  done: { rule: R; anchored: boolean; ended: boolean }[] | null;
}

/** A compiled pattern set. */
export interface Matcher<R> {
  root: Node<R>;
}

/** One phrase found: token range [first, last] inclusive. */
export interface Match<R> {
  rule: R;
  first: number;
  last: number;
}

/** Expand `(a|b)` groups, nested ones included (`(try|do (my|our) best)`), into plain alternatives. */
export function expandPattern(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) {
    if (pattern.includes(')')) throw new Error(`Unopened ")" in pattern "${pattern}"`);
    return [pattern.replace(/\s+/g, ' ').trim()];
  }
  // The matching ")" and the top-level "|" between them; inner groups expand on the recursive call.
  const bars: number[] = [];
  let close = -1;
  for (let k = open + 1, depth = 0; k < pattern.length && close < 0; k++) {
    const c = pattern[k];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) close = k;
      else depth--;
    } else if (c === '|' && depth === 0) bars.push(k);
  }
  if (close < 0) throw new Error(`Unclosed "(" in pattern "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const options: string[] = [];
  let from = open + 1;
  for (const bar of [...bars, close]) {
    options.push(pattern.slice(from, bar));
    from = bar + 1;
  }
  const out: string[] = [];
  for (const option of options) {
    for (const rest of expandPattern(`${head} ${option} ${tail}`)) if (rest) out.push(rest);
  }
  return out;
}

function keyOf(part: string): string {
  if (part.startsWith('~')) return `~${stem(part.slice(1))}`;
  return part; // words, @classes, #num, #clock, *
}

/** Build the trie for a rule table. Throws on a malformed pattern (rules are code, so that is a bug). */
export function compile<R extends Patterned>(rules: readonly R[]): Matcher<R> {
  const root: Node<R> = { next: new Map(), done: null };
  for (const rule of rules) {
    for (const raw of rule.patterns) {
      for (const pattern of expandPattern(raw)) {
        const parts = pattern.split(' ').filter(Boolean);
        const anchored = parts[0] === '^';
        if (anchored) parts.shift();
        const ended = parts[parts.length - 1] === '$';
        if (ended) parts.pop();
        if (parts.length === 0) throw new Error(`Empty pattern in rule ${JSON.stringify(rule)}`);
        let node = root;
        for (const part of parts) {
          const key = keyOf(part);
          let child = node.next.get(key);
          if (!child) {
            child = { next: new Map(), done: null };
            node.next.set(key, child);
          }
          node = child;
        }
        node.done ??= [];
        if (!node.done.some((d) => d.rule === rule && d.anchored === anchored && d.ended === ended)) node.done.push({ rule, anchored, ended });
      }
    }
  }
  return { root };
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a', 'an', 'half', 'couple', 'few',
]);
const CLOCK = /^\d{1,2}(?:am|pm|h)$/;
const DIGITS = /^\d+$/;

/** The trie keys a word can follow: itself, its stem, its classes, `#` tags and `*`. Called once per distinct word. */
export function keysOf(norm: string, wordStem: string): readonly string[] {
  const out = [norm, `~${wordStem}`, '*'];
  for (const cls of classesOfStem(wordStem)) out.push(cls);
  if (DIGITS.test(norm) || NUMBER_WORDS.has(norm)) out.push('#num');
  if (!TOPIC_WORDS.has(norm) && Math.abs(afinnLexicon().get(norm) ?? 0) >= 2) out.push('#emo');
  if (CLOCK.test(norm) || norm === 'noon' || norm === 'midnight') out.push('#clock');
  return out;
}

// Reused between calls: matching allocates nothing but the matches it returns.
const stackNodes: Node<unknown>[] = [];
const stackPos: number[] = [];

/** Find every occurrence of every pattern, sentence by sentence. */
export function matchAll<R>(matcher: Matcher<R>, tokens: readonly RuleToken[]): Match<R>[] {
  const found: Match<R>[] = [];
  const nodes = stackNodes as Node<R>[];
  for (let i = 0; i < tokens.length; i++) {
    const sentence = tokens[i]!.sentence;
    const atStart = tokens[i]!.first;
    let depth = 0;
    nodes[depth] = matcher.root;
    stackPos[depth++] = i;
    while (depth > 0) {
      const node = nodes[--depth]!;
      const j = stackPos[depth]!;
      if (node.done !== null && j > i) {
        const atEnd = tokens[j]?.sentence !== sentence;
        for (const d of node.done) if ((!d.anchored || atStart) && (!d.ended || atEnd)) found.push({ rule: d.rule, first: i, last: j - 1 });
      }
      const token = tokens[j];
      if (token === undefined || token.sentence !== sentence || node.next.size === 0) continue;
      for (const key of token.keys) {
        const child = node.next.get(key);
        if (child !== undefined) {
          nodes[depth] = child;
          stackPos[depth++] = j + 1;
        }
      }
    }
  }
  return found;
}

/**
 * Keep the most specific phrases: a match lying inside a longer match is
 * dropped, so an idiom ("no problem", "can't wait to help") overrides the
 * words it is made of. Matches of the same length that overlap both stay.
 */
export function longestMatches<R>(matches: readonly Match<R>[]): Match<R>[] {
  const sorted = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: Match<R>[] = [];
  for (const m of sorted) {
    const inside = kept.some((k) => k.first <= m.first && m.last <= k.last && k.last - k.first > m.last - m.first);
    if (!inside) kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first || a.last - b.last);
}
