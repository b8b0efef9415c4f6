/**
 * Cohort report at scale: 200 trainees × a 10-scenario drill.
 *
 * Builds a Rapport home with 7 more scenarios (variants of the built-in
 * three under new ids) and a 10-scenario drill, generates 200 deterministic
 * submissions with varied, realistic replies (each trainee has a skill level
 * that decides, turn by turn, whether they answer well, so-so or badly, with
 * their own small wording changes and the odd pause), then times the real
 * CLI: `rapport cohort report <folder> --format md|csv|html --out …`, and the
 * re-scoring alone in process. Prints figures; target: under 5 s per report.
 * The CLI also runs on the first 30 trainees, a usual cohort's size.
 *   npm run bench:cohort
 *   npm run bench:cohort -- --profile    # also: where one report's CPU time goes
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import type { SourceMapPayload } from 'node:module';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/core/analyze.js';
import { buildCohortReport } from '../src/core/cohort/report.js';
import { rescoreCohort } from '../src/core/cohort/rescore.js';
import type { CurrentScenario } from '../src/core/cohort/rescore.js';
import { createDrillSession } from '../src/core/drill/drill-session.js';
import { gradeDrill } from '../src/core/drill/grade-drill.js';
import { loadDrillText } from '../src/core/drill/load.js';
import { buildSubmission, parseSubmission, submissionFileName } from '../src/core/drill/submission.js';
import { nextRandom, seedRandom } from '../src/core/random.js';
import { loadScenarioText } from '../src/core/scenario/load.js';
import type { SessionResult } from '../src/core/session-types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TRAINEES = 200;
const BASES = ['irate-double-charge', 'presales-budget-fit', 'ethics-cheaper-elsewhere'];
const LEVELS = ['good', 'middling', 'poor'] as const;
const TARGET_MS = 5000;

// A seeded generator: the same cohort every run.
let rng = seedRandom(20261123);
const random = () => {
  const [value, next] = nextRandom(rng);
  rng = next;
  return value;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const home = mkdtempSync(path.join(tmpdir(), 'rapport-bench-cohort-'));
const submissionsDir = path.join(home, 'handed-in');
for (const dir of ['scenarios', 'drills', 'handed-in']) mkdirSync(path.join(home, dir), { recursive: true });

// 10 scenarios: the 3 built-in ones and 7 variants installed in the bench home.
const scenarios: Record<string, CurrentScenario & { base: string }> = {};
for (const base of BASES) {
  const text = readFileSync(path.join(ROOT, 'scenarios', `${base}.yaml`), 'utf8');
  const loaded = loadScenarioText(text, base);
  scenarios[base] = { scenario: loaded.scenario!, version: loaded.version, base };
}
for (let n = 0; Object.keys(scenarios).length < 10; n++) {
  const base = BASES[n % BASES.length]!;
  const id = `${base}-v${Math.floor(n / BASES.length) + 2}`;
  const text = readFileSync(path.join(ROOT, 'scenarios', `${base}.yaml`), 'utf8')
    .replace(`id: ${base}`, `id: ${id}`)
    .replace(/^title: (.*)$/m, `title: $1 (variant ${n + 2})`);
  writeFileSync(path.join(home, 'scenarios', `${id}.yaml`), text);
  const loaded = loadScenarioText(text, id);
  if (!loaded.scenario) throw new Error(`variant ${id} does not load`);
  scenarios[id] = { scenario: loaded.scenario, version: loaded.version, base };
}
const ids = Object.keys(scenarios);
const drillText = `id: bench-ten\ntitle: Ten conversations\nscenarios: [${ids.join(', ')}]\nseed: 4242\nreplyTimeLimit: 120\npass: { overall: 50, empathy: 40, positivity: 40, followThrough: 35 }\n`;
writeFileSync(path.join(home, 'drills', 'bench-ten.yaml'), drillText);
const { drill, version: drillVersion } = loadDrillText(drillText, 'bench-ten.yaml', { scenarioIds: ids });
if (!drill) throw new Error('bench drill does not load');

// Reply pools: the fixture scripts per level, plus small personal touches.
const lines = (level: string, base: string) =>
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'drills', level, `${base}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('/'));
const pools = Object.fromEntries(BASES.map((base) => [base, Object.fromEntries(LEVELS.map((level) => [level, lines(level, base)]))])) as Record<
  string,
  Record<(typeof LEVELS)[number], string[]>
>;
const OPENERS = ['', '', 'Hi there. ', 'Thanks for waiting. ', 'OK. ', 'Right, ', 'Hello! '];
const CLOSERS = ['', '', '', ' Thanks.', ' Let me know.', ' Is that OK?', ' Sorry about that.'];

const generateStart = performance.now();
const byId = Object.fromEntries(ids.map((id) => [id, scenarios[id]!.scenario]));
for (let t = 0; t < TRAINEES; t++) {
  const skill = random(); // 0 poor … 1 good
  const trainee = `Trainee ${String(t + 1).padStart(3, '0')}`;
  const results: Record<string, SessionResult> = {};
  const played = ids.map((id) => {
    const { scenario, version, base } = scenarios[id]!;
    const session = createDrillSession(scenario, drill, { analyze });
    for (let turn = 0; turn < 12 && !session.done; turn++) {
      const roll = random();
      const level = roll < skill * 0.8 ? 'good' : roll < skill * 0.8 + 0.35 ? 'middling' : 'poor';
      const pool = pools[base]![level];
      if (random() < 0.08) session.wait(Math.round(10 + random() * 140));
      if (session.done) break;
      session.reply(`${pick(OPENERS)}${pool[Math.min(turn, pool.length - 1)]!}${pick(CLOSERS)}`);
    }
    results[id] = session.result();
    return { scenario, version, session, startedAt: '2026-11-20T09:00:00.000Z', finishedAt: '2026-11-20T09:05:00.000Z' };
  });
  const submission = buildSubmission({
    trainee,
    drill,
    drillVersion,
    played,
    verdict: gradeDrill(drill, results, byId),
    startedAt: '2026-11-20T09:00:00.000Z',
    finishedAt: `2026-11-20T${String(10 + Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}:00.000Z`,
  });
  writeFileSync(path.join(submissionsDir, submissionFileName(submission)), JSON.stringify(submission, null, 2));
}
const generateMs = performance.now() - generateStart;

console.log(`generated ${TRAINEES} submissions × ${ids.length} scenarios in ${(generateMs / 1000).toFixed(1)} s (${home})`);


// The real CLI, as a cohort lead runs it: the whole cohort, and the first 30 trainees (a usual cohort's size).
if (!existsSync(path.join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
const smallDir = path.join(home, 'handed-in-30');
mkdirSync(smallDir);
for (const name of readdirSync(submissionsDir).sort().slice(0, 30)) copyFileSync(path.join(submissionsDir, name), path.join(smallDir, name));

/** Run `rapport cohort report` once; wall and CPU time (user + system, all threads) in ms. */
function runReport(dir: string, format: string, threads: string, nodeFlags: string[] = []) {
  const out = path.join(home, `report.${format}`);
  const start = performance.now();
  const run = spawnSync('bash', ['-c', 'TIMEFORMAT="cpu %U %S"; time "$@"', 'bash', process.execPath, ...nodeFlags, path.join(ROOT, 'bin', 'rapport.js'), 'cohort', 'report', dir, '--format', format, '--out', out], {
    env: { ...process.env, RAPPORT_HOME: home, NO_COLOR: '1', RAPPORT_THREADS: threads },
    encoding: 'utf8',
  });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`rapport cohort report failed: ${run.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const summary = run.stderr.split('\n').find((line) => line.startsWith('Cohort report')) ?? '';
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, size: statSync(out).size, summary: summary.replace(/\. Written to .*/, '') };
}

const times: Record<string, number> = {};
// Wall time depends on what else the machine runs; CPU time is printed too.
for (const [dir, format, threads] of [
  [submissionsDir, 'md', '1'],
  [submissionsDir, 'csv', '1'],
  [submissionsDir, 'html', '1'],
  [submissionsDir, 'html', '2'],
  [smallDir, 'html', '1'],
  [smallDir, 'html', '2'],
] as const) {
  const trainees = dir === smallDir ? 30 : TRAINEES;
  const { wall, cpu, size, summary } = runReport(dir, format, threads);
  times[`${trainees} ${format} ×${threads}`] = wall;
  const cpuText = cpu === undefined ? '' : `, CPU ${(cpu / 1000).toFixed(2)} s`;
  console.log(`${trainees} trainees: rapport cohort report --format ${format} (RAPPORT_THREADS=${threads}): ${(wall / 1000).toFixed(2)} s wall${cpuText} (${(size / 1024).toFixed(0)} KiB) — ${summary}`);
}
console.log(`load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);

// --profile: where the CPU time of one report goes, by part of the code (the main thread's profile, mapped to sources).
if (process.argv.includes('--profile')) {
  const dir = path.join(home, 'profile');
  runReport(submissionsDir, 'md', '1', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const main = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))!;
  console.log(`where the time goes (${TRAINEES} trainees, md, one thread; ${path.join(dir, main)}):`);
  for (const [part, ms, share] of profileByPart(path.join(dir, main))) console.log(`  ${part.padEnd(58)} ${(ms / 1000).toFixed(2).padStart(5)} s ${share.padStart(4)}`);
}

/** Self time of a CPU profile summed by part of the code, largest first. */
function profileByPart(file: string): [string, number, string][] {
  interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const maps = new Map<string, SourceMap | undefined>();
  const sourceOf = ({ url, lineNumber, columnNumber }: Node['callFrame']): string => {
    if (!url.startsWith('file://') || !url.includes('/dist/')) return url;
    const js = fileURLToPath(url);
    if (!maps.has(js)) maps.set(js, existsSync(`${js}.map`) ? new SourceMap(JSON.parse(readFileSync(`${js}.map`, 'utf8')) as SourceMapPayload) : undefined);
    const entry = maps.get(js)?.findEntry(lineNumber, columnNumber) as { originalSource?: string } | undefined;
    return entry?.originalSource ?? url;
  };
  const PARTS: [string, RegExp][] = [
    ['analysis (analyze.ts, analysis/, nlp.ts, natural)', /src\/core\/(analysis\/|analyze\.ts|nlp\.ts)|node_modules\/(natural|franc)/],
    ['conversation engine (xstate, compile, session, conditions)', /node_modules\/xstate|src\/core\/(compile|session|stepping-clock|random|grade)\.ts|src\/core\/scenario\/condition|src\/core\/drill\/drill-session/],
    ['reading files (YAML, zod, scenario and submission loaders)', /node_modules\/(yaml|zod)|src\/core\/scenario\/|src\/store\/|src\/core\/drill\//],
    ['cohort (re-scoring bookkeeping, report, formats)', /src\/core\/cohort\/|src\/cli\/cohort/],
    ['start-up (module loading, Node)', /^node:|^$/],
  ];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    all += ms;
    const source = sourceOf(frame);
    const part = frame.functionName === '(garbage collector)' ? 'garbage collector' : (PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other');
    totals.set(part, (totals.get(part) ?? 0) + ms);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).map(([part, ms]) => [part, ms, `${Math.round((ms / all) * 100)}%`]);
}

// In process: parse + re-score + summarise, without start-up and file reading (and warm: generating the cohort ran the same code).
const files = ids.length ? readSubmissions() : [];
function readSubmissions() {
  return spawnSync('ls', [submissionsDir], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map((name) => ({ file: name, parsed: parseSubmission(readFileSync(path.join(submissionsDir, name), 'utf8')) }));
}
const start = performance.now();
const cohort = rescoreCohort({ files, drill, drillVersion, scenarios, analyze });
const rescoreMs = performance.now() - start;
const report = buildCohortReport(cohort, byId);
const plays = cohort.accepted.reduce((n, s) => n + Object.values(s.results).filter(Boolean).length, 0);
const turns = cohort.accepted.reduce((n, s) => n + Object.values(s.results).reduce((m, r) => m + (r?.turns.length ?? 0), 0), 0);
console.log(
  `in process: re-scored ${plays} plays (${turns} replies) in ${(rescoreMs / 1000).toFixed(2)} s (${(rescoreMs / plays).toFixed(2)} ms a play); ` +
    `${report.trainees.length} trainees, ${report.passed} passed, ${report.flagged} flagged, ${report.rejected.length} rejected`,
);
// The target applies to the whole cohort with the default (one thread).
const worst = Math.max(...Object.entries(times).filter(([key]) => key.startsWith(`${TRAINEES} `) && key.endsWith('×1')).map(([, ms]) => ms));
console.log(`slowest report ${(worst / 1000).toFixed(2)} s — target < ${TARGET_MS / 1000} s: ${worst < TARGET_MS ? 'met' : 'NOT met'}`);
