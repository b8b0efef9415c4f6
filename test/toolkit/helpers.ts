/** Small scenario texts for toolkit tests: a header plus the states (and extras) a test needs. */
import { analyze } from '../../src/core/analyze.js';
import { formatLabelledProblem } from '../../src/core/problem.js';
import { validateScenarioText } from '../../src/core/scenario/validate.js';

/** A scenario file with the given `states:` body (indented two spaces) and optional top-level extras. */
export function scenarioText(states: string, extra = ''): string {
  return `id: fixture
title: Fixture
category: irate-customer
difficulty: 1
persona: { name: Sam, mood: 40, situation: "A test." }
maxTurns: 8
${extra}start: opening
states:
${states}`;
}

/** Every problem as `path:line:col: …` lines, with the real analyzer for rubric examples. */
export function problemsOf(text: string): string[] {
  return validateScenarioText(text, 'x.yaml', { analyze }).problems.map(formatLabelledProblem);
}

/** The standard endings block. */
export const ENDINGS = `  resolved: { end: resolved, say: "Thanks." }
  lost: { end: lost, say: "Bye." }
`;
