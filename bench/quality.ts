/**
 * `npm run bench:quality`: agreement of the reply analysis with human labels
 * on ../shared/benchmarks, next to VADER, AFINN and natural's
 * SentimentAnalyzer on the same rows in the same run.
 *
 * Every figure is shown for all rows and for two halves split by a hash of
 * the text: "dev" rows may be read while writing rules, "held-out" rows are
 * never inspected, so a gap between the two would show overfitting.
 *
 * The last column is a yardstick, not a peer: a bag-of-words classifier
 * trained on the dev half's labels and scored on the held-out half
 * (bench/reference.ts), showing how far word cues alone can get on a corpus.
 */
import { analyze } from '../src/core/analyze.js';
import type { Skill } from '../src/core/types.js';
import { half, loadCommitments, loadEmpathy, loadPoliteness } from './corpora.js';
import { accuracy, bestThreshold, rocAuc, spearman } from './metrics.js';
import { PEERS, type Scorer } from './peers.js';
import { trainAndScore } from './reference.js';

type Split = 'all' | 'dev' | 'held-out';
const SPLITS: Split[] = ['all', 'dev', 'held-out'];
const NAMES = ['Rapport', ...Object.keys(PEERS)];

interface Item {
  text: string;
  customer?: string;
  key: string;
}

function scoreAll(items: readonly Item[], skill: Skill): Record<string, number[]> {
  const out: Record<string, number[]> = { Rapport: items.map((it) => analyze(it.text, it.customer ? { customer: it.customer } : {}).scores[skill]) };
  for (const [name, scorer] of Object.entries(PEERS) as [string, Scorer][]) out[name] = items.map((it) => scorer(it.text));
  return out;
}

function pick<T>(values: readonly T[], mask: readonly boolean[]): T[] {
  return values.filter((_, i) => mask[i]);
}

interface Line {
  metric: string;
  split: Split;
  n: number;
  values: Record<string, number>;
  target?: number;
  /** Held-out ROC AUC of the supervised bag-of-words yardstick (bench/reference.ts). */
  reference?: number;
}
const lines: Line[] = [];

function inSplit(items: readonly Item[], split: Split): boolean[] {
  return items.map((it) => split === 'all' || half(it.key) === split);
}

// ── Empathy: EPITOME ─────────────────────────────────────────────────────────
{
  const rows = loadEmpathy();
  const items = rows.map((r) => ({ text: r.response, customer: r.seeker, key: r.seeker + r.response }));
  const scores = scoreAll(items, 'empathy');
  const any = rows.map((r) => r.levels.some((l) => l >= 1));
  const sum = rows.map((r) => r.levels[0] + r.levels[1] + r.levels[2]);
  const dev = items.map((it) => half(it.key) === 'dev');
  const heldOut = dev.map((d) => !d);
  const reference = rocAuc(pick(trainAndScore(rows.map((r) => r.response), any, dev), heldOut), pick(any, heldOut));
  for (const split of SPLITS) {
    const mask = inSplit(items, split);
    const auc: Record<string, number> = {};
    const rho: Record<string, number> = {};
    for (const name of NAMES) {
      auc[name] = rocAuc(pick(scores[name]!, mask), pick(any, mask));
      rho[name] = spearman(pick(scores[name]!, mask), pick(sum, mask));
    }
    const n = mask.filter(Boolean).length;
    lines.push({ metric: 'Empathy · EPITOME · ROC AUC (any mechanism)', split, n, values: auc, target: 0.8, ...(split === 'held-out' ? { reference } : {}) });
    lines.push({ metric: 'Empathy · EPITOME · Spearman ρ (sum of levels)', split, n, values: rho });
  }
}

// ── Politeness: Stanford (Wikipedia, StackExchange) ─────────────────────────
{
  const rows = loadPoliteness().filter((r) => r.quartile !== 'middle');
  const items = rows.map((r) => ({ text: r.text, key: r.text }));
  const scores = scoreAll(items, 'positivity');
  const polite = rows.map((r) => r.quartile === 'polite');
  const reference: Record<string, number> = {};
  for (const domain of ['wikipedia', 'stackexchange'] as const) {
    const inDomain = rows.map((r) => r.domain === domain);
    const texts = pick(rows, inDomain).map((r) => r.text);
    const labels = pick(polite, inDomain);
    const dev = texts.map((t) => half(t) === 'dev');
    const heldOut = dev.map((d) => !d);
    reference[domain] = rocAuc(pick(trainAndScore(texts, labels, dev), heldOut), pick(labels, heldOut));
  }
  for (const split of SPLITS) {
    const mask = inSplit(items, split);
    for (const domain of ['wikipedia', 'stackexchange'] as const) {
      const other = domain === 'wikipedia' ? 'stackexchange' : 'wikipedia';
      const here = rows.map((r, i) => mask[i]! && r.domain === domain);
      const there = rows.map((r, i) => mask[i]! && r.domain === other);
      const auc: Record<string, number> = {};
      const acc: Record<string, number> = {};
      for (const name of NAMES) {
        auc[name] = rocAuc(pick(scores[name]!, here), pick(polite, here));
        const t = bestThreshold(pick(scores[name]!, there), pick(polite, there));
        acc[name] = accuracy(pick(scores[name]!, here), pick(polite, here), t);
      }
      const label = domain === 'wikipedia' ? 'Wikipedia' : 'StackExchange';
      const n = here.filter(Boolean).length;
      lines.push({ metric: `Politeness · ${label} · ROC AUC (polite vs impolite quartile)`, split, n, values: auc, target: domain === 'wikipedia' ? 0.85 : 0.75, ...(split === 'held-out' ? { reference: reference[domain]! } : {}) });
      lines.push({ metric: `Politeness · ${label} · accuracy (threshold from ${other === 'wikipedia' ? 'Wikipedia' : 'StackExchange'})`, split, n, values: acc });
    }
  }
}

// ── Commitments: MRDA ───────────────────────────────────────────────────────
{
  const rows = loadCommitments();
  const items = rows.map((r) => ({ text: r.text, key: r.text }));
  const scores = scoreAll(items, 'followThrough');
  const positive = rows.map((r) => r.commitment);
  const dev = items.map((it) => half(it.key) === 'dev');
  const heldOut = dev.map((d) => !d);
  const reference = rocAuc(pick(trainAndScore(rows.map((r) => r.text), positive, dev), heldOut), pick(positive, heldOut));
  for (const split of SPLITS) {
    const mask = inSplit(items, split);
    const auc: Record<string, number> = {};
    for (const name of NAMES) auc[name] = rocAuc(pick(scores[name]!, mask), pick(positive, mask));
    lines.push({ metric: 'Commitments · MRDA · ROC AUC (follow-through score)', split, n: mask.filter(Boolean).length, values: auc, target: 0.85, ...(split === 'held-out' ? { reference } : {}) });
  }
}

// ── Print ───────────────────────────────────────────────────────────────────
const fmt = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(3));
const order = [...new Set(lines.map((l) => l.metric))];
console.log(`| metric | split | rows | ${NAMES.join(' | ')} | target | met | trained BoW† |`);
console.log(`|---|---|---:|${NAMES.map(() => '---:').join('|')}|---:|:---:|---:|`);
let failures = 0;
for (const metric of order) {
  for (const l of lines.filter((x) => x.metric === metric)) {
    const ours = l.values.Rapport!;
    const bestPeer = Math.max(...Object.keys(PEERS).map((p) => l.values[p]!));
    let met = '';
    if (l.split === 'all') {
      const ok = (l.target === undefined || ours >= l.target) && ours > bestPeer;
      met = ok ? 'yes' : 'NO';
      if (!ok) failures++;
    }
    console.log(`| ${l.metric} | ${l.split} | ${l.n} | ${NAMES.map((n) => fmt(l.values[n]!)).join(' | ')} | ${l.target ?? '(ahead of peers)'} | ${met} | ${l.reference === undefined ? '' : fmt(l.reference)} |`);
  }
}
console.log('\n† A yardstick, not a peer: a bag-of-words logistic regression trained on the dev half\'s labels, scored on the held-out half (bench/reference.ts).');
console.log(`"met" = on all rows, at or above the target and ahead of every peer. ${failures === 0 ? 'All targets met.' : `${failures} target(s) not met.`}`);
