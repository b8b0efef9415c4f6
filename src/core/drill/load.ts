/**
 * Load a drill from YAML text with the same located-problem machinery as
 * scenarios (`path:line:col: message`, "did you mean", bounded aliases).
 */
import { didYouMean } from '../did-you-mean.js';
import type { Problem } from '../problem.js';
import type { GraphProblem } from '../scenario/check.js';
import { loadYamlText } from '../scenario/load.js';
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
 * True when YAML text looks like a drill rather than a scenario (a top-level
 * `scenarios:` list and no `states:`), so `rapport validate` can check either.
 */
export function looksLikeDrill(text: string): boolean {
  return /^scenarios\s*:/m.test(text) && !/^states\s*:/m.test(text);
}
