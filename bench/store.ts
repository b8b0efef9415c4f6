/**
 * Progress store benchmark: how the log behaves with 10,000 sessions.
 * Prints figures; it asserts nothing (speed targets are not timed tests).
 *
 *   npm run bench:store [-- --sessions 10000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ProgressStore, stringifyProgress } from '../src/store/progress-store.js';
import { rapportPaths } from '../src/store/paths.js';
import { newSessionId } from '../src/store/session-id.js';
import type { SessionRecord } from '../src/store/session-record.js';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '7' } } });
const count = Number(values.sessions);
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL('..', import.meta.url));

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(label: string, work: () => Promise<unknown> | unknown): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(44)} median ${median(samples).toFixed(1).padStart(7)} ms   (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}, n=${rounds})`);
}

function fakeSession(i: number): SessionRecord {
  const start = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const skill = (offset: number) => (i * 37 + offset) % 101;
  return {
    id: newSessionId(start),
    scenario: ['irate-double-charge', 'pre-sales-needs', 'ethics-cheaper-rival'][i % 3]!,
    scenarioTitle: 'A scenario title of ordinary length',
    category: ['irate-customer', 'pre-sales', 'ethics-dilemma'][i % 3]!,
    scenarioVersion: 'sha256:0f3c9a1b2c4d',
    seed: i,
    startedAt: start.toISOString(),
    finishedAt: new Date(start.getTime() + 300_000).toISOString(),
    ending: ['resolved', 'escalated', 'lost'][i % 3]!,
    score: skill(0),
    scores: { empathy: skill(1), positivity: skill(2), followThrough: skill(3) },
    trainee: `trainee-${i % 25}`,
    mode: 'coach',
    turnCount: 6,
    goalsMet: 2,
    goalsTotal: 3,
  };
}

const home = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
try {
  const paths = rapportPaths(home);
  writeFileSync(paths.progress, stringifyProgress({ version: 1, sessions: Array.from({ length: count }, (_, i) => fakeSession(i)) }));
  console.log(`progress log with ${count} sessions: ${(statSync(paths.progress).size / 1024 / 1024).toFixed(2)} MiB`);
  const store = new ProgressStore(paths);
  await time('read all sessions (in process)', () => store.read());
  let n = count;
  await time('add one session under the lock (in process)', () => store.add(fakeSession(n++)));
  const cli = (args: string[]) => execFileSync(process.execPath, [path.join(root, 'bin', 'rapport.js'), ...args], { env: { ...process.env, RAPPORT_HOME: home }, maxBuffer: 1 << 28 });
  await time('`rapport progress --json` (whole process)', () => cli(['progress', '--json']));
  await time('`rapport progress` (whole process)', () => cli(['progress']));
  await time('`node -e 0` (for comparison)', () => execFileSync(process.execPath, ['-e', '0']));
} finally {
  rmSync(home, { recursive: true, force: true });
}
