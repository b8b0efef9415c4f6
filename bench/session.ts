/**
 * Engine throughput: load + compile + play the generic courteous script in
 * every built-in scenario. Prints figures; asserts nothing (speed targets
 * live in benchmarks, not in timed tests).
 *   npx tsx bench/session.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze.js';
import { compileScenario } from '../src/core/compile.js';
import { loadScenarioText } from '../src/core/scenario/load.js';
import { playScript } from '../src/core/session.js';

const script = readFileSync('test/fixtures/scripts/generic-courteous.txt', 'utf8').split('\n');
for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) {
  const text = readFileSync(join('scenarios', file), 'utf8');
  const time = (runs: number, fn: () => unknown) => {
    fn();
    const start = performance.now();
    for (let i = 0; i < runs; i++) fn();
    return (performance.now() - start) / runs;
  };
  const load = time(200, () => loadScenarioText(text, file));
  const scenario = loadScenarioText(text, file).scenario;
  if (!scenario) throw new Error(`${file} does not load`);
  const compile = time(200, () => compileScenario(scenario));
  const play = time(200, () => playScript(scenario, script, { seed: 1, analyze }));
  console.log(`${file}: load ${load.toFixed(2)} ms · compile ${compile.toFixed(2)} ms · play ${script.length} lines ${play.toFixed(2)} ms (${Math.round(1000 / play)} plays/s)`);
}
