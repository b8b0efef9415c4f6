/**
 * Turning the `<drill>` argument (an id or a .yaml path) into a valid drill
 * with its scenarios loaded, or a message that says how to fix it.
 */
import path from 'node:path';
import type { CurrentScenario } from '../core/cohort/rescore.js';
import type { Drill } from '../core/drill/schema.js';
import { invalidFile } from './find-scenario.js';
import { loadDrillCatalog, loadInstalledScenarios, readDrillFile } from '../store/drill-files.js';
import type { DrillFile } from '../store/drill-files.js';
import type { RapportPaths } from '../store/paths.js';
import { looksLikePath } from '../store/scenario-sources.js';
import { UserError } from './errors.js';
import { suggest } from './suggest.js';

/** A drill ready to play or report on, with every scenario it names. */
export interface LoadedDrill {
  drill: Drill;
  version: string;
  path: string;
  /** Current scenarios by id (every installed one, so reports can name extras too). */
  scenarios: Record<string, CurrentScenario>;
}

/** Every installed scenario, by id. */
export async function installedScenarios(paths: RapportPaths): Promise<Record<string, CurrentScenario>> {
  const files = await loadInstalledScenarios(paths.scenarios);
  return Object.fromEntries(files.map((file) => [file.scenario!.id, { scenario: file.scenario!, version: file.version }]));
}

/** All installed drills (valid ones), for menus and "did you mean". */
export async function installedDrills(paths: RapportPaths, scenarioIds: readonly string[]): Promise<DrillFile[]> {
  return (await loadDrillCatalog(paths.drills, scenarioIds)).drills;
}

/**
 * Find a drill by id (built-in or in $RAPPORT_HOME/drills) or by file path.
 * `notFound`: what to say instead of the general advice when no drill has the id.
 */
export async function findDrill(idOrPath: string, paths: RapportPaths, cwd: string, notFound?: (known: readonly string[]) => UserError): Promise<LoadedDrill> {
  const scenarios = await installedScenarios(paths);
  const ids = Object.keys(scenarios);
  let file: DrillFile | undefined;
  if (looksLikePath(idOrPath)) {
    file = await readDrillFile(path.resolve(cwd, idOrPath), ids);
    if (file.problems.some((problem) => problem.message === 'no such file')) {
      throw new UserError(`No drill file at ${idOrPath}`, 'Check the path, or give a drill id (built-in: onboarding-week-1).');
    }
  } else {
    const catalog = await loadDrillCatalog(paths.drills, ids);
    file = catalog.drills.find((entry) => entry.drill?.id === idOrPath);
    if (!file) {
      const broken = catalog.problems.find((problem) => path.basename(problem.path).replace(/\.ya?ml$/i, '') === idOrPath);
      if (broken) file = await readDrillFile(broken.path, ids);
    }
    if (!file) {
      const known = catalog.drills.map((entry) => entry.drill!.id);
      if (notFound) throw notFound(known);
      const guess = suggest(idOrPath, known);
      throw new UserError(`No drill with id "${idOrPath}".`, [
        ...(guess ? [`Did you mean "${guess}"?`] : []),
        known.length ? `Drills: ${known.join(', ')}. Or give a path to a drill .yaml file.` : 'No drills are installed; give a path to a drill .yaml file.',
      ]);
    }
  }
  if (!file.drill) throw invalidFile('Drill', file, idOrPath, looksLikePath(idOrPath) ? idOrPath : file.path);
  return { drill: file.drill, version: file.version, path: file.path, scenarios };
}
