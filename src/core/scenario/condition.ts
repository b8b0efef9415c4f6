/**
 * Evaluate a scenario condition (`when:`) against what is known about one
 * reply and the conversation so far. Pure: the compiler's guards and the goal
 * tracker both call it.
 */
import { stem, tokenize } from '../nlp.js';
import { NEGATORS } from '../analysis/lexicon.js';
import { expand } from '../analysis/tokens.js';
import type { Analysis, Intent } from '../types.js';
import type { Condition } from './schema.js';
import { COMPARISON } from './schema.js';

/** Everything a condition can look at. */
export interface ConditionFacts {
  analysis: Analysis;
  /** Mood before this reply, 0–100. */
  mood: number;
  /** The number of this reply, from 1. */
  turn: number;
  flags: Readonly<Record<string, boolean>>;
  /** A promise from an earlier turn is still open. */
  openPromise: boolean;
}

/** Negation words, stemmed as keywords are: a keyword that holds one ("don't need", "no charge") is about the negation. */
const NEGATOR_STEMS: ReadonlySet<string> = new Set([...NEGATORS].map((w) => stem(w)));

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Test a number against a comparison such as `">=60"` or `"<40"`; a bare
 * number (or numeric string) means `>=`.
 */
export function compare(actual: number, comparison: number | string): boolean {
  if (typeof comparison === 'number') return actual >= comparison;
  const match = COMPARISON.exec(comparison);
  if (!match) return false;
  const target = Number(match[2]);
  switch (match[1] ?? '>=') {
    case '>':
      return actual > target;
    case '<':
      return actual < target;
    case '<=':
      return actual <= target;
    case '==':
      return actual === target;
    case '!=':
      return actual !== target;
    default:
      return actual >= target;
  }
}

/**
 * The stems a keyword needs: every word of a multi-word keyword must appear. Contractions are read as the
 * analysis reads replies ("don't need" → do, not, need), or a keyword with one could never match.
 */
export function keywordStems(keyword: string): readonly string[] {
  let stems = keywordCache.get(keyword);
  if (stems === undefined) {
    const tokens = tokenize(keyword);
    stems = tokens.length === 0 ? [stem(keyword)] : tokens.flatMap((t) => expand(t.lower.replace(/’/g, "'")).map((word) => stem(word)));
    // Keywords come from scenario files: a few hundred at most, each checked on every reply.
    if (keywordCache.size >= 10_000) keywordCache.clear();
    keywordCache.set(keyword, stems);
  }
  return stems;
}
const keywordCache = new Map<string, string[]>();

const stemSets = new WeakMap<Analysis, Set<string>>();
function stemsOf(analysis: Analysis): Set<string> {
  let set = stemSets.get(analysis);
  if (!set) {
    set = new Set(analysis.stems);
    stemSets.set(analysis, set);
  }
  return set;
}

/** True when every key given in the condition holds (an empty condition holds). */
export function evaluateCondition(condition: Condition, facts: ConditionFacts): boolean {
  const { analysis } = facts;
  const intents = new Set<Intent>(analysis.intents);
  if (condition.intent !== undefined && !asList(condition.intent).some((i) => intents.has(i))) return false;
  if (condition.notIntent !== undefined && asList(condition.notIntent).some((i) => intents.has(i))) return false;
  if (condition.empathy !== undefined && !compare(analysis.scores.empathy, condition.empathy)) return false;
  if (condition.positivity !== undefined && !compare(analysis.scores.positivity, condition.positivity)) return false;
  if (condition.followThrough !== undefined && !compare(analysis.scores.followThrough, condition.followThrough)) return false;
  if (condition.keywords !== undefined) {
    const stems = stemsOf(analysis);
    // "I can't waive the month" does not say `waive`; a keyword with its own negation ("don't need") is read whole.
    const negated = new Set(analysis.negatedStems ?? []);
    const says = (keyword: string): boolean => {
      const wanted = keywordStems(keyword);
      if (!wanted.every((s) => stems.has(s))) return false;
      return wanted.some((s) => NEGATOR_STEMS.has(s)) || !wanted.some((s) => negated.has(s));
    };
    if (!condition.keywords.some(says)) return false;
  }
  if (condition.mood !== undefined && !compare(facts.mood, condition.mood)) return false;
  if (condition.turn !== undefined && !compare(facts.turn, condition.turn)) return false;
  if (condition.flag !== undefined && !asList(condition.flag).every((f) => facts.flags[f] === true)) return false;
  if (condition.notFlag !== undefined && asList(condition.notFlag).some((f) => facts.flags[f] === true)) return false;
  if (condition.specific !== undefined && analysis.commitments.some((c) => c.specific) !== condition.specific) return false;
  if (condition.openPromise !== undefined && facts.openPromise !== condition.openPromise) return false;
  if (condition.any !== undefined && !condition.any.some((c) => evaluateCondition(c, facts))) return false;
  if (condition.all !== undefined && !condition.all.every((c) => evaluateCondition(c, facts))) return false;
  if (condition.not !== undefined && evaluateCondition(condition.not, facts)) return false;
  return true;
}
