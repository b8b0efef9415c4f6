import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { describeCondition, formatPath, shortestPaths } from '../../src/core/scenario/paths.js';
import type { Condition } from '../../src/core/scenario/schema.js';
import { ENDINGS, scenarioText } from './helpers.js';

describe('describeCondition: what kind of reply a branch needs', () => {
  const table: [Condition | undefined, string][] = [
    [undefined, 'any reply'],
    [{}, 'any reply'],
    [{ intent: 'apology' }, 'an apology'],
    [{ intent: ['apology', 'empathy-statement', 'reflection'] }, "an apology, an empathy statement or reflecting the customer's words"],
    [{ empathy: '>=60' }, 'empathy ≥ 60'],
    [{ followThrough: 70 }, 'follow-through ≥ 70'],
    [{ specific: true }, 'a specific commitment (who does what, by when)'],
    [{ intent: 'commitment', specific: true }, 'a commitment, with a specific commitment (who does what, by when)'],
    [{ keywords: ['refund', 'money back'] }, 'mentioning "refund" or "money back"'],
    [{ intent: 'question', notIntent: ['blame', 'sarcasm'] }, 'a question, without blame or sarcasm'],
    [{ mood: '<30' }, 'while mood is < 30'],
    [{ flag: 'calmed' }, 'once "calmed" is set'],
    [{ any: [{ intent: 'apology' }, { empathy: '>=65' }] }, 'either (an apology) or (empathy ≥ 65)'],
    [{ not: { intent: 'blame' } }, 'not (blame)'],
  ];
  it.each(table)('%j → %s', (condition, text) => {
    expect(describeCondition(condition)).toBe(text);
  });
});

describe('shortestPaths', () => {
  it('finds the fewest steps to each ending, through timers and mood, and skips impossible branches', () => {
    const scenario = loadScenarioText(
      scenarioText(`  opening:
    after: { seconds: 30, mood: -30, goto: cold }
    on:
      - { when: { intent: apology }, mood: +30, goto: warm, note: saying sorry }
      - { otherwise: true, goto: opening }
  warm:
    on:
      - { when: { mood: ">=60", specific: true }, goto: resolved }
      - { otherwise: true, goto: warm }
  cold:
    on:
      - { when: { mood: ">=90" }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`),
      'x.yaml',
    ).scenario!;
    const paths = shortestPaths(scenario);
    expect(paths.map((p) => [p.ending, p.steps?.map((s) => `${s.from}>${s.to}`)])).toEqual([
      ['resolved', ['opening>warm', 'warm>resolved']],
      ['lost', ['opening>cold', 'cold>lost']],
    ]);
    expect(formatPath(paths[0]!)).toEqual([
      'resolved: 2 replies',
      '  opening → warm   an apology — saying sorry',
      '  warm → resolved  a specific commitment (who does what, by when), while mood is ≥ 60',
    ]);
    expect(formatPath(paths[1]!)[0]).toBe('lost: 1 reply and 1 silence');
  });

  it('says when an ending cannot be reached', () => {
    const scenario = loadScenarioText(
      scenarioText(`  opening:
    on:
      - { when: { mood: ">=95" }, goto: resolved }
      - { otherwise: true, goto: lost }
${ENDINGS}`),
      'x.yaml',
    ).scenario!;
    const [resolved] = shortestPaths(scenario);
    expect(resolved?.steps).toBeNull();
    expect(formatPath(resolved!)[0]).toMatch(/^resolved: not reachable — /);
  });

  it('reaches the outOfTurns ending by running out of replies (it said "not reachable")', () => {
    const scenario = loadScenarioText(
      scenarioText(
        `  opening:
    on:
      - { when: { specific: true }, goto: resolved }
      - { otherwise: true, say: "And?", goto: opening }
${ENDINGS}  gave-up: { end: lost, say: "I give up." }
`,
        'maxTurns: 3\noutOfTurns: gave-up\n',
      ).replace('maxTurns: 8\n', ''),
      'x.yaml',
    ).scenario!;
    const gaveUp = shortestPaths(scenario).find((p) => p.ending === 'gave-up')!;
    expect(formatPath(gaveUp)).toEqual([
      'gave-up (lost): 3 replies',
      '  opening → opening  any other reply',
      '  opening → opening  any other reply',
      '  opening → gave-up  any reply that does not end it, as reply 3 of 3 (maxTurns): the customer runs out of patience',
    ]);
  });

  const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'));
  it.each(files)('%s: a path to every ending, chained from the start', (file) => {
    const scenario = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file).scenario!;
    const endings = Object.keys(scenario.states).filter((s) => scenario.states[s]?.end !== undefined);
    const paths = shortestPaths(scenario);
    expect(paths.map((p) => p.ending)).toEqual(endings);
    for (const p of paths) {
      expect(p.steps, p.ending).not.toBeNull();
      const steps = p.steps!;
      expect(steps[0]?.from).toBe(scenario.start);
      expect(steps[steps.length - 1]?.to).toBe(p.ending);
      for (let i = 1; i < steps.length; i++) expect(steps[i]?.from).toBe(steps[i - 1]?.to);
      for (const step of steps) expect(step.needs.length).toBeGreaterThan(0);
    }
  });
});
