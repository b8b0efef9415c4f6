import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { runExamples } from '../../src/core/scenario/examples.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { ENDINGS, problemsOf, scenarioText } from './helpers.js';

const states = `  opening:
    on:
      - { when: { intent: apology }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`;

describe('rubric examples', () => {
  it('each miss is reported at the example, with the rule ids and spans behind the score', () => {
    const text = scenarioText(
      states,
      `examples:
  - { reply: "I'm so sorry about the wait, that sounds really frustrating.", empathy: ">=50", intent: apology }
  - { reply: "I'm so sorry about the wait.", empathy: "<20" }
  - { reply: "Calm down, that's not my problem.", empathy: ">=60", notIntent: dismissal }
`,
    );
    const problems = problemsOf(text);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^x\.yaml:9:14: error: rubric example 2 "I'm so sorry about the wait\." misses: empathy is \d+, expected <20 \(evidence: empathy\.[a-z-]+ "I'm so sorry" \+\d+/);
    expect(problems[1]).toMatch(/^x\.yaml:10:14: error: rubric example 3 "Calm down, that's not my problem\." misses: empathy is \d+, expected >=60 \(evidence: [^)]*"Calm down"/);
    expect(problems[1]).toMatch(/intent "dismissal" found but not wanted \(evidence: [a-z]+\.[a-z-]+ "[^"]+" → dismissal/);
  });

  it('passing examples produce no problems, and runExamples gives the analysis of each', () => {
    const text = scenarioText(states, `examples:\n  - { reply: "Thank you so much for your patience.", positivity: ">=55", intent: gratitude }\n`);
    expect(problemsOf(text)).toEqual([]);
    const scenario = loadScenarioText(text, 'x.yaml').scenario!;
    const [result] = runExamples(scenario, analyze);
    expect(result?.misses).toEqual([]);
    expect(result?.analysis.intents).toContain('gratitude');
  });

  it('an example with no expectation is a schema error', () => {
    const text = scenarioText(states, `examples:\n  - { reply: "Hello." }\n`);
    expect(problemsOf(text)).toEqual([
      'x.yaml:8:5: error: rubric example 1: an example needs at least one expectation: empathy, positivity, followThrough, intent or notIntent (e.g. - { reply: "I\'m so sorry about the wait.", empathy: ">=50" })',
    ]);
  });
});
