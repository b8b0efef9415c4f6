import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDrillText, looksLikeDrill } from '../../src/core/drill/load.js';
import { formatProblem } from '../../src/core/problem.js';
import { DRILL_FILE } from './helpers.js';

const IDS = ['irate-double-charge', 'presales-budget-fit', 'ethics-cheaper-elsewhere'];
const problems = (text: string, ids: string[] | null = IDS) =>
  loadDrillText(text, 'd.yaml', ids ? { scenarioIds: ids } : {}).problems.map(formatProblem);

const VALID = `id: week-1
title: Week one
scenarios: [irate-double-charge, presales-budget-fit]
seed: 7
pass: { overall: 60 }
`;

describe('drill files', () => {
  it('the built-in drill validates against the built-in scenarios with no problems', () => {
    const result = loadDrillText(readFileSync(DRILL_FILE, 'utf8'), DRILL_FILE, { scenarioIds: IDS });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.drill?.scenarios).toEqual(IDS);
    expect(result.drill?.mode).toBe('exam');
    expect(result.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('a minimal drill gets its defaults; the version is a content hash', () => {
    const a = loadDrillText(VALID, 'a.yaml');
    expect(a.drill).toMatchObject({ id: 'week-1', mode: 'exam', seed: 7, pass: { overall: 60 } });
    expect(a.drill?.replyTimeLimit).toBeUndefined();
    expect(loadDrillText(VALID, 'b.yaml').version).toBe(a.version);
    expect(loadDrillText(VALID.replace('seed: 7', 'seed: 8'), 'c.yaml').version).not.toBe(a.version);
  });

  it.each([
    ['a misspelled key', VALID.replace('seed:', 'sed:'), 'd.yaml:4:1: unknown key "sed" in the drill (did you mean "seed"?)'],
    ['an unknown scenario', VALID.replace('presales-budget-fit]', 'presales-budgit-fit]'), 'd.yaml:3:34: no scenario "presales-budgit-fit" (did you mean "presales-budget-fit"?)'],
    ['a scenario twice', VALID.replace('presales-budget-fit]', 'irate-double-charge]'), 'd.yaml:3:34: scenario "irate-double-charge" is listed twice (also entry 1)'],
    ['a wrong type', VALID.replace('seed: 7', 'seed: seven'), 'd.yaml:4:7: "seed" should be a number, found the text "seven"'],
    ['a mark above 100', VALID.replace('overall: 60', 'overall: 160'), 'd.yaml:5:18: "pass.overall" should be at most 100, found 160'],
    ['a coach-mode drill', `${VALID}mode: coach\n`, 'd.yaml:6:7: "mode" must be "exam"'],
    ['a negative time limit', `${VALID}replyTimeLimit: -5\n`, 'd.yaml:6:17: "replyTimeLimit" should be'],
    ['a missing field', VALID.replace('title: Week one\n', ''), 'd.yaml:1:1: missing required field "title"'],
    ['a misspelled pass-mark key', VALID.replace('{ overall: 60 }', '{ overall: 60, empaty: 50 }'), 'd.yaml:5:22: unknown key "empaty" in "pass" (did you mean "empathy"?)'],
    ['an empty file', '', 'd.yaml:1:1: file is empty (a drill needs id, title, scenarios, seed and pass)'],
    ['a YAML syntax error', 'id: [unclosed\n', 'd.yaml:1:5: this "[" is never closed with "]"'],
    ['a list instead of a mapping', '- a\n- b\n', 'd.yaml:1:1: expected a mapping of drill fields, found a list'],
  ])('%s is a located error', (_, text, expected) => {
    const found = problems(text);
    expect(found.some((line) => line.startsWith(expected)), `${expected}\nin\n${found.join('\n')}`).toBe(true);
  });

  it.each([
    ['a coach-mode drill', `${VALID}mode: coach\n`, 'd.yaml:6:7: "mode" must be "exam" (drills always run in exam mode: write mode: exam, or leave the line out)'],
    ['a skill mark above 100', VALID.replace('{ overall: 60 }', '{ overall: 60, empathy: 140 }'), 'd.yaml:5:31: "pass.empathy" should be at most 100, found 140 (a mark from 0 to 100: the mean empathy score must reach it, e.g. empathy: 40)'],
    ['a mark as a percentage', VALID.replace('{ overall: 60 }', '{ overall: "60%" }'), 'd.yaml:5:18: "pass.overall" should be a number, found the text "60%" (a mark from 0 to 100: the mean session score must reach it, e.g. overall: 55)'],
    ['a negative seed', VALID.replace('seed: 7', 'seed: -7'), 'd.yaml:4:7: "seed" should be at least 0, found -7 (a whole number from 0 to 4294967295, e.g. seed: 20240501)'],
    ['a time limit of hours', `${VALID}replyTimeLimit: 9000\n`, 'd.yaml:6:17: "replyTimeLimit" should be at most 3600, found 9000 (seconds per reply, above 0 and at most 3600, e.g. replyTimeLimit: 120)'],
  ])('%s says how to fix it (it gave no hint)', (_, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('a misspelt required key is one located error with its did-you-mean, not also a missing field', () => {
    expect(problems(VALID.replace('scenarios:', 'scenaros:'))).toEqual(['d.yaml:3:1: unknown key "scenaros" in the drill (did you mean "scenarios"?)']);
    expect(problems(VALID.replace('{ overall: 60 }', '{ overal: 60 }'))).toEqual(['d.yaml:5:9: unknown key "overal" in "pass" (did you mean "overall"?)']);
    expect(problems(VALID.replace('seed:', 'sed:').replace('title:', 'titel:'))).toEqual([
      'd.yaml:2:1: unknown key "titel" in the drill (did you mean "title"?)',
      'd.yaml:4:1: unknown key "sed" in the drill (did you mean "seed"?)',
    ]);
  });

  it('without known scenario ids, any well-formed id is accepted', () => {
    expect(problems(VALID.replace('presales-budget-fit]', 'not-yet-written]'), null)).toEqual([]);
  });

  it('tells drills from scenarios by their top-level keys', () => {
    expect(looksLikeDrill(VALID)).toBe(true);
    expect(looksLikeDrill(readFileSync(DRILL_FILE, 'utf8'))).toBe(true);
    expect(looksLikeDrill('id: x\nstart: a\nstates:\n  a: { end: resolved }\n')).toBe(false);
    // A misspelt "scenarios:" is still a drill (with the drill's error), and a misspelt scenario key still a scenario.
    expect(looksLikeDrill(VALID.replace('scenarios:', 'scenaros:'))).toBe(true);
    expect(looksLikeDrill('id: x\ncategory: pre-sales\npersona: { name: A }\nstrat: a\nstaets:\n  a: { end: resolved }\n')).toBe(false);
  });
});

describe('schema/drill.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', async () => {
    const { drillJsonSchemaText } = await import('../../src/core/drill/json-schema.js');
    expect(readFileSync('schema/drill.schema.json', 'utf8')).toBe(drillJsonSchemaText());
    const schema = JSON.parse(drillJsonSchemaText()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'scenarios', 'seed', 'pass']));
    expect(schema.additionalProperties).toBe(false);
  });
});
