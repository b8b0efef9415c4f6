/**
 * Rubric examples: replies a trainer pins to a score ("this apology must
 * score at least 60 on empathy"). `rapport validate` runs each through the
 * analysis and reports every miss with the evidence that produced the score,
 * so a trainer sees which rules fired and on which words.
 */
import type { Analyzer } from '../session-types.js';
import type { Analysis, Intent, Skill } from '../types.js';
import { SKILLS } from '../types.js';
import type { GraphProblem } from './check.js';
import { compare } from './condition.js';
import type { Example, Scenario } from './schema.js';

/** One example's outcome. */
export interface ExampleResult {
  index: number;
  example: Example;
  analysis: Analysis;
  /** One line per unmet expectation; empty when the example passes. */
  misses: string[];
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The evidence behind a skill score, as `rule "span" ±points` items. */
export function evidenceFor(analysis: Analysis, skill: Skill | null): string {
  const items = analysis.evidence
    .filter((e) => (skill === null ? e.intent !== undefined : e.skill === skill))
    .map((e) => `${e.rule} "${e.text}"${skill === null ? ` → ${e.intent}` : ` ${e.points >= 0 ? '+' : ''}${e.points}`}`);
  return items.length > 0 ? items.join(', ') : 'no rule matched';
}

/** Run a scenario's rubric examples through `analyze`. */
export function runExamples(scenario: Scenario, analyze: Analyzer): ExampleResult[] {
  return (scenario.examples ?? []).map((example, index) => {
    const analysis = analyze(example.reply, example.customer ? { customer: example.customer } : {});
    const misses: string[] = [];
    for (const skill of SKILLS) {
      const expected = example[skill];
      if (expected === undefined) continue;
      const actual = analysis.scores[skill];
      if (!compare(actual, expected)) {
        misses.push(`${skill} is ${actual}, expected ${typeof expected === 'number' ? `>=${expected}` : expected.trim()} (evidence: ${evidenceFor(analysis, skill)})`);
      }
    }
    const found = new Set<Intent>(analysis.intents);
    const wanted = asList(example.intent);
    if (wanted.length > 0 && !wanted.some((i) => found.has(i))) {
      misses.push(`intent ${wanted.map((i) => `"${i}"`).join(' or ')} not found (found: ${analysis.intents.join(', ') || 'none'}; evidence: ${evidenceFor(analysis, null)})`);
    }
    const unwanted = asList(example.notIntent).filter((i) => found.has(i));
    if (unwanted.length > 0) {
      misses.push(`intent ${unwanted.map((i) => `"${i}"`).join(', ')} found but not wanted (evidence: ${evidenceFor(analysis, null)})`);
    }
    return { index, example, analysis, misses };
  });
}

/** Each missed rubric example as an error located at the example. */
export function checkExamples(scenario: Scenario, analyze: Analyzer): GraphProblem[] {
  return runExamples(scenario, analyze)
    .filter((r) => r.misses.length > 0)
    .map((r) => ({
      path: ['examples', r.index, 'reply'],
      severity: 'error' as const,
      message: `rubric example ${r.index + 1} ${JSON.stringify(shorten(r.example.reply))} misses: ${r.misses.join('; ')}`,
      hint: 'reword the example, adjust its threshold, or report the analysis if it is wrong',
    }));
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
