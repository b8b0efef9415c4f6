/** Rank statistics for the quality benchmark. */

/** Average ranks (1-based), ties share the mean rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = rank;
    i = j + 1;
  }
  return out;
}

/** ROC AUC via the Mann–Whitney U statistic; ties count one half. */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const r = ranks(scores);
  let sumPos = 0;
  let nPos = 0;
  for (let i = 0; i < scores.length; i++) {
    if (positive[i]) {
      sumPos += r[i]!;
      nPos++;
    }
  }
  const nNeg = scores.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Spearman rank correlation. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const ma = ra.reduce((s, x) => s + x, 0) / n;
  const mb = rb.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = ra[i]! - ma;
    const y = rb[i]! - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return num / Math.sqrt(da * db);
}

/** The threshold (score >= t means positive) with the best accuracy on a set. */
export function bestThreshold(scores: readonly number[], positive: readonly boolean[]): number {
  const candidates = [...new Set(scores)].sort((x, y) => x - y);
  let best = candidates[0] ?? 0;
  let bestAcc = -1;
  for (const t of [...candidates, Infinity]) {
    const acc = accuracy(scores, positive, t);
    if (acc > bestAcc) {
      bestAcc = acc;
      best = t;
    }
  }
  return best;
}

export function accuracy(scores: readonly number[], positive: readonly boolean[], threshold: number): number {
  let right = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold === positive[i]) right++;
  return right / scores.length;
}
