/**
 * `npm run bench:speed`: replies per second and per-reply latency (p50, p99)
 * of `analyze()` on 20,000 benchmark rows (the corpora texts, cycled), and
 * VADER's replies per second on the same rows in the same run.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze.js';
import { loadCommitments, loadEmpathy, loadPoliteness } from './corpora.js';
import { vaderCompound } from './peers.js';

const N = 20_000;
const texts: string[] = [];
const pools = [loadEmpathy().map((r) => r.response), loadPoliteness().map((r) => r.text), loadCommitments().map((r) => r.text)];
// Interleave the corpora so short meeting lines, requests and longer forum replies mix.
for (let i = 0; texts.length < N; i++) {
  for (const pool of pools) if (texts.length < N) texts.push(pool[i % pool.length]!);
}
const chars = texts.reduce((n, t) => n + t.length, 0);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Warm-up on a different slice so the JIT and caches are steady, as in a long session.
for (let i = 0; i < 2000; i++) analyze(texts[(i * 7) % N]!);
for (let i = 0; i < 500; i++) vaderCompound(texts[(i * 7) % N]!);

const latencies = new Float64Array(N);
const cpuLatencies = new Float64Array(N);
let sink = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const s = performance.now();
  sink += analyze(texts[i]!).scores.empathy;
  latencies[i] = performance.now() - s;
}
const oursMs = performance.now() - t0;
const oursCpu = process.cpuUsage(cpu0);
// A second pass timing each reply in CPU time, which waiting for a busy core does not inflate.
for (let i = 0; i < N; i++) {
  const c = process.cpuUsage();
  sink += analyze(texts[i]!).scores.positivity;
  const d = process.cpuUsage(c);
  cpuLatencies[i] = (d.user + d.system) / 1000;
}

const vcpu0 = process.cpuUsage();
const v0 = performance.now();
for (let i = 0; i < N; i++) sink += vaderCompound(texts[i]!);
const vaderMs = performance.now() - v0;
const vaderCpu = process.cpuUsage(vcpu0);
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

const sorted = [...latencies].sort((a, b) => a - b);
const cpuSorted = [...cpuLatencies].sort((a, b) => a - b);
const oursRate = N / (oursMs / 1000);
const vaderRate = N / (vaderMs / 1000);
const oursCpuRate = N / (cpuMs(oursCpu) / 1000);
const vaderCpuRate = N / (cpuMs(vaderCpu) / 1000);
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const load = loadavg()[0]!;
console.log(`rows: ${N} (mean ${Math.round(chars / N)} characters; EPITOME, Stanford politeness and MRDA texts, cycled); one thread`);
console.log(`machine: ${cpus().length} cores, load average ${load.toFixed(1)} at the end of the run${load > cpus().length ? ' (busy: wall-clock figures include time waiting for a core)' : ''}`);
console.log('');
console.log('| scorer | replies/s (wall) | replies/s (CPU time) | p50 ms | p90 ms | p99 ms | max ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(`| Rapport analyze() | ${fmt(oursRate)} | ${fmt(oursCpuRate)} | ${percentile(sorted, 50).toFixed(3)} | ${percentile(sorted, 90).toFixed(3)} | ${percentile(sorted, 99).toFixed(3)} | ${sorted[N - 1]!.toFixed(3)} |`);
console.log(`| Rapport analyze(), CPU time per reply | — | — | ${percentile(cpuSorted, 50).toFixed(3)} | ${percentile(cpuSorted, 90).toFixed(3)} | ${percentile(cpuSorted, 99).toFixed(3)} | ${cpuSorted[N - 1]!.toFixed(3)} |`);
console.log(`| VADER (vader-sentiment) | ${fmt(vaderRate)} | ${fmt(vaderCpuRate)} | — | — | — | — |`);
console.log('');
console.log(`speed-up over VADER: ${(oursRate / vaderRate).toFixed(2)}× wall, ${(oursCpuRate / vaderCpuRate).toFixed(2)}× CPU time (target ≥ 3×); p99 ${percentile(sorted, 99).toFixed(3)} ms wall, ${percentile(cpuSorted, 99).toFixed(3)} ms CPU (target < 1 ms)`);
if (sink === Number.MIN_VALUE) console.log(''); // keep the work observable
