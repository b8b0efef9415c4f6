/**
 * Scenario tests: a trainer's scripted conversations with what must come of
 * them (states visited in order, ending, score band, goals met, what the
 * customer says and does not say). Pure: the
 * analyzer is passed in; the CLI finds the files and prints the reports.
 */
import { parseScript, createSession } from '../session.js';
import type { Analyzer, SessionResult } from '../session-types.js';
import type { Scenario, ScoreBand, TestCase } from './schema.js';

/** What actually happened when a case's replies were played. */
export interface ActualConversation {
  /** States in the order they were entered, consecutive repeats collapsed. */
  states: string[];
  ending: string;
  score: number;
  goalsMet: string[];
  /** Every line the customer said, in order (the opening, reactions, lines after a silence). */
  said: string[];
  /** The conversation as readable lines (customer, trainee, silences, state changes). */
  transcript: string[];
}

/** One case's outcome. */
export interface TestCaseResult {
  name: string;
  passed: boolean;
  /** One line per unmet expectation. */
  failures: string[];
  actual: ActualConversation;
  /** A readable expected-vs-actual report; empty when the case passed. */
  diff: string[];
}

/** A score band as text: "60–100", "≥ 60", "≤ 40". */
export function formatBand(band: ScoreBand): string {
  if (band.min !== undefined && band.max !== undefined) return `${band.min}–${band.max}`;
  if (band.min !== undefined) return `≥ ${band.min}`;
  if (band.max !== undefined) return `≤ ${band.max}`;
  return 'any';
}

/** True when `expected` appears in `actual` in order (other states may come between). */
export function isSubsequence(expected: readonly string[], actual: readonly string[]): boolean {
  let i = 0;
  for (const state of actual) if (i < expected.length && state === expected[i]) i++;
  return i === expected.length;
}

/**
 * A line diff of the expected states against the visited ones, built on the
 * longest common subsequence: `  x` both, `- x` expected but not visited
 * there, `+ x` visited but not expected (fine unless a `-` line is near).
 */
export function diffStates(expected: readonly string[], actual: readonly string[]): string[] {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      lines.push(`  ${expected[i]}`);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      lines.push(`+ ${actual[j]}`);
      j++;
    } else {
      lines.push(`- ${expected[i]}`);
      i++;
    }
  }
  return lines;
}

/** Text as `says` and `notSays` compare it: capitals, spacing and curly apostrophes aside. */
export const sayingKey = (text: string): string => text.replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Where each of `expected` is found in `lines` in order (each after the one before it: later in the same
 * line, or in a later line), up to the first not found: the index of its line, or -1.
 * @example findSaid(['move up later', 'get started'], ['… I can move up later. So how do I get started?']) → [0, 0]
 */
export function findSaid(expected: readonly string[], lines: readonly string[]): number[] {
  const keys = lines.map(sayingKey);
  const found: number[] = [];
  let line = 0;
  let from = 0;
  for (const words of expected) {
    const wanted = sayingKey(words);
    let at = -1;
    for (let i = line; i < keys.length && at === -1; i++) {
      const offset = keys[i]!.indexOf(wanted, i === line ? from : 0);
      if (offset !== -1) {
        at = i;
        line = i;
        from = offset + wanted.length;
      }
    }
    found.push(at);
    if (at === -1) break;
  }
  return found;
}

/** Play one case's replies and record what happened. */
export function playCase(scenario: Scenario, test: TestCase, analyze: Analyzer): { actual: ActualConversation; result: SessionResult } {
  const session = createSession(scenario, { seed: test.seed ?? 1, analyze });
  const transcript = session.opening.map((line) => `customer (${session.state}): ${line}`);
  const said = [...session.opening];
  for (const step of parseScript(test.replies)) {
    if (session.done) {
      transcript.push(`(the conversation had already ended; left over: ${JSON.stringify(step.kind === 'reply' ? step.text : `/wait ${step.seconds}`)})`);
      continue;
    }
    if (step.kind === 'wait') {
      const before = session.state;
      const entered = session.visited.length;
      const lines = session.wait(step.seconds);
      said.push(...lines);
      transcript.push(`… ${step.seconds} s of silence`);
      // One silence can run through several timers: name every state it passed through.
      const passed = session.visited.slice(entered);
      for (const line of lines) transcript.push(`customer (${passed.length > 0 ? '' : `${before}, `}impatient): ${line}`);
      if (passed.length > 0) transcript.push(`  ${before} → ${passed.join(' → ')} (timer${passed.length > 1 ? 's' : ''})`);
      continue;
    }
    const turn = session.reply(step.text);
    transcript.push(`trainee: ${step.text}`);
    const intents = turn.analysis.intents.length ? turn.analysis.intents.join(', ') : 'no intents';
    const { empathy, positivity, followThrough } = turn.analysis.scores;
    transcript.push(
      `  [${intents}; empathy ${empathy}, positivity ${positivity}, follow-through ${followThrough}] ${turn.stateBefore} → ${turn.state}, mood ${turn.mood - turn.moodDelta} → ${turn.mood}`,
    );
    for (const line of turn.customer) transcript.push(`customer (${turn.state}): ${line}`);
    said.push(...turn.customer);
  }
  const result = session.result();
  transcript.push(`ending: ${result.ending}, score ${result.score}`);
  return {
    actual: { states: [...session.visited], ending: result.ending, score: result.score, goalsMet: result.goals.filter((g) => g.met).map((g) => g.id), said, transcript },
    result,
  };
}

/**
 * Run one scenario test case.
 * @example runTestCase(scenario, { name: 'apology', replies: ["I'm so sorry."], expect: { ending: 'resolved' } }, analyze).passed
 */
export function runTestCase(scenario: Scenario, test: TestCase, analyze: Analyzer): TestCaseResult {
  const { actual } = playCase(scenario, test, analyze);
  const { expect } = test;
  const failures: string[] = [];
  const diff: string[] = [];
  if (expect.states && !isSubsequence(expect.states, actual.states)) {
    failures.push(`states: expected to pass through ${expect.states.join(' → ')} in that order`);
    diff.push('states (- expected, not visited in this order; + visited):', ...diffStates(expect.states, actual.states).map((l) => `  ${l}`));
  }
  if (expect.ending !== undefined && expect.ending !== actual.ending) {
    failures.push(`ending: expected ${expect.ending}, got ${actual.ending}`);
    diff.push(`ending:`, `  - ${expect.ending}`, `  + ${actual.ending}`);
  }
  if (expect.score && ((expect.score.min !== undefined && actual.score < expect.score.min) || (expect.score.max !== undefined && actual.score > expect.score.max))) {
    failures.push(`score: expected ${formatBand(expect.score)}, got ${actual.score}`);
    diff.push(`score:`, `  - ${formatBand(expect.score)}`, `  + ${actual.score}`);
  }
  const missing = (expect.goals ?? []).filter((g) => !actual.goalsMet.includes(g));
  const unwanted = (expect.notGoals ?? []).filter((g) => actual.goalsMet.includes(g));
  if (missing.length > 0) failures.push(`goals: expected ${missing.join(', ')} to be met`);
  if (unwanted.length > 0) failures.push(`goals: expected ${unwanted.join(', ')} not to be met`);
  if (missing.length > 0 || unwanted.length > 0) {
    diff.push(`goals met:`, ...missing.map((g) => `  - ${g}`), ...unwanted.map((g) => `  + ${g} (should not be met)`), `  (met: ${actual.goalsMet.join(', ') || 'none'})`);
  }
  if (expect.says) {
    const found = findSaid(expect.says, actual.said);
    const missed = found.indexOf(-1);
    if (missed !== -1) {
      const words = expect.says[missed]!;
      const after = missed > 0 ? ` after "${expect.says[missed - 1]}"` : '';
      failures.push(`says: expected the customer to say "${words}"${after}`);
      diff.push(
        'customer says (- expected, not said in this order):',
        ...expect.says.slice(0, missed).map((w, i) => `    "${w}" (customer line ${found[i]! + 1})`),
        `  - "${words}"`,
      );
    }
  }
  const unsaid = (expect.notSays ?? []).flatMap((words) => actual.said.filter((line) => sayingKey(line).includes(sayingKey(words))).slice(0, 1).map((line) => ({ words, line })));
  if (unsaid.length > 0) {
    failures.push(...unsaid.map(({ words }) => `notSays: expected the customer not to say "${words}"`));
    diff.push('customer said (should not have):', ...unsaid.map(({ words, line }) => `  + "${words}" in "${line}"`));
  }
  if (failures.length > 0) diff.push('conversation:', ...actual.transcript.map((l) => `  ${l}`));
  return { name: test.name, passed: failures.length === 0, failures, actual, diff };
}

/** Run every case; results in the same order. */
export function runScenarioTests(scenario: Scenario, cases: readonly TestCase[], analyze: Analyzer): TestCaseResult[] {
  return cases.map((test) => runTestCase(scenario, test, analyze));
}
