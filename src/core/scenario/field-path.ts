/**
 * A place in a scenario (or test or drill) file, named the way a trainer
 * counts: `"goto" in branch 2 of state "opening"`, not
 * `states.opening.on.1.goto`. Lists are counted from 1 everywhere, as the
 * linter's messages ("branch 2 of state …", "rubric example 1", "reply 3")
 * and the guide count them; the line:col beside every message says where.
 */

type PathKey = string | number;

/**
 * What one item of a list is called, by the list's key. `own` words name the
 * list by themselves ("branch 2"); the others are followed by the list's key
 * ("line 2 of "say"").
 */
const ITEM_WORDS: Readonly<Record<string, { word: string; own: boolean }>> = {
  on: { word: 'branch', own: true },
  goals: { word: 'goal', own: true },
  notGoals: { word: 'goal', own: false },
  tests: { word: 'test', own: true },
  examples: { word: 'rubric example', own: true },
  replies: { word: 'reply', own: true },
  keywords: { word: 'keyword', own: true },
  intent: { word: 'intent', own: true },
  notIntent: { word: 'intent', own: false },
  flag: { word: 'flag', own: true },
  notFlag: { word: 'flag', own: false },
  traits: { word: 'trait', own: true },
  say: { word: 'line', own: false },
  any: { word: 'condition', own: false },
  all: { word: 'condition', own: false },
  scenarios: { word: 'entry', own: false },
};

/** One level of a path: a state, an item of a list, or the keys left at the end. */
type Level = { state: string } | { keys: string[]; index: number } | { keys: string[] };

function levels(path: readonly PathKey[]): Level[] {
  const found: Level[] = [];
  let at = 0;
  // A scenario's `states` is a mapping of names: "state "opening"" is what a trainer calls it.
  if (path[0] === 'states' && path.length >= 2 && typeof path[1] === 'string') {
    found.push({ state: path[1] });
    at = 2;
  }
  let keys: string[] = [];
  for (; at < path.length; at++) {
    const key = path[at]!;
    if (typeof key === 'number') {
      found.push({ keys, index: key });
      keys = [];
    } else {
      keys.push(key);
    }
  }
  if (keys.length > 0) found.push({ keys });
  return found;
}

function levelName(level: Level): string {
  if ('state' in level) return `state "${level.state}"`;
  const quoted = (keys: readonly string[]) => `"${keys.join('.')}"`;
  if (!('index' in level)) return quoted(level.keys);
  const n = level.index + 1;
  const key = level.keys[level.keys.length - 1];
  if (key === undefined) return `item ${n}`;
  const item = ITEM_WORDS[key];
  if (item?.own) return level.keys.length > 1 ? `${item.word} ${n} of ${quoted(level.keys.slice(0, -1))}` : `${item.word} ${n}`;
  return `${item?.word ?? 'item'} ${n} of ${quoted(level.keys)}`;
}

/**
 * The name of the place at `path`, innermost first; undefined for the whole
 * document (the caller knows what it is: "the scenario", "the drill").
 * @example fieldName(['states', 'opening', 'on', 1, 'goto']) → '"goto" in branch 2 of state "opening"'
 * @example fieldName(['states', 'x', 'on', 0, 'when', 'keywords', 1]) → 'keyword 2 of "when" in branch 1 of state "x"'
 * @example fieldName(['persona', 'mood']) → '"persona.mood"'
 */
export function fieldName(path: readonly PathKey[]): string | undefined {
  const names = levels(path).map(levelName).reverse();
  if (names.length === 0) return undefined;
  // A quoted key sits "in" what holds it; a numbered item is "of" it: `"goto" in branch 2 of state "x"`.
  return names.reduce((text, outer) => `${text}${text.endsWith('"') ? ' in ' : ' of '}${outer}`);
}
