/**
 * The deeper checks `rapport validate` runs on a scenario that already loads:
 * branches that can never fire (an earlier branch always wins, or the
 * condition can never hold, or it waits on a flag nobody sets), states and
 * endings that only such branches lead to, states stuck with no way to an
 * ending, goals nobody can meet, a customer who would repeat one line word
 * for word (or one line alone in a band of moods), lines whose `when` no
 * reply that reaches them can meet, and scenario tests that name things
 * (states, endings, goals, a line's words) that do not exist. Each finding
 * says how to fix it.
 *
 * The loader's own graph checks (`check.ts`) already report unknown targets,
 * an `otherwise` before other branches and states no branch leads to; this
 * file does not repeat them.
 */
import { linePool, OUT_OF_TURNS_LINE } from '../compile.js';
import { cutText } from '../cut-text.js';
import { didYouMean } from '../did-you-mean.js';
import { scriptCommandProblem } from '../script-line.js';
import type { GraphProblem } from './check.js';
import { implies, requiredFlags, unsatisfiable } from './constraint.js';
import type { Domains } from './constraint.js';
import { fieldName } from './field-path.js';
import { buildGraph, reachableFrom } from './graph.js';
import { sayingKey } from './scenario-test.js';
import type { Condition, Saying, Scenario, TestCase, Transition } from './schema.js';
import { CATEGORIES } from './schema.js';

/** One reply branch of one state. */
interface BranchRef {
  state: string;
  index: number;
}

/** Why a branch never fires, when it never does. */
export interface DeadBranch extends BranchRef {
  reason: string;
  /** The flag it needs that nothing sets, when that is the reason. */
  flag?: string;
}

/** Flags some branch or timer sets to true. */
export function flagsEverSet(scenario: Scenario): Set<string> {
  const set = new Set<string>();
  for (const state of Object.values(scenario.states)) {
    for (const effects of [...(state.on ?? []).map((b) => b.set), state.after?.set]) {
      for (const [flag, value] of Object.entries(effects ?? {})) if (value) set.add(flag);
    }
  }
  return set;
}

/** A flag the condition needs in every alternative and nobody sets, if any. */
function missingFlag(condition: Condition | undefined, flags: Set<string>): string | undefined {
  const alternatives = requiredFlags(condition);
  if (!alternatives || alternatives.length === 0) return undefined;
  const missing = alternatives.map((needed) => [...needed].find((f) => !flags.has(f)));
  return missing.every((m) => m !== undefined) ? missing[0] : undefined;
}

type DocPath = (string | number)[];

/** The text of every line a `say` can choose from. */
const textsOf = (say: Saying | undefined): string[] => (say === undefined ? [] : typeof say === 'string' ? [say] : say.map((line) => (typeof line === 'string' ? line : line.text)));

const cut = (text: string) => (text.length > 40 ? `${cutText(text, 39)}…` : text);

/** A run of moods (inclusive) at which a `say` has only one line to choose from, and that line. */
export interface SingleLineBand {
  lo: number;
  hi: number;
  text: string;
}

/**
 * The moods at which a customer answering a reply has only one line to say
 * (after the reply's conditions and the mood filter, as `chooseLine` picks):
 * there, saying the same `say` again repeats it word for word. `holds` says
 * which lines' `when` hold for every such reply (by default none: a reply
 * that meets none of the conditions, which hears the lines without `when`).
 * @example singleLineBands([{ text: 'a', mood: '>=50' }, { text: 'b', mood: '<50' }]) → [{ lo: 0, hi: 49, text: 'b' }, { lo: 50, hi: 100, text: 'a' }]
 */
export function singleLineBands(say: Saying | undefined, holds: (when: Condition) => boolean = () => false): SingleLineBand[] {
  if (say === undefined) return [];
  if (typeof say === 'string') return [{ lo: 0, hi: 100, text: say }];
  const bands: SingleLineBand[] = [];
  for (let mood = 0; mood <= 100; mood++) {
    const texts = new Set(linePool(say, mood, holds).map((line) => line.text));
    const last = bands[bands.length - 1];
    if (texts.size !== 1) continue;
    const [text] = texts as Set<string>;
    if (last && last.hi === mood - 1 && last.text === text) last.hi = mood;
    else bands.push({ lo: mood, hi: mood, text: text! });
  }
  return bands;
}

const WHEN_NOTE = ' (a line with "when" answers only the replies that meet it)';

/** A band of moods in words: "at mood below 30", "at mood 30 and above", "at mood 30–59", "at any mood". */
function moodBand({ lo, hi }: { lo: number; hi: number }): string {
  if (lo === 0 && hi === 100) return 'at any mood';
  if (lo === 0) return `at mood below ${hi + 1}`;
  if (hi === 100) return `at mood ${lo} and above`;
  return lo === hi ? `at mood ${lo}` : `at mood ${lo}–${hi}`;
}

/**
 * Which single lines fit which moods, for a message: `at mood below 30 only one of its lines fits ("…")`,
 * and whether that lasts only until the mood changes.
 */
function bandsText(say: Saying, bands: readonly SingleLineBand[]): { text: string; untilMood: boolean; conditional: boolean } {
  const covered = bands.reduce((n, b) => n + b.hi - b.lo + 1, 0);
  const conditional = Array.isArray(say) && say.some((line) => typeof line !== 'string' && line.when !== undefined);
  if (bands.length === 1) return { text: `${moodBand(bands[0]!)} only one of its lines fits ("${cut(bands[0]!.text)}")`, untilMood: covered < 101, conditional };
  const list = bands.map((b) => `"${cut(b.text)}" ${moodBand(b)}`).join(', ');
  return { text: `${covered === 101 ? 'at every mood' : 'at some moods'} only one of its lines fits (${list})`, untilMood: true, conditional };
}

/** Every condition inside `condition` (itself included, then any/all/not), with its path. */
function subConditions(condition: Condition | undefined, path: DocPath): [Condition, DocPath][] {
  if (!condition) return [];
  const found: [Condition, DocPath][] = [[condition, path]];
  for (const key of ['any', 'all'] as const) condition[key]?.forEach((inner, i) => found.push(...subConditions(inner, [...path, key, i])));
  found.push(...subConditions(condition.not, [...path, 'not']));
  return found;
}

/** The values of a one-or-many key (`notFlag: x` or `notFlag: [x, y]`) with the path of each. */
function listedAt(value: string | string[] | undefined, path: DocPath): [string, DocPath][] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [[value, path]] : value.map((item, i) => [item, [...path, i]]);
}

/** Characters of a regular expression, which a keyword never needs. */
const PATTERN = /[|*+?()[\]{}\\]|^\/.+\/$/;

/**
 * The plain keywords a pattern stands for: `refund(s|ed)?|money back` →
 * refund, refunds, refunded, money back; undefined when it is beyond reading.
 * `wildcard` says a `.*` or `\w+` stood for part of a word, which a keyword cannot.
 */
export function wordsOfPattern(pattern: string): { words: string[]; wildcard: boolean } | undefined {
  let text = pattern.trim().replace(/^\/(.+)\/[a-z]*$/u, '$1');
  const wildcard = /\.[*+?]|\\[wS][*+?]?/u.test(text);
  text = text
    .replace(/\\b|\^|\$/gu, '')
    .replace(/\\s[*+?]?/gu, ' ')
    .replace(/\.[*+?]|\\[wS][*+?]?/gu, '')
    .replace(/\[(.)[^\]]*\]/gu, '$1')
    .replace(/\(\?:/gu, '(');
  // Expand groups from the innermost out: "refund(s|ed)?" → "refunds|refunded|refund".
  let alternatives = [text];
  for (let guard = 0; guard < 10 && alternatives.some((a) => a.includes('(')); guard++) {
    alternatives = alternatives.flatMap((alternative) => {
      const group = /\(([^()]*)\)(\?)?/u.exec(alternative);
      if (!group) return [alternative];
      const head = alternative.slice(0, group.index);
      const tail = alternative.slice(group.index + group[0].length);
      // A group inside a top-level alternative stays inside it.
      const options = [...group[1]!.split('|'), ...(group[2] ? [''] : [])];
      return options.map((option) => `${head}${option}${tail}`);
    });
    if (alternatives.length > 12) return undefined;
  }
  const words = [
    ...new Set(
      alternatives
        .flatMap((a) => a.split('|'))
        .map((word) => word.replace(/\\(.)/gu, '$1').replace(/[?*+]/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (words.length === 0 || words.some((word) => /[|()[\]{}\\]/u.test(word))) return undefined;
  return { words, wildcard };
}

/** How to write a keyword that looks like a pattern as plain words. */
function patternHint(keyword: string): string {
  const plain = wordsOfPattern(keyword);
  if (!plain) return 'write the word or words themselves, one keyword for each alternative: "refunds" already matches "refund"';
  const list = `[${plain.words.join(', ')}]`;
  return plain.wildcard
    ? `write plain words instead, e.g. ${list}, and spell out in full every word a ".*" stood for: a keyword matches whole words ("refunds" matches "refund"), not the start of one`
    : plain.words.length === 1
      ? `write it as plain words: ${plain.words[0]}`
      : `write the alternatives as separate plain keywords: ${list}`;
}

const describeBranch = (index: number, condition: Condition | undefined) =>
  `branch ${index + 1}${condition && Object.keys(condition).length > 0 ? ` (when: ${inline(condition)})` : ''}`;

/** One `say` of a scenario: a state's line, a branch's reaction, or a timer's line, with its path. */
type FoundSaying = { say: Saying; path: DocPath; state: string } & ({ kind: 'state' | 'after' } | { kind: 'reaction'; branch: Transition; index: number });

/** Every `say` in the scenario, in file order. */
function sayings(scenario: Scenario): FoundSaying[] {
  const found: FoundSaying[] = [];
  for (const [name, state] of Object.entries(scenario.states)) {
    if (state.say !== undefined) found.push({ say: state.say, path: ['states', name, 'say'], state: name, kind: 'state' });
    (state.on ?? []).forEach((branch, index) => {
      if (branch.say !== undefined) found.push({ say: branch.say, path: ['states', name, 'on', index, 'say'], state: name, kind: 'reaction', branch, index });
    });
    if (state.after?.say !== undefined) found.push({ say: state.after.say, path: ['states', name, 'after', 'say'], state: name, kind: 'after' });
  }
  return found;
}

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** State names quoted and joined: `"a"`, `"a" and "b"`. */
const quoteList = (names: readonly string[]) => joinAnd(names.map((n) => `"${n}"`));

/** A short one-line rendering of a condition for messages. */
export function inline(condition: Condition): string {
  const text = JSON.stringify(condition).replace(/"([A-Za-z]+)":/g, '$1: ').replace(/,/g, ', ');
  return text.length > 70 ? `${text.slice(0, 67)}…}` : text;
}

/**
 * Every branch that can never fire, with the reason. Branches after an
 * `otherwise` are included (reason mentions it) so the live graph is right,
 * but {@link lintScenario} leaves reporting those to the loader.
 */
export function deadBranches(scenario: Scenario): DeadBranch[] {
  const domains: Domains = { maxTurns: scenario.maxTurns };
  const flags = flagsEverSet(scenario);
  const dead: DeadBranch[] = [];
  for (const [name, state] of Object.entries(scenario.states)) {
    const branches = state.on ?? [];
    branches.forEach((branch, index) => {
      const push = (reason: string) => dead.push({ state: name, index, reason });
      const fallback = branches.findIndex((b, j) => j < index && b.otherwise === true && b.when === undefined);
      if (fallback !== -1) return push(`branch ${fallback + 1} ("otherwise") always matches first`);
      if (branch.otherwise) {
        // An "otherwise" after a branch whose condition always holds is dead too.
        const always = branches.findIndex((b, j) => j < index && !b.otherwise && implies(undefined, b.when, domains));
        if (always !== -1) push(`branch ${always + 1} has an empty condition, which always matches first`);
        return;
      }
      const impossible = unsatisfiable(branch.when, domains);
      if (impossible) return push(`its condition can never hold: ${impossible}`);
      const flag = missingFlag(branch.when, flags);
      if (flag) return dead.push({ state: name, index, reason: `it needs flag "${flag}", which no branch or timer ever sets`, flag });
      for (let j = 0; j < index; j++) {
        const earlier = branches[j]!;
        if (earlier.otherwise || dead.some((d) => d.state === name && d.index === j)) continue;
        if (!implies(branch.when, earlier.when, domains)) continue;
        const same = JSON.stringify(earlier.when) === JSON.stringify(branch.when);
        return push(
          same
            ? `branch ${j + 1} has the same condition and always matches first`
            : Object.keys(earlier.when ?? {}).length === 0
              ? `branch ${j + 1} has an empty condition, which always matches first`
              : `whenever it holds, ${describeBranch(j, earlier.when)} holds too and matches first`,
        );
      }
      return undefined;
    });
  }
  return dead;
}

/** The graph keeping only branches that can fire (and all timers). */
function liveEdges(scenario: Scenario, dead: readonly DeadBranch[]) {
  const graph = buildGraph(scenario.states);
  const isDead = (from: string, via: number | 'after') => via !== 'after' && dead.some((d) => d.state === from && d.index === via);
  return { ...graph, edges: graph.edges.filter((e) => !isDead(e.from, e.via)) };
}

/**
 * Graph and rule findings for a valid scenario, located by document path.
 * @example lintScenario(scenario).map(p => p.message)
 */
export function lintScenario(scenario: Scenario): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const domains: Domains = { maxTurns: scenario.maxTurns };
  const dead = deadBranches(scenario);
  const names = Object.keys(scenario.states);
  const flagsSet = flagsEverSet(scenario);

  // Own categories are fine, but one a letter away from a built-in is a typo that splits the list in the app.
  const category = (CATEGORIES as readonly string[]).includes(scenario.category) ? undefined : didYouMean(scenario.category, CATEGORIES);
  if (category) {
    problems.push({
      path: ['category'],
      severity: 'warning',
      message: `category "${scenario.category}" is not a built-in one, so the app lists this scenario under a heading of its own`,
      hint: category,
    });
  }

  for (const d of dead) {
    if (d.reason.includes('("otherwise") always matches first')) continue; // the loader reports these
    const path = ['states', d.state, 'on', d.index];
    const impossible = d.reason.startsWith('its condition can never hold');
    problems.push({
      path: [...path, 'when'],
      key: true,
      severity: impossible ? 'error' : 'warning',
      message: `branch ${d.index + 1} of state "${d.state}" never fires: ${d.reason}`,
      hint: impossible
        ? 'fix the comparison so some reply can meet it, or remove the branch'
        : d.flag !== undefined
          ? (didYouMean(d.flag, flagsSet) ?? `set it on the branch that should unlock this one (set: { ${d.flag}: true }), or fix its name`)
          : 'move this branch above the earlier one (put stricter conditions first), or remove it',
    });
  }

  // Without a fallback, a reply no branch takes gets no answer: the customer says nothing and waits.
  for (const [name, state] of Object.entries(scenario.states)) {
    const branches = state.on ?? [];
    if (state.end !== undefined || branches.length === 0) continue;
    if (branches.some((b) => b.otherwise === true || implies(undefined, b.when, domains))) continue;
    problems.push({
      path: ['states', name, 'on'],
      key: true,
      severity: 'warning',
      message: `state "${name}" has no "otherwise" branch, so a reply that none of its branches takes gets no answer: the customer says nothing and the conversation stays in "${name}"`,
      hint: 'add "- otherwise: true" as its last branch, with a reaction (say: "…") and a goto, even if the goto is back to the same state',
    });
  }

  // Reachability through branches that can fire. States no branch at all leads to are the loader's.
  const structural = reachableFrom(buildGraph(scenario.states), scenario.start);
  const live = liveEdges(scenario, dead);
  const reachable = reachableFrom(live, scenario.start);
  const endings = names.filter((n) => scenario.states[n]?.end !== undefined);
  const allEdges = buildGraph(scenario.states).edges;
  for (const name of names) {
    if (!structural.has(name) || reachable.has(name) || name === scenario.outOfTurns) continue;
    const state = scenario.states[name]!;
    const into = allEdges.filter((e) => e.to === name && e.from !== name && structural.has(e.from));
    // The branches into it that never fire, each with the finding that says why (an impossible condition is an error).
    const deadOf = (e: (typeof into)[number]) => (e.via === 'after' ? undefined : dead.find((x) => x.state === e.from && x.index === e.via));
    const deadInto = into.flatMap((e) => {
      const d = deadOf(e);
      return d ? [{ state: d.state, index: d.index, error: d.reason.startsWith('its condition can never hold') }] : [];
    });
    // "branch 2 of state "a"", "branches 2 and 4 of state "a"", one entry per state.
    const deadLabels = [...new Set(deadInto.map((d) => d.state))].map((from) => {
      const numbers = deadInto.filter((d) => d.state === from).map((d) => String(d.index + 1));
      return `${numbers.length === 1 ? 'branch' : 'branches'} ${joinAnd(numbers)} of state "${from}"`;
    });
    // Ways in that could fire, from states the conversation never reaches itself.
    const fromUnreached = [...new Set(into.filter((e) => !deadOf(e) && !reachable.has(e.from)).map((e) => e.from))];
    const kind = state.end !== undefined ? `ending "${name}" (${state.end})` : `state "${name}"`;
    const why =
      deadInto.length === 0
        ? `only ${fromUnreached.length === 1 ? 'state' : 'states'} ${quoteList(fromUnreached)}, which ${fromUnreached.length === 1 ? 'is' : 'are'} never reached, ${fromUnreached.length === 1 ? 'leads' : 'lead'} to it`
        : fromUnreached.length === 0
          ? 'every branch leading to it never fires'
          : `every branch leading to it never fires or comes from a state that is never reached (${quoteList(fromUnreached)})`;
    const errors = deadInto.filter((d) => d.error).length;
    const warnings = deadInto.length - errors;
    const findings = [errors > 0 ? (errors === 1 ? 'the error' : 'the errors') : '', warnings > 0 ? (warnings === 1 ? 'the warning' : 'the warnings') : ''].filter(Boolean).join(' and ');
    const fixes = [
      ...(deadInto.length > 0 ? [`${joinAnd(deadLabels)} (see ${findings} about ${deadInto.length === 1 ? 'it' : 'them'})`] : []),
      ...(fromUnreached.length > 0 ? [`the way to ${quoteList(fromUnreached)} (see the ${fromUnreached.length === 1 ? 'warning' : 'warnings'} about ${fromUnreached.length === 1 ? 'it' : 'them'})`] : []),
    ];
    problems.push({
      path: ['states', name],
      key: true,
      severity: 'warning',
      message: `${kind} is never reached: ${why}`,
      hint: `fix ${joinAnd(fixes)}, or remove it`,
    });
  }
  const canEnd = new Set(endings);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of live.edges) {
      if (canEnd.has(e.to) && !canEnd.has(e.from)) {
        canEnd.add(e.from);
        grew = true;
      }
    }
  }
  if (!canEnd.has(scenario.start)) {
    problems.push({
      path: ['start'],
      key: true,
      severity: 'error',
      message: `no ending can be reached from the start state "${scenario.start}" through branches that can fire`,
      hint: 'add a branch that leads towards a state with "end: …", or fix the branches reported above',
    });
  } else {
    const structuralEnd = new Set(endings);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of buildGraph(scenario.states).edges) {
        if (structuralEnd.has(e.to) && !structuralEnd.has(e.from)) {
          structuralEnd.add(e.from);
          grew = true;
        }
      }
    }
    for (const name of names) {
      // A state with no structural way to an ending is already reported by the loader.
      if (!reachable.has(name) || canEnd.has(name) || !structuralEnd.has(name)) continue;
      problems.push({
        path: ['states', name],
        key: true,
        severity: 'warning',
        message: `no ending can be reached from state "${name}": the branches that lead on never fire`,
        hint: 'fix those branches, or add one that leads towards an ending',
      });
    }
  }

  // Goals.
  scenario.goals.forEach((goal, index) => {
    const impossible = unsatisfiable(goal.when, domains);
    const flag = impossible ? undefined : missingFlag(goal.when, flagsSet);
    if (!impossible && !flag) return;
    problems.push({
      path: ['goals', index, 'when'],
      key: true,
      severity: 'error',
      message: `goal "${goal.id}" can never be met: ${impossible ?? `it needs flag "${flag}", which no branch or timer ever sets`}`,
      hint: impossible ? 'loosen its condition so some reply can meet it' : (didYouMean(flag!, flagsSet) ?? `set "${flag}" on the branch that earns it (set: { ${flag}: true }), or fix its name`),
    });
  });

  const checkCondition = (when: Condition | undefined, path: DocPath, what: string) => {
    for (const [condition, at] of subConditions(when, path)) {
      // "notFlag: x" where nothing sets x always holds: usually a typo in the flag's name.
      for (const [flag, flagAt] of listedAt(condition.notFlag, [...at, 'notFlag'])) {
        if (flagsSet.has(flag)) continue;
        problems.push({
          path: flagAt,
          severity: 'warning',
          message: `${what} checks that flag "${flag}" is not set, but no branch or timer ever sets it, so the check always holds`,
          hint: didYouMean(flag, flagsSet) ?? `set it somewhere (set: { ${flag}: true }), or remove the check`,
        });
      }
      // Keywords are words compared after stemming: "money|cash" needs both words, and a pattern matches nothing special.
      for (const [keyword, keywordAt] of listedAt(condition.keywords, [...at, 'keywords'])) {
        if (!PATTERN.test(keyword)) continue;
        problems.push({
          path: keywordAt,
          severity: 'warning',
          message: `${what} has the keyword "${keyword}", which looks like a pattern; keywords are plain words (every word of one must appear), not regular expressions`,
          hint: patternHint(keyword),
        });
      }
    }
  };
  for (const [name, state] of Object.entries(scenario.states)) {
    (state.on ?? []).forEach((branch, index) => checkCondition(branch.when, ['states', name, 'on', index, 'when'], `branch ${index + 1} of state "${name}"`));
  }

  // Lines with a "when": the same checks as a branch's condition, and whether any reply that leads to the line can meet it.
  for (const found of sayings(scenario)) {
    const { say, path, state: name } = found;
    if (!Array.isArray(say)) continue;
    const conditional = say.map((line, i) => ({ line, i })).filter(({ line }) => typeof line !== 'string' && line.when !== undefined);
    if (conditional.length === 0) continue;
    // The replies that lead to this line: the branch it reacts for, or every branch (that can fire) into its state.
    const leading: Condition[] | undefined =
      found.kind === 'after'
        ? undefined
        : found.kind === 'reaction'
          ? [found.branch.when ?? {}]
          : name === scenario.outOfTurns
            ? [{}]
            : Object.entries(scenario.states).flatMap(([from, other]) =>
                // A branch back to its own state with a reaction says that reaction instead of the state's line.
                (other.on ?? []).flatMap((branch, index) =>
                  branch.goto === name && !(from === name && branch.say !== undefined) && !dead.some((d) => d.state === from && d.index === index) ? [branch.when ?? {}] : [],
                ),
              );
    for (const { line, i } of conditional) {
      const when = (line as { when: Condition }).when;
      const at = [...path, i];
      const what = fieldName(at)!;
      const never = (severity: 'error' | 'warning', reason: string, hint: string) =>
        problems.push({ path: [...at, 'when'], key: true, severity, message: `${what} is never said: ${reason}`, hint });
      const impossible = unsatisfiable(when, domains);
      const flag = impossible ? undefined : missingFlag(when, flagsSet);
      if (impossible) never('error', `its condition can never hold: ${impossible}`, 'fix the comparison so some reply can meet it, or remove the line');
      else if (flag) never('warning', `it needs flag "${flag}", which no branch or timer ever sets`, didYouMean(flag, flagsSet) ?? `set it on a branch (set: { ${flag}: true }), or fix its name`);
      else if (leading === undefined) {
        never('warning', 'a line with "when" answers a reply, and a silence is none', 'remove "when", or move the line to the "say" of the branch or state that answers the reply');
      } else if (leading.length === 0) {
        const timer = Object.values(scenario.states).some((other) => other.after?.goto === name);
        const only = name === scenario.start ? ' (it opens the conversation)' : timer ? ' (only a timer does)' : '';
        never(
          'warning',
          `no reply leads to state "${name}"${only}, and a line with "when" needs one`,
          'remove "when": the opening line and the line after a silence have no reply to check',
        );
      } else if (leading.every((condition) => unsatisfiable({ all: [condition, when] }, domains) !== undefined)) {
        never(
          'warning',
          found.kind === 'reaction'
            ? `no reply that takes branch ${found.index + 1} can meet its condition as well`
            : `no reply that leads to state "${name}" can meet its condition as well as the condition of its branch`,
          "loosen the condition, or fix it to fit the branch's",
        );
      }
      checkCondition(when, [...at, 'when'], what);
    }
    // Every line conditional: whatever a reply says (and at the opening or after a silence), one of them is said anyway.
    if (found.kind !== 'after' && conditional.length === say.length) {
      problems.push({
        path,
        key: true,
        severity: 'warning',
        message: `every line of ${fieldName(path)} has a "when", so a reply that meets none of their conditions still gets one of them`,
        hint: `add a line without "when" for every other reply${found.kind === 'state' ? ' (and for the opening line and after a silence, which have no reply to check)' : ''}`,
      });
    }
  }

  // A branch back to its own state says the state's line again; with one line and no reaction, word for word.
  // With lines split by mood, one line alone in a band of moods is repeated word for word until the mood changes.
  for (const [name, state] of Object.entries(scenario.states)) {
    const lines = textsOf(state.say);
    (state.on ?? []).forEach((branch, index) => {
      if (branch.goto !== name || branch.say !== undefined || dead.some((d) => d.state === name && d.index === index)) return;
      // Lines whose "when" holds for every reply that takes this branch are what it hears.
      const bands = singleLineBands(state.say, (when) => implies(branch.when, when, domains));
      if (bands.length === 0) return;
      const one = new Set(lines).size === 1;
      const band = bandsText(state.say!, bands);
      problems.push({
        path: ['states', name, 'on', index, 'goto'],
        severity: 'warning',
        message: one
          ? `branch ${index + 1} of state "${name}" comes back to "${name}" with no "say", so the customer repeats "${cut(lines[0]!)}" word for word`
          : `branch ${index + 1} of state "${name}" comes back to "${name}" with no "say", and ${band.text}, so the customer repeats it word for word${band.untilMood ? ' until the mood changes' : ''}`,
        hint: one
          ? 'give the branch a reaction line (say: "…"), or give the state a second line to vary'
          : `give the branch a reaction line (say: "…"), or give the state a second line for those moods${band.conditional ? WHEN_NOTE : ''}`,
      });
    });
  }
  // A branch back to its own state with a reaction says only that reaction (the state's line is not repeated):
  // with one line, a trainee who makes the same mistake three times hears the same sentence three times in a row;
  // with lines split by mood, the same happens while the mood stays in a band with one line.
  // Variants are never picked twice in a row. A branch that can fire only once (it needs a flag not set and sets
  // it, and nothing clears it) cannot repeat; a branch to another state is followed by that state's line.
  const flagsCleared = new Set(
    Object.values(scenario.states).flatMap((state) =>
      [...(state.on ?? []).map((b) => b.set), state.after?.set].flatMap((effects) => Object.entries(effects ?? {}).filter(([, value]) => !value).map(([flag]) => flag)),
    ),
  );
  for (const [name, state] of Object.entries(scenario.states)) {
    (state.on ?? []).forEach((branch, index) => {
      if (branch.goto !== name || branch.say === undefined || dead.some((d) => d.state === name && d.index === index)) return;
      const lines = textsOf(branch.say);
      const bands = singleLineBands(branch.say, (when) => implies(branch.when, when, domains));
      if (bands.length === 0) return;
      const firesOnce = listedAt(branch.when?.notFlag, []).some(([flag]) => branch.set?.[flag] === true && !flagsCleared.has(flag));
      if (firesOnce) return;
      const one = new Set(lines).size === 1;
      const band = bandsText(branch.say, bands);
      problems.push({
        path: ['states', name, 'on', index, 'say'],
        severity: 'warning',
        message: one
          ? `branch ${index + 1} of state "${name}" loops back to "${name}" and always says the same line, so a trainee who repeats the mistake hears "${cut(lines[0]!)}" every time`
          : `branch ${index + 1} of state "${name}" loops back to "${name}", and ${band.text}, so a trainee who repeats the mistake hears it every time${band.untilMood ? ' until the mood changes' : ''}`,
        hint: one
          ? 'give "say" a list of two or three variants (say: ["…", "…"]) so a repeated mistake does not read as a broken record'
          : `give "say" a second line for those moods${band.conditional ? WHEN_NOTE : ''}, so a repeated mistake does not read as a broken record`,
      });
    });
  }
  // Timers that lead back to where they started ("after: { goto: arrival }" in "arrival", or two states
  // timing out into each other) fire again and again: a customer left waiting never stops and never leaves.
  const reported = new Set<string>();
  for (const start of Object.keys(scenario.states)) {
    const chain: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !chain.includes(at)) {
      chain.push(at);
      at = scenario.states[at]?.after?.goto;
    }
    if (at !== start || chain.some((name) => reported.has(name))) continue;
    for (const name of chain) reported.add(name);
    const seconds = chain.map((name) => scenario.states[name]!.after!.seconds).reduce((a, b) => a + b, 0);
    problems.push({
      path: ['states', start, 'after', 'goto'],
      severity: 'warning',
      message: `the timers of ${[...chain, start].map((name) => `"${name}"`).join(' → ')} go round in a loop: a customer left waiting reacts again every ${seconds} s and the conversation never ends`,
      hint: 'send one of these timers to an ending (goto: walked-out), or leave its goto out so it fires once',
    });
  }

  scenario.goals.forEach((goal, index) => checkCondition(goal.when, ['goals', index, 'when'], `goal "${goal.id}"`));

  problems.push(...lintTests(scenario, scenario.tests ?? [], ['tests']));
  return problems;
}

/**
 * Check that scenario test cases name states, endings and goals that exist.
 * @param at where the cases are in their document (`['tests']`)
 */
export function lintTests(scenario: Scenario, cases: readonly TestCase[], at: (string | number)[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const names = Object.keys(scenario.states);
  const endingKinds = [...new Set([...Object.values(scenario.states).flatMap((s) => (s.end === undefined ? [] : [s.end])), 'lost', 'unfinished'])];
  const goalIds = scenario.goals.map((g) => g.id);
  const allLines = [...sayings(scenario).flatMap((found) => textsOf(found.say)), ...(scenario.outOfTurns === undefined ? [OUT_OF_TURNS_LINE] : [])].map(sayingKey);
  cases.forEach((test, index) => {
    test.replies.forEach((reply, i) => {
      const problem = scriptCommandProblem(reply);
      if (problem === undefined) return;
      problems.push({
        path: [...at, index, 'replies', i],
        severity: 'error',
        message: `test "${test.name}", reply ${i + 1}: "${reply.trim()}" is not a command, so it would be sent to the customer as a reply`,
        hint: problem,
      });
    });
    const expect = [...at, index, 'expect'];
    (test.expect.states ?? []).forEach((state, i) => {
      if (!names.includes(state)) {
        problems.push({
          path: [...expect, 'states', i],
          severity: 'error',
          message: `test "${test.name}" expects state "${state}", but scenario "${scenario.id}" has no such state`,
          hint: didYouMean(state, names) ?? `states are: ${names.join(', ')}`,
        });
      }
    });
    const ending = test.expect.ending;
    if (ending !== undefined && !endingKinds.includes(ending)) {
      // An ending's state name is a common slip for its kind.
      const state = scenario.states[ending];
      const byState = state === undefined ? undefined : (state.end ?? `not an ending; endings are: ${endingKinds.join(', ')}`);
      problems.push({
        path: [...expect, 'ending'],
        severity: 'error',
        message: `test "${test.name}" expects ending "${ending}", which no state of "${scenario.id}" has`,
        hint: byState ? `"${ending}" is a state; ${state?.end === undefined ? byState : `its ending is "${byState}"`}` : (didYouMean(ending, endingKinds) ?? `endings are: ${endingKinds.join(', ')}`),
      });
    }
    // Words no line of the scenario holds: `says` can never pass, `notSays` always does (a typo, or a line since reworded).
    for (const key of ['says', 'notSays'] as const) {
      (test.expect[key] ?? []).forEach((words, i) => {
        if (allLines.some((line) => line.includes(sayingKey(words)))) return;
        problems.push({
          path: [...expect, key, i],
          severity: key === 'says' ? 'error' : 'warning',
          message:
            key === 'says'
              ? `test "${test.name}" expects the customer to say "${words}", but no line of scenario "${scenario.id}" has those words`
              : `test "${test.name}" expects the customer not to say "${words}", but no line of scenario "${scenario.id}" has those words, so the check always passes`,
          hint: 'copy a few words from the line, as the scenario writes them',
        });
      });
    }
    for (const key of ['goals', 'notGoals'] as const) {
      (test.expect[key] ?? []).forEach((goal, i) => {
        if (goalIds.includes(goal)) return;
        problems.push({
          path: [...expect, key, i],
          severity: 'error',
          message: `test "${test.name}" names goal "${goal}", which scenario "${scenario.id}" does not have`,
          hint: didYouMean(goal, goalIds) ?? (goalIds.length ? `goals are: ${goalIds.join(', ')}` : 'the scenario has no goals'),
        });
      });
    }
  });
  return problems;
}
