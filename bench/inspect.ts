/**
 * Development aid: prints rows of the DEV half only (never the held-out half)
 * where the analysis disagrees with the label, to see which general
 * phenomena the rules miss. Usage: tsx bench/inspect.ts empathy|politeness|commitments [fn|fp] [count]
 */
import { analyze } from '../src/core/analyze.js';
import { half, loadCommitments, loadEmpathy, loadPoliteness } from './corpora.js';

const [corpus = 'empathy', kind = 'fn', countArg = '25'] = process.argv.slice(2);
const count = Number(countArg);
interface Row { text: string; customer?: string; positive: boolean; key: string; info: string }
let rows: Row[] = [];
let skill: 'empathy' | 'positivity' | 'followThrough' = 'empathy';
if (corpus === 'empathy') {
  rows = loadEmpathy().map((r) => ({ text: r.response, customer: r.seeker, positive: r.levels.some((l) => l > 0), key: r.seeker + r.response, info: r.levels.join('') }));
} else if (corpus === 'politeness') {
  skill = 'positivity';
  rows = loadPoliteness().filter((r) => r.quartile !== 'middle').map((r) => ({ text: r.text, positive: r.quartile === 'polite', key: r.text, info: r.domain.slice(0, 4) }));
} else {
  skill = 'followThrough';
  rows = loadCommitments().map((r) => ({ text: r.text, positive: r.commitment, key: r.text, info: '' }));
}
rows = rows.filter((r) => half(r.key) === 'dev');
const scored = rows.map((r) => ({ ...r, a: analyze(r.text, r.customer ? { customer: r.customer } : {}) }));
const pos = scored.filter((r) => r.positive).length;
console.log(`dev rows ${scored.length}, positive ${pos}`);
const pickRows = scored
  .filter((r) => (kind === 'fn' ? r.positive : !r.positive))
  .sort((x, y) => (kind === 'fn' ? x.a.scores[skill] - y.a.scores[skill] : y.a.scores[skill] - x.a.scores[skill]));
// every k-th row of the worst third, so one look covers many kinds of miss
const pool = pickRows.slice(0, Math.ceil(pickRows.length / 3));
const step = Math.max(1, Math.floor(pool.length / count));
for (let i = 0; i < pool.length && i / step < count; i += step) {
  const r = pool[i]!;
  console.log(`[${r.a.scores[skill]}] ${r.info} ${r.text.slice(0, 300).replace(/\n/g, ' ')}\n      ${r.a.evidence.filter((e) => e.skill === skill).map((e) => `${e.rule}:${e.points}`).join(' ')}`);
}
