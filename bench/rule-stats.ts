/**
 * Development aid: for each rule, how often it fires on positive and negative
 * rows of the DEV half of a corpus (lift = share among positives / share
 * among negatives). Used to check that a rule's sign agrees with people,
 * never to fit individual rows. Usage: tsx bench/rule-stats.ts empathy|politeness|commitments [wikipedia|stackexchange]
 */
import { analyze } from '../src/core/analyze.js';
import { half, loadCommitments, loadEmpathy, loadPoliteness } from './corpora.js';

const corpus = process.argv[2] ?? 'empathy';
interface Row { text: string; customer?: string; positive: boolean; key: string }
let rows: Row[];
if (corpus === 'empathy') rows = loadEmpathy().map((r) => ({ text: r.response, customer: r.seeker, positive: r.levels.some((l) => l > 0), key: r.seeker + r.response }));
else if (corpus === 'politeness') rows = loadPoliteness().filter((r) => r.quartile !== 'middle' && (!process.argv[3] || r.domain === process.argv[3])).map((r) => ({ text: r.text, positive: r.quartile === 'polite', key: r.text }));
else rows = loadCommitments().map((r) => ({ text: r.text, positive: r.commitment, key: r.text }));
rows = rows.filter((r) => half(r.key) === 'dev');
const pos = rows.filter((r) => r.positive).length;
const neg = rows.length - pos;
const stats = new Map<string, [number, number]>();
for (const r of rows) {
  const a = analyze(r.text, r.customer ? { customer: r.customer } : {});
  for (const rule of new Set(a.evidence.map((e) => e.rule))) {
    const s = stats.get(rule) ?? [0, 0];
    s[r.positive ? 0 : 1]++;
    stats.set(rule, s);
  }
}
console.log(`dev rows ${rows.length}: ${pos} positive, ${neg} negative`);
for (const [rule, [p, n]] of [...stats].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1])) {
  const lift = p / pos / Math.max(n / neg, 0.5 / neg);
  console.log(`${rule.padEnd(40)} pos ${String(p).padStart(4)} neg ${String(n).padStart(4)} lift ${lift.toFixed(2)}`);
}
