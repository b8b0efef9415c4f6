/**
 * Test helpers: the built-in drill and scenarios, and submissions made by
 * playing the fixture scripts through the real core (no CLI).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import type { CurrentScenario, SubmissionFile } from '../../src/core/cohort/rescore.js';
import { createDrillSession } from '../../src/core/drill/drill-session.js';
import { gradeDrill } from '../../src/core/drill/grade-drill.js';
import { loadDrillText } from '../../src/core/drill/load.js';
import type { Drill } from '../../src/core/drill/schema.js';
import { buildSubmission, parseSubmission } from '../../src/core/drill/submission.js';
import type { Submission } from '../../src/core/drill/submission.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import type { Scenario } from '../../src/core/scenario/schema.js';
import { parseScript } from '../../src/core/session.js';
import type { SessionResult } from '../../src/core/session-types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DRILL_FILE = path.join(ROOT, 'scenarios', 'drills', 'onboarding-week-1.yaml');
export const SCRIPTS = path.join(ROOT, 'test', 'fixtures', 'drills');
export const TRAINEES = ['good', 'middling', 'poor'] as const;

/** Load a built-in scenario by id. */
export function builtInScenario(id: string): CurrentScenario {
  const file = path.join(ROOT, 'scenarios', `${id}.yaml`);
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!loaded.scenario) throw new Error(`built-in scenario ${id} does not load`);
  return { scenario: loaded.scenario, version: loaded.version };
}

/** The built-in drill with its scenarios. */
export function builtInDrill(): { drill: Drill; version: string; scenarios: Record<string, CurrentScenario>; byId: Record<string, Scenario> } {
  const loaded = loadDrillText(readFileSync(DRILL_FILE, 'utf8'), DRILL_FILE);
  if (!loaded.drill) throw new Error('built-in drill does not load');
  const scenarios = Object.fromEntries(loaded.drill.scenarios.map((id) => [id, builtInScenario(id)]));
  const byId = Object.fromEntries(Object.entries(scenarios).map(([id, s]) => [id, s.scenario]));
  return { drill: loaded.drill, version: loaded.version, scenarios, byId };
}

/** Script lines for a fixture trainee and scenario. */
export function scriptLines(trainee: string, scenarioId: string): string[] {
  return readFileSync(path.join(SCRIPTS, trainee, `${scenarioId}.txt`), 'utf8').split('\n');
}

/** Play the drill with a trainee's fixture scripts and build the submission, as `rapport drill` does. */
export function playSubmission(trainee: string, name = trainee, finishedAt = '2026-11-20T10:30:00.000Z'): Submission {
  return playScripts((id) => scriptLines(trainee, id), name, finishedAt);
}

/** Play the drill with script lines per scenario (`/wait N` is silence) and build the submission. */
export function playScripts(lines: (scenarioId: string) => string[], name: string, finishedAt = '2026-11-20T10:30:00.000Z'): Submission {
  const { drill, version, scenarios, byId } = builtInDrill();
  const results: Record<string, SessionResult> = {};
  const played = drill.scenarios.map((id) => {
    const current = scenarios[id]!;
    const session = createDrillSession(current.scenario, drill, { analyze });
    for (const step of parseScript(lines(id))) {
      if (session.done) break;
      if (step.kind === 'wait') session.wait(step.seconds);
      else session.reply(step.text);
    }
    results[id] = session.result();
    return { scenario: current.scenario, version: current.version, session, startedAt: '2026-11-20T10:00:00.000Z', finishedAt: '2026-11-20T10:10:00.000Z' };
  });
  return buildSubmission({
    trainee: name,
    drill,
    drillVersion: version,
    played,
    verdict: gradeDrill(drill, results, byId),
    startedAt: '2026-11-20T10:00:00.000Z',
    finishedAt,
  });
}

/** A submission as a file the report reads. */
export function asFile(file: string, content: Submission | string): SubmissionFile {
  return { file, parsed: parseSubmission(typeof content === 'string' ? content : JSON.stringify(content, null, 2)) };
}
