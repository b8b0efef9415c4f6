/**
 * Start-up benchmark: how long from launch until the first screen is drawn,
 * measured as a person sees it — in a real pseudo-terminal (tmux, 110×34),
 * polling the screen until the first screen's text appears. Five launches of
 * the built binary against five of a bare `node -e 0`, measured the same way;
 * prints the medians and the difference (the target: within 300 ms).
 *
 * Run: npm run build && npm run bench:startup
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasTmux, TmuxPane } from '../test/e2e/tmux.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const SOCKET = `rapport-bench-${process.pid}`;

if (!hasTmux()) {
  console.error('bench:startup needs tmux (apt-get install tmux); .ci/run installs it.');
  process.exit(1);
}
if (!existsSync(path.join(ROOT, 'dist', 'main.js'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function launch(name: string, argv: string[], marker: string, env: Record<string, string>): Promise<number> {
  const pane = new TmuxPane({ socket: SOCKET, name, width: 110, height: 34, env, cwd: ROOT });
  const start = performance.now();
  pane.start(argv);
  try {
    await pane.waitFor((screen) => screen.includes(marker), 10_000, marker);
    return performance.now() - start;
  } finally {
    pane.kill();
  }
}

const home = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
writeFileSync(path.join(home, 'config.json'), JSON.stringify({ trainee: 'Bench' }));
const env = { RAPPORT_HOME: home, TERM: 'xterm-256color' };
try {
  // A first session starts the private tmux server, so its start-up is not counted.
  await launch('warm-up', ['node', '-e', 'console.log("warm"); setTimeout(() => {}, 2000)'], 'warm', env);
  const results: Record<string, number[]> = { node: [], home: [], play: [] };
  for (let i = 0; i < RUNS; i++) {
    results.node!.push(await launch(`node-${i}`, ['sh', '-c', 'node -e 0 && echo NODE-READY && sleep 5'], 'NODE-READY', env));
    results.home!.push(await launch(`home-${i}`, ['node', 'bin/rapport.js'], 'Pick a customer to talk to', env));
    results.play!.push(await launch(`play-${i}`, ['node', 'bin/rapport.js', 'play', 'irate-double-charge'], 'Goals', env));
  }
  const base = median(results.node!);
  const line = (label: string, values: number[]) =>
    `${label.padEnd(34)} median ${median(values).toFixed(0).padStart(4)} ms  (+${(median(values) - base).toFixed(0)} ms over node)  runs: ${values.map((v) => v.toFixed(0)).join(', ')}`;
  const { loadavg, cpus } = await import('node:os');
  console.log(`Time to first screen in tmux 110×34, ${RUNS} launches each (load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores; other work on the machine inflates every figure)`);
  console.log(`${'node -e 0 (baseline)'.padEnd(34)} median ${base.toFixed(0).padStart(4)} ms  runs: ${results.node!.map((v) => v.toFixed(0)).join(', ')}`);
  console.log(line('rapport (home screen)', results.home!));
  console.log(line('rapport play <id> (briefing)', results.play!));
  const worst = Math.max(median(results.home!), median(results.play!)) - base;
  console.log(worst <= 300 ? `OK: within 300 ms of node (${worst.toFixed(0)} ms)` : `SLOW: ${worst.toFixed(0)} ms over node (target 300 ms)`);
} finally {
  rmSync(home, { recursive: true, force: true });
  // Our private server only; the user's own tmux is untouched.
  const { spawnSync } = await import('node:child_process');
  spawnSync('tmux', ['-L', SOCKET, 'kill-server'], { stdio: 'ignore' });
}
