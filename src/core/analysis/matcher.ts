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
 * - `(a|b c|)` alternatives, nested or not (an empty one makes it optional).
 * A pattern starting with `^` only matches at the start of a sentence; one
 * ending with `$` only at its end ("you did what ?" → `what $`).
 *
 * Patterns share a trie of their common beginnings; after a group, its
 * alternatives join again in one node, so a pattern with many groups costs
 * nodes in proportion to its length rather than to the number of word
 * sequences it stands for. Matching walks the graph from every token, stays
 * inside one sentence, and costs O(tokens × pattern depth); each token's keys
 * are computed once.
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
  /** Children by trie key id (see `keyId`); a key can lead to several nodes where a pattern's alternatives join again. */
  next: Map<number, Node<R>[]>;
  /**
   * Bit `id % 32` is set for every key id in `next`: most keys a token offers
   * lead nowhere from a given node, and the bit test rules most of them out
   * without a Map look-up.
   */
  keyBits: number;
  done: { rule: R; anchored: boolean; ended: boolean }[] | null;
}

/** A compiled pattern set. */
export interface Matcher<R> {
  root: Node<R>;
  /**
   * The root's children by key id, in an array: every token starts a walk
   * from the root, and an array index is cheaper than the Map look-up.
   */
  rootByKey: (Node<R>[] | undefined)[];
}

/** One phrase found: token range [first, last] inclusive. */
export interface Match<R> {
  rule: R;
  first: number;
  last: number;
}

function keyOf(part: string): string {
  if (part.startsWith('~')) return `~${stem(part.slice(1))}`;
  return part; // words, @classes, #num, #clock, *
}

/**
 * Every trie key a compiled pattern uses, numbered. Tokens carry the ids of
 * their keys (computed once per distinct word, see `keysOf`), and keys that
 * no pattern uses are left out: the walk then only tries keys that can lead
 * somewhere, and looks children up by a small integer instead of hashing and
 * comparing strings (string look-ups were half the walk's time).
 */
const keyIds = new Map<string, number>();

/** A key id's bit in `Node.keyBits`. */
function keyBit(id: number): number {
  return 1 << (id & 31);
}

/** The id of a trie key, numbering it if no pattern used it before. */
function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

/**
 * How many trie keys the compiled patterns use. It only grows; key ids
 * computed when it was smaller may miss keys of a matcher compiled since
 * (tests compile their own), so a cache of `keysOf` results compares it.
 */
export function keyVocabularySize(): number {
  return keyIds.size;
}

/** A parsed pattern: a sequence of trie keys and groups of alternative sequences. */
type Part = { key: string } | { options: Part[][] };

function parseSequence(pattern: string, words: readonly string[], at: { i: number }, nested: boolean, key: (word: string) => string): Part[] {
  const seq: Part[] = [];
  while (at.i < words.length) {
    const w = words[at.i]!;
    if (w === '|' || w === ')') {
      if (!nested) throw new Error(`Unopened ")" or stray "|" in pattern "${pattern}"`);
      return seq;
    }
    at.i++;
    if (w === '(') {
      const options: Part[][] = [];
      for (;;) {
        options.push(parseSequence(pattern, words, at, true, key));
        const end = words[at.i++];
        if (end === ')') break;
        if (end !== '|') throw new Error(`Unclosed "(" in pattern "${pattern}"`);
      }
      seq.push({ options });
    } else seq.push({ key: key(w) });
  }
  if (nested) throw new Error(`Unclosed "(" in pattern "${pattern}"`);
  return seq;
}

/** Parse a pattern (without its `^` / `$` anchors) into groups of words, each turned into a key by `key`. */
function parsePattern(pattern: string, key: (word: string) => string): Part[] {
  const words = pattern.replace(/([()|])/g, ' $1 ').split(/\s+/).filter(Boolean);
  return parseSequence(pattern, words, { i: 0 }, false, key);
}

/** Expand `(a|b)` groups, nested ones included (`(try|do (my|our) best)`), into plain alternatives (for tests and docs; compiling never expands). */
export function expandPattern(pattern: string): string[] {
  const expand = (seq: readonly Part[]): string[] => {
    let out = [''];
    for (const part of seq) {
      const tails = 'key' in part ? [part.key] : part.options.flatMap(expand);
      out = out.flatMap((head) => tails.map((tail) => `${head} ${tail}`.trim()));
    }
    return out;
  };
  return expand(parsePattern(pattern, (w) => w)).filter(Boolean);
}

/** Builds the graph, sharing every node that stands for the same word sequences. */
class Builder<R> {
  readonly root: Node<R> = { next: new Map(), keyBits: 0, done: null };
  private readonly ids = new Map<Node<R>, number>([[this.root, 0]]);
  /** The node reached from exactly this set of nodes by this key. */
  private readonly made = new Map<string, Node<R>>();

  /** Add a sequence after every node in `from`; returns the nodes where it ends. */
  add(seq: readonly Part[], from: Node<R>[]): Node<R>[] {
    let current = from;
    for (const part of seq) {
      if ('options' in part) {
        const ends = new Set<Node<R>>();
        for (const option of part.options) for (const end of this.add(option, current)) ends.add(end);
        current = [...ends];
      } else current = [this.step(current, part.key)];
    }
    return current;
  }

  /**
   * One key after a set of nodes. Nodes stand for sets of word sequences, so
   * the node after the same set by the same key stands for the same sequences
   * and is shared — a plain trie when the set has one member; where
   * alternatives join, patterns with the same groups share the join too.
   */
  private step(from: readonly Node<R>[], key: string): Node<R> {
    const sig = `${from.map((n) => this.ids.get(n)!).sort((a, b) => a - b).join(',')} ${key}`;
    let child = this.made.get(sig);
    if (!child) {
      child = { next: new Map(), keyBits: 0, done: null };
      this.ids.set(child, this.ids.size);
      this.made.set(sig, child);
      const id = keyId(key);
      for (const node of from) {
        node.next.set(id, [...(node.next.get(id) ?? []), child]);
        node.keyBits |= keyBit(id);
      }
    }
    return child;
  }
}

/** Build the matcher for a rule table. Throws on a malformed pattern (rules are code, so that is a bug). */
export function compile<R extends Patterned>(rules: readonly R[]): Matcher<R> {
  const builder = new Builder<R>();
  const root = builder.root;
  for (const rule of rules) {
    for (const raw of rule.patterns) {
      let text = raw.trim();
      const anchored = text.startsWith('^ ') || text === '^';
      if (anchored) text = text.slice(1);
      const ended = text.endsWith(' $') || text === '$';
      if (ended) text = text.slice(0, -1);
      const seq = parsePattern(text, keyOf);
      for (const end of builder.add(seq, [root])) {
        if (end === root) throw new Error(`Empty pattern "${raw}" in rule ${JSON.stringify(rule)}`);
        end.done ??= [];
        if (!end.done.some((d) => d.rule === rule && d.anchored === anchored && d.ended === ended)) end.done.push({ rule, anchored, ended });
      }
    }
  }
  const rootByKey: (Node<R>[] | undefined)[] = Array.from({ length: keyVocabularySize() }, () => undefined);
  for (const [id, children] of root.next) rootByKey[id] = children;
  return { root, rootByKey };
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a', 'an', 'half', 'couple', 'few',
]);
const CLOCK = /^\d{1,2}(?:am|pm|h)$/;
const DIGITS = /^\d+(?:[.,]\d+)*$/;

/**
 * The ids of the trie keys a word can follow — itself, its stem, its classes,
 * `#` tags and `*` — among those the compiled patterns use (see
 * `keyVocabularySize`). Called once per distinct word.
 */
export function keysOf(norm: string, wordStem: string): readonly number[] {
  const keys = [norm, `~${wordStem}`, '*'];
  for (const cls of classesOfStem(wordStem)) keys.push(cls);
  if (DIGITS.test(norm) || NUMBER_WORDS.has(norm)) keys.push('#num');
  if (!TOPIC_WORDS.has(norm) && Math.abs(afinnLexicon().get(norm) ?? 0) >= 2) keys.push('#emo');
  if (CLOCK.test(norm) || norm === 'noon' || norm === 'midnight') keys.push('#clock');
  const out: number[] = [];
  for (const key of keys) {
    const id = keyIds.get(key);
    if (id !== undefined) out.push(id);
  }
  return out;
}

// Reused between calls: matching allocates nothing but the matches it returns.
const stackNodes: Node<unknown>[] = [];
const stackPos: number[] = [];

/**
 * Find every occurrence of every pattern, sentence by sentence. This walk is
 * the hottest code of the analysis: it reads past the last token only after
 * checking the index (an out-of-range read is slow in V8), and its inner
 * loops are indexed because for…of over these small arrays cost about 5% of
 * the whole analysis.
 */
export function matchAll<R>(matcher: Matcher<R>, tokens: readonly RuleToken[]): Match<R>[] {
  const found: Match<R>[] = [];
  const nodes = stackNodes as Node<R>[];
  for (let i = 0; i < tokens.length; i++) {
    const sentence = tokens[i]!.sentence;
    const atStart = tokens[i]!.first;
    const fromHere = found.length;
    // The root matches nothing itself: start from its children for this token's keys.
    let depth = 0;
    const keys = tokens[i]!.keys;
    for (let k = 0; k < keys.length; k++) {
      const children = keys[k]! < matcher.rootByKey.length ? matcher.rootByKey[keys[k]!] : undefined;
      if (children === undefined) continue;
      for (let c = 0; c < children.length; c++) {
        nodes[depth] = children[c]!;
        stackPos[depth++] = i + 1;
      }
    }
    while (depth > 0) {
      const node = nodes[--depth]!;
      const j = stackPos[depth]!;
      if (node.done !== null && j > i) {
        const atEnd = j === tokens.length || tokens[j]!.sentence !== sentence;
        for (const d of node.done) {
          if ((d.anchored && !atStart) || (d.ended && !atEnd)) continue;
          // Two paths through joined alternatives can spell the same words ("(*|) (*|)"): report each match once.
          let again = false;
          for (let k = fromHere; k < found.length && !again; k++) again = found[k]!.rule === d.rule && found[k]!.last === j - 1;
          if (!again) found.push({ rule: d.rule, first: i, last: j - 1 });
        }
      }
      if (j >= tokens.length || node.next.size === 0) continue;
      const token = tokens[j]!;
      if (token.sentence !== sentence) continue;
      const keys = token.keys;
      for (let k = 0; k < keys.length; k++) {
        if ((node.keyBits & keyBit(keys[k]!)) === 0) continue;
        const children = node.next.get(keys[k]!);
        if (children === undefined) continue;
        for (let c = 0; c < children.length; c++) {
          nodes[depth] = children[c]!;
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
