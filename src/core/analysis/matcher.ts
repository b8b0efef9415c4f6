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
  done: Done<R> | null;
}

/** What a node ends: the rules whose patterns stop there. */
type Done<R> = { rule: R; anchored: boolean; ended: boolean }[];

/** A compiled pattern set. */
export interface Matcher<R> {
  /** The graph as built (for tests and docs); matching walks the flat tables below. */
  root: Node<R>;
  /**
   * The graph again, flattened for the walk: nodes are numbered (the root is
   * 0) and every table is a typed array indexed by node or by edge slot, so a
   * step reads a few adjacent numbers instead of chasing node objects and Map
   * entries scattered over the heap (the walk was mostly waiting on memory).
   */
  flat: Flat<R>;
}

interface Flat<R> {
  /** Trie keys in use when compiled: key ids at or past it lead nowhere in this matcher. */
  keyCount: number;
  /** Per node: bit 1 = it ends a pattern, bit 2 = it has children. */
  flags: Uint8Array;
  /** Per node: `Node.keyBits`. */
  keyBits: Int32Array;
  /** Per node: `Node.done`. */
  done: (Done<R> | null)[];
  /** The root's children for key id k: `kids[rootFrom[k]…rootFrom[k + 1])`. */
  rootFrom: Int32Array;
  /**
   * The other edges, in an open-addressing hash table: slot s holds at
   * `2s` its key, `node * keyCount + key + 1` (0 = empty), and at `2s + 1`
   * where its children start in `kids` times 256 plus how many there are
   * (in the graph's order). One slot's numbers sit side by side, so a look-up
   * touches one cache line.
   */
  slots: Int32Array;
  /** The table's size is 2^(32 - shift). */
  shift: number;
  mask: number;
  kids: Int32Array;
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
  return { root, flat: flatten(root, keyVocabularySize()) };
}

/** Golden-ratio multiplier for the edge table's hash. */
const HASH = 0x9e3779b1;

function edgeSlot(combined: number, shift: number): number {
  return Math.imul(combined, HASH) >>> shift;
}

/** Number the graph's nodes (root first, then in the order they are reached) and lay its edges out in typed arrays. */
function flatten<R>(root: Node<R>, keyCount: number): Flat<R> {
  const ids = new Map<Node<R>, number>([[root, 0]]);
  const order: Node<R>[] = [root];
  for (let n = 0; n < order.length; n++) {
    for (const children of order[n]!.next.values()) {
      for (const child of children) {
        if (ids.has(child)) continue;
        ids.set(child, order.length);
        order.push(child);
      }
    }
  }
  if (order.length * keyCount + keyCount >= 2 ** 31) throw new Error('Pattern graph too large to flatten');
  const flags = new Uint8Array(order.length);
  const keyBits = new Int32Array(order.length);
  const done = order.map((node) => node.done);
  const kids: number[] = [];
  const rootFrom = new Int32Array(keyCount + 1);
  for (let key = 0; key < keyCount; key++) {
    rootFrom[key] = kids.length;
    for (const child of root.next.get(key) ?? []) kids.push(ids.get(child)!);
  }
  rootFrom[keyCount] = kids.length;
  let edges = 0;
  for (let n = 1; n < order.length; n++) edges += order[n]!.next.size;
  let bits = 4;
  while (1 << bits < edges * 2) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(2 << bits);
  order.forEach((node, n) => {
    flags[n] = (node.done !== null ? 1 : 0) | (node.next.size > 0 ? 2 : 0);
    keyBits[n] = node.keyBits;
    if (n === 0) return;
    for (const [key, children] of node.next) {
      const combined = n * keyCount + key + 1;
      let slot = edgeSlot(combined, shift);
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      if (children.length > 255 || kids.length >= 1 << 23) throw new Error('Pattern graph too large to flatten');
      slots[2 * slot] = combined;
      slots[2 * slot + 1] = kids.length * 256 + children.length;
      for (const child of children) kids.push(ids.get(child)!);
    }
  });
  return { keyCount, flags, keyBits, done, rootFrom, slots, shift, mask, kids: Int32Array.from(kids) };
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
let stackNodes = new Int32Array(256);
let stackPos = new Int32Array(256);

/** Make room for `more` entries above `depth` on the walk's stack. */
function reserve(depth: number, more: number): void {
  if (depth + more <= stackNodes.length) return;
  const size = Math.max(stackNodes.length * 2, depth + more);
  const nodes = new Int32Array(size);
  const pos = new Int32Array(size);
  nodes.set(stackNodes);
  pos.set(stackPos);
  stackNodes = nodes;
  stackPos = pos;
}

/**
 * Find every occurrence of every pattern, sentence by sentence. This walk is
 * the hottest code of the analysis: it reads past the last token only after
 * checking the index (an out-of-range read is slow in V8), its inner loops
 * are indexed because for…of over these small arrays cost about 5% of the
 * whole analysis, and it reads the graph from the flat tables.
 */
export function matchAll<R>(matcher: Matcher<R>, tokens: readonly RuleToken[]): Match<R>[] {
  const found: Match<R>[] = [];
  const { keyCount, flags, keyBits, done, rootFrom, slots, shift, mask, kids } = matcher.flat;
  for (let i = 0; i < tokens.length; i++) {
    const sentence = tokens[i]!.sentence;
    const atStart = tokens[i]!.first;
    const fromHere = found.length;
    // The root matches nothing itself: start from its children for this token's keys.
    let depth = 0;
    const keys = tokens[i]!.keys;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key >= keyCount) continue;
      const to = rootFrom[key + 1]!;
      reserve(depth, to - rootFrom[key]!);
      for (let c = rootFrom[key]!; c < to; c++) {
        stackNodes[depth] = kids[c]!;
        stackPos[depth++] = i + 1;
      }
    }
    while (depth > 0) {
      const node = stackNodes[--depth]!;
      const j = stackPos[depth]!;
      const flag = flags[node]!;
      if ((flag & 1) !== 0 && j > i) {
        const atEnd = j === tokens.length || tokens[j]!.sentence !== sentence;
        for (const d of done[node]!) {
          if ((d.anchored && !atStart) || (d.ended && !atEnd)) continue;
          // Two paths through joined alternatives can spell the same words ("(*|) (*|)"): report each match once.
          let again = false;
          for (let k = fromHere; k < found.length && !again; k++) again = found[k]!.rule === d.rule && found[k]!.last === j - 1;
          if (!again) found.push({ rule: d.rule, first: i, last: j - 1 });
        }
      }
      if (j >= tokens.length || (flag & 2) === 0) continue;
      const token = tokens[j]!;
      if (token.sentence !== sentence) continue;
      const bits = keyBits[node]!;
      const base = node * keyCount + 1;
      const keys = token.keys;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        if (key >= keyCount || (bits & keyBit(key)) === 0) continue;
        const combined = base + key;
        for (let slot = edgeSlot(combined, shift); slots[2 * slot] !== 0; slot = (slot + 1) & mask) {
          if (slots[2 * slot] !== combined) continue;
          const edge = slots[2 * slot + 1]!;
          const from = edge >> 8;
          const to = from + (edge & 255);
          reserve(depth, to - from);
          for (let c = from; c < to; c++) {
            stackNodes[depth] = kids[c]!;
            stackPos[depth++] = j + 1;
          }
          break;
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
