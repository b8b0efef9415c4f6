/**
 * Load a drill from YAML text with the same located-problem machinery as
 * scenarios (`path:line:col: message`, "did you mean", bounded aliases).
 */
import { closest, didYouMean } from '../did-you-mean.js';
import type { Problem } from '../problem.js';
import type { GraphProblem } from '../scenario/check.js';
import { loadYamlText } from '../scenario/load.js';
import { allowedKeysAt } from '../scenario/schema.js';
import type { DocumentSpec } from '../scenario/load.js';
import type { Drill } from './schema.js';
import { allowedDrillKeysAt, DrillSchema, MAX_DRILL_SEED } from './schema.js';

/** What {@link loadDrillText} returns. */
export interface DrillLoadResult {
  /** Present only when there are no errors. */
  drill?: Drill;
  /** First 12 hex digits of the SHA-256 of the text: submissions record it. */
  version: string;
  problems: Problem[];
}

/** Options for {@link loadDrillText}. */
export interface DrillLoadOptions {
  /**
   * The scenario ids that exist. When given, a drill naming another id is an
   * error at that entry, with a "did you mean".
   */
  scenarioIds?: readonly string[];
}

function drillChecks(scenarioIds: readonly string[] | undefined) {
  return (data: unknown): GraphProblem[] => {
    const problems: GraphProblem[] = [];
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return problems;
    const list = (data as Record<string, unknown>).scenarios;
    if (!Array.isArray(list)) return problems;
    const seen = new Map<string, number>();
    list.forEach((entry, index) => {
      if (typeof entry !== 'string') return;
      const first = seen.get(entry);
      if (first !== undefined) {
        problems.push({
          path: ['scenarios', index],
          severity: 'error',
          message: `scenario "${entry}" is listed twice (also entry ${first + 1})`,
          hint: 'each scenario appears once in a drill; a script file per scenario is named after its id',
        });
        return;
      }
      seen.set(entry, index);
      if (scenarioIds && !scenarioIds.includes(entry)) {
        problems.push({
          path: ['scenarios', index],
          severity: 'error',
          message: `no scenario "${entry}"`,
          hint: didYouMean(entry, scenarioIds) ?? `scenarios are: ${scenarioIds.join(', ')}`,
        });
      }
    });
    return problems;
  };
}

/**
 * What a drill field looks like when it is right, for the hint of an error
 * about it (`"pass.empathy" should be at most 100, found 140 (a mark from 0
 * to 100, e.g. empathy: 40)`). The examples match docs/drills.md.
 * @example drillFieldExample(['pass', 'empathy']) → 'a mark from 0 to 100: the mean empathy score must reach it, e.g. empathy: 40'
 */
export function drillFieldExample(path: readonly (string | number)[]): string | undefined {
  const key = path[path.length - 1];
  if (path[0] === 'pass' && path.length === 2 && typeof key === 'string') {
    return key === 'overall'
      ? 'a mark from 0 to 100: the mean session score must reach it, e.g. overall: 55'
      : `a mark from 0 to 100: the mean ${key === 'followThrough' ? 'follow-through' : key === 'positivity' ? 'positive-language' : key} score must reach it, e.g. ${key}: 40`;
  }
  if (path.length !== 1) return path[0] === 'scenarios' ? 'a scenario id, e.g. - irate-double-charge' : undefined;
  switch (key) {
    case 'id':
      return 'id: onboarding-week-1';
    case 'title':
      return 'title: Onboarding, week 1';
    case 'scenarios':
      return 'scenarios: [irate-double-charge, presales-budget-fit]';
    case 'seed':
      return `a whole number from 0 to ${MAX_DRILL_SEED}, e.g. seed: 20240501`;
    case 'mode':
      return 'drills always run in exam mode: write mode: exam, or leave the line out';
    case 'replyTimeLimit':
      return 'seconds per reply, above 0 and at most 3600, e.g. replyTimeLimit: 120';
    case 'pass':
      return 'pass: { overall: 55, empathy: 40 }';
    default:
      return undefined;
  }
}

/** A problem zod words without a hint gets the field's example (the schema-issue wording gives none for a fixed value such as `mode`). */
function withExample(problem: Problem): Problem {
  if (problem.hint !== undefined || problem.severity !== 'error') return problem;
  return /^"mode" must be "exam"$/.test(problem.message) ? { ...problem, hint: drillFieldExample(['mode']) } : problem;
}

/**
 * Parse and validate drill YAML.
 * @example const { drill, problems } = loadDrillText(text, 'scenarios/drills/onboarding-week-1.yaml', { scenarioIds });
 */
export function loadDrillText(text: string, path: string, options: DrillLoadOptions = {}): DrillLoadResult {
  const spec: DocumentSpec<Drill> = {
    noun: 'drill',
    schema: DrillSchema,
    allowedKeysAt: allowedDrillKeysAt,
    emptyHint: 'a drill needs id, title, scenarios, seed and pass',
    startHint: 'start with "id: my-drill" on the first line',
    check: drillChecks(options.scenarioIds),
    example: drillFieldExample,
  };
  const loaded = loadYamlText(text, path, spec);
  const { value, version } = loaded;
  const problems = loaded.problems.map(withExample);
  return value ? { drill: value, version, problems } : { version, problems };
}

/**
 * True when YAML text looks like a drill rather than a scenario, so
 * `rapport validate` can check either. It weighs the top-level keys, read
 * through "did you mean" so that a misspelt `scenaros:` still counts for a
 * drill (and gets the drill's own error, not a pile of scenario ones).
 * @example looksLikeDrill('id: w\nscenaros: [a]\nseed: 1\n') → true
 */
export function looksLikeDrill(text: string): boolean {
  const drillKeys = allowedDrillKeysAt([]);
  const drillOnly = drillKeys.filter((key) => !SCENARIO_KEYS.includes(key));
  const scenarioOnly = SCENARIO_KEYS.filter((key) => !drillKeys.includes(key));
  let lean = 0;
  for (const [, key = ''] of text.matchAll(/^([A-Za-z$][\w$-]*)\s*:/gm)) {
    // Keys both formats have (id, title, description) say nothing.
    if (drillKeys.includes(key) && SCENARIO_KEYS.includes(key)) continue;
    const meant = closest(key, [...drillOnly, ...scenarioOnly]);
    if (meant === undefined) continue;
    // `states:` makes it a scenario outright; every other key is one vote.
    if (key === 'states') return false;
    lean += drillOnly.includes(meant) ? 1 : -1;
  }
  return lean > 0;
}

const SCENARIO_KEYS = allowedKeysAt([]);
