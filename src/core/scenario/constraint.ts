/**
 * Reasoning about conditions without running them: can a condition ever
 * hold, and does one condition imply another? The linter uses this to find
 * branches that can never fire. Answers are sound but not complete: "implies"
 * and "unsatisfiable" are only claimed when they are certain, so a warning is
 * never a false alarm; undecidable shapes (most `not`s) are left alone.
 *
 * A condition is expanded into a disjunction of {@link Term}s (each `any`
 * multiplies the terms); every number in the format is a whole number
 * (scores, mood and turn), so ranges are integer intervals.
 */
import type { Intent } from '../types.js';
import { keywordStems } from './condition.js';
import type { Condition } from './schema.js';
import { COMPARISON } from './schema.js';

/** The numeric facts a condition can compare. */
export const NUMERIC_KEYS = ['empathy', 'positivity', 'followThrough', 'mood', 'turn'] as const;
export type NumericKey = (typeof NUMERIC_KEYS)[number];

/** An inclusive integer interval. */
export interface Range {
  lo: number;
  hi: number;
}

/** One conjunction of constraints. */
export interface Term {
  /** Each entry: the reply shows at least one of these intents. */
  intentSets: Intent[][];
  notIntents: Set<Intent>;
  ranges: Partial<Record<NumericKey, Range>>;
  /** Values excluded by `!=`. */
  excluded: Partial<Record<NumericKey, Set<number>>>;
  /** Each entry: one of these keywords (each a list of stems) appears. */
  keywordSets: (readonly string[])[][];
  flags: Set<string>;
  notFlags: Set<string>;
  specific?: boolean;
  openPromise?: boolean;
  /** `not` parts that could not be turned into simple constraints, as JSON. */
  opaque: string[];
  /** Set when two parts of the term contradict each other (e.g. specific: true and false). */
  contradiction?: boolean;
}

/** Bounds for numeric facts in a given scenario. */
export interface Domains {
  maxTurns: number;
}

/** Expansions beyond this many terms are not analysed (the answer becomes "unknown"). */
const MAX_TERMS = 256;

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function emptyTerm(): Term {
  return { intentSets: [], notIntents: new Set(), ranges: {}, excluded: {}, keywordSets: [], flags: new Set(), notFlags: new Set(), opaque: [] };
}

function copyTerm(t: Term): Term {
  return {
    intentSets: [...t.intentSets],
    notIntents: new Set(t.notIntents),
    ranges: { ...t.ranges },
    excluded: Object.fromEntries(Object.entries(t.excluded).map(([k, v]) => [k, new Set(v)])),
    keywordSets: [...t.keywordSets],
    flags: new Set(t.flags),
    notFlags: new Set(t.notFlags),
    ...(t.specific !== undefined ? { specific: t.specific } : {}),
    ...(t.openPromise !== undefined ? { openPromise: t.openPromise } : {}),
    opaque: [...t.opaque],
    ...(t.contradiction ? { contradiction: true } : {}),
  };
}

/** The domain of a numeric fact. */
export function domainOf(key: NumericKey, domains: Domains): Range {
  return key === 'turn' ? { lo: 1, hi: domains.maxTurns } : { lo: 0, hi: 100 };
}

/** Parse a comparison into an integer range (or an excluded value for `!=`). */
export function comparisonRange(comparison: number | string): { range?: Range; exclude?: number } {
  if (typeof comparison === 'number') return { range: { lo: Math.ceil(comparison), hi: Infinity } };
  const match = COMPARISON.exec(comparison);
  if (!match) return {};
  const n = Number(match[2]);
  switch (match[1] ?? '>=') {
    case '>':
      return { range: { lo: Math.floor(n) + 1, hi: Infinity } };
    case '<':
      return { range: { lo: -Infinity, hi: Math.ceil(n) - 1 } };
    case '<=':
      return { range: { lo: -Infinity, hi: Math.floor(n) } };
    case '==':
      // "==2.5" can never equal a whole number.
      return Number.isInteger(n) ? { range: { lo: n, hi: n } } : { range: { lo: 1, hi: 0 } };
    case '!=':
      return Number.isInteger(n) ? { exclude: n } : {};
    default:
      return { range: { lo: Math.ceil(n), hi: Infinity } };
  }
}

function narrow(term: Term, key: NumericKey, comparison: number | string): void {
  const { range, exclude } = comparisonRange(comparison);
  if (range) {
    const current = term.ranges[key] ?? { lo: -Infinity, hi: Infinity };
    term.ranges[key] = { lo: Math.max(current.lo, range.lo), hi: Math.min(current.hi, range.hi) };
  }
  if (exclude !== undefined) (term.excluded[key] ??= new Set()).add(exclude);
}

/** Apply the plain (non-`any`, non-`all`, non-`not`) keys of a condition to a term. */
function applyPlain(term: Term, c: Condition): void {
  if (c.intent !== undefined) term.intentSets.push(asList(c.intent));
  for (const i of asList(c.notIntent)) term.notIntents.add(i);
  for (const key of NUMERIC_KEYS) {
    const value = c[key];
    if (value !== undefined) narrow(term, key, value);
  }
  if (c.keywords !== undefined) term.keywordSets.push(c.keywords.map(keywordStems));
  for (const f of asList(c.flag)) term.flags.add(f);
  for (const f of asList(c.notFlag)) term.notFlags.add(f);
  for (const key of ['specific', 'openPromise'] as const) {
    const value = c[key];
    if (value === undefined) continue;
    if (term[key] !== undefined && term[key] !== value) term.contradiction = true;
    term[key] = value;
  }
}

/** Conjoin two terms. */
function conjoin(a: Term, b: Term): Term {
  const t = copyTerm(a);
  t.intentSets.push(...b.intentSets);
  for (const i of b.notIntents) t.notIntents.add(i);
  for (const key of NUMERIC_KEYS) {
    const r = b.ranges[key];
    if (r) {
      const cur = t.ranges[key] ?? { lo: -Infinity, hi: Infinity };
      t.ranges[key] = { lo: Math.max(cur.lo, r.lo), hi: Math.min(cur.hi, r.hi) };
    }
    for (const v of b.excluded[key] ?? []) (t.excluded[key] ??= new Set()).add(v);
  }
  t.keywordSets.push(...b.keywordSets);
  for (const f of b.flags) t.flags.add(f);
  for (const f of b.notFlags) t.notFlags.add(f);
  for (const key of ['specific', 'openPromise'] as const) {
    const value = b[key];
    if (value === undefined) continue;
    if (t[key] !== undefined && t[key] !== value) t.contradiction = true;
    t[key] = value;
  }
  t.opaque.push(...b.opaque);
  if (b.contradiction) t.contradiction = true;
  return t;
}

function product(left: Term[], right: Term[]): Term[] | undefined {
  if (left.length * right.length > MAX_TERMS) return undefined;
  return left.flatMap((a) => right.map((b) => conjoin(a, b)));
}

/** The negation of a condition, when it is one simple constraint; otherwise undefined. */
function negateSimple(c: Condition): Term[] | undefined {
  const keys = Object.keys(c) as (keyof Condition)[];
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const t = emptyTerm();
  switch (key) {
    case 'intent':
      for (const i of asList(c.intent)) t.notIntents.add(i);
      return [t];
    case 'notIntent':
      // not (none of X) = at least one of X
      return asList(c.notIntent).map((i) => ({ ...emptyTerm(), intentSets: [[i]] }));
    case 'flag': {
      // not (all of F set) = some flag of F is not set
      return asList(c.flag).map((f) => ({ ...emptyTerm(), notFlags: new Set([f]) }));
    }
    case 'notFlag':
      return asList(c.notFlag).map((f) => ({ ...emptyTerm(), flags: new Set([f]) }));
    case 'specific':
    case 'openPromise':
      t[key] = !c[key];
      return [t];
    case 'empathy':
    case 'positivity':
    case 'followThrough':
    case 'mood':
    case 'turn': {
      const { range, exclude } = comparisonRange(c[key]!);
      if (exclude !== undefined) {
        t.ranges[key] = { lo: exclude, hi: exclude };
        return [t];
      }
      if (!range) return undefined;
      const below = emptyTerm();
      below.ranges[key] = { lo: -Infinity, hi: range.lo - 1 };
      const above = emptyTerm();
      above.ranges[key] = { lo: range.hi + 1, hi: Infinity };
      return [below, above];
    }
    default:
      return undefined;
  }
}

/**
 * Expand a condition into a disjunction of terms, or undefined when it is too
 * large to analyse. An absent condition is one empty term (always holds).
 */
export function toTerms(condition: Condition | undefined): Term[] | undefined {
  if (condition === undefined) return [emptyTerm()];
  let terms: Term[] | undefined = [emptyTerm()];
  applyPlain(terms[0]!, condition);
  for (const part of condition.all ?? []) {
    const sub = toTerms(part);
    if (!sub) return undefined;
    terms = product(terms, sub);
    if (!terms) return undefined;
  }
  if (condition.any !== undefined) {
    const alternatives: Term[] = [];
    for (const part of condition.any) {
      const sub = toTerms(part);
      if (!sub) return undefined;
      alternatives.push(...sub);
    }
    terms = product(terms, alternatives);
    if (!terms) return undefined;
  }
  if (condition.not !== undefined) {
    const negated = negateSimple(condition.not);
    if (negated) {
      terms = product(terms, negated);
      if (!terms) return undefined;
    } else {
      const json = JSON.stringify(condition.not);
      for (const t of terms) t.opaque.push(json);
    }
  }
  return terms;
}

function effectiveRange(term: Term, key: NumericKey, domains: Domains): Range {
  const domain = domainOf(key, domains);
  const r = term.ranges[key] ?? { lo: -Infinity, hi: Infinity };
  let lo = Math.max(domain.lo, r.lo);
  let hi = Math.min(domain.hi, r.hi);
  const excluded = term.excluded[key];
  if (excluded) {
    while (lo <= hi && excluded.has(lo)) lo++;
    while (lo <= hi && excluded.has(hi)) hi--;
  }
  return { lo, hi };
}

/** Why a term can never hold, or undefined when it can (as far as can be told). */
export function termConflict(term: Term, domains: Domains): string | undefined {
  if (term.contradiction) return 'it asks for "specific" or "openPromise" to be both true and false';
  for (const set of term.intentSets) {
    if (set.every((i) => term.notIntents.has(i))) return `it requires intent ${set.map((i) => `"${i}"`).join(' or ')} and also excludes it`;
  }
  for (const key of NUMERIC_KEYS) {
    if (term.ranges[key] === undefined && term.excluded[key] === undefined) continue;
    const r = effectiveRange(term, key, domains);
    if (r.lo > r.hi) {
      const domain = domainOf(key, domains);
      return key === 'turn'
        ? `no turn number from ${domain.lo} to ${domain.hi} (maxTurns) satisfies its "turn" comparisons`
        : `no ${key} value from ${domain.lo} to ${domain.hi} satisfies its "${key}" comparisons`;
    }
  }
  for (const f of term.flags) if (term.notFlags.has(f)) return `it requires flag "${f}" to be both set and not set`;
  return undefined;
}

/**
 * Why a condition can never hold (every alternative conflicts), or undefined
 * when it can or when that cannot be decided.
 */
export function unsatisfiable(condition: Condition | undefined, domains: Domains): string | undefined {
  const terms = toTerms(condition);
  if (!terms || terms.length === 0) return undefined;
  const reasons = terms.map((t) => termConflict(t, domains));
  if (reasons.some((r) => r === undefined)) return undefined;
  return reasons[0];
}

const subset = <T>(a: Iterable<T>, b: Set<T>) => [...a].every((x) => b.has(x));

/** True when every situation satisfying `b` also satisfies `a` (b is at least as strict). */
function termImplies(b: Term, a: Term, domains: Domains): boolean {
  for (const setA of a.intentSets) {
    const ok = b.intentSets.some((setB) => setB.filter((i) => !b.notIntents.has(i)).every((i) => setA.includes(i)));
    if (!ok) return false;
  }
  if (!subset(a.notIntents, b.notIntents)) return false;
  for (const key of NUMERIC_KEYS) {
    if (a.ranges[key] === undefined && a.excluded[key] === undefined) continue;
    const rb = effectiveRange(b, key, domains);
    const ra = effectiveRange(a, key, domains);
    if (rb.lo < ra.lo || rb.hi > ra.hi) return false;
    for (const v of a.excluded[key] ?? []) {
      if (v >= rb.lo && v <= rb.hi && !b.excluded[key]?.has(v)) return false;
    }
  }
  for (const setA of a.keywordSets) {
    // Some keyword list of b guarantees a keyword of a: each of its keywords contains (the stems of) one of a's.
    const ok = b.keywordSets.some((setB) => setB.every((kb) => setA.some((ka) => ka.every((s) => kb.includes(s)))));
    if (!ok) return false;
  }
  if (!subset(a.flags, b.flags) || !subset(a.notFlags, b.notFlags)) return false;
  if (a.specific !== undefined && b.specific !== a.specific) return false;
  if (a.openPromise !== undefined && b.openPromise !== a.openPromise) return false;
  if (!a.opaque.every((o) => b.opaque.includes(o))) return false;
  return true;
}

/**
 * True when `later` can only hold if `earlier` holds too, so a branch with
 * `later` placed after one with `earlier` never fires. False when unsure.
 * @example implies({ intent: 'apology', empathy: '>=70' }, { intent: ['apology', 'reflection'] }) → true
 */
export function implies(later: Condition | undefined, earlier: Condition | undefined, domains: Domains): boolean {
  const b = toTerms(later);
  const a = toTerms(earlier);
  if (!a || !b) return false;
  // Alternatives of `later` that can never hold do not matter.
  const live = b.filter((t) => termConflict(t, domains) === undefined);
  return live.every((tb) => a.some((ta) => termImplies(tb, ta, domains)));
}

/** Flags a condition needs set in some alternative — used to find goals and branches waiting on a flag nobody sets. */
export function requiredFlags(condition: Condition | undefined): Set<string>[] | undefined {
  const terms = toTerms(condition);
  return terms?.map((t) => t.flags);
}
