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
import { allowedDrillKeysAt, DrillSchema } from './schema.js';

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
  };
  const { value, version, problems } = loadYamlText(text, path, spec);
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
