/**
 * A supervised yardstick for `bench:quality`, not a peer: a bag-of-words
 * logistic regression (words and word pairs) trained on the DEV half of a
 * corpus and scored on its HELD-OUT half. It sees the labels Rapport's rules
 * never do, so its held-out ROC AUC shows roughly how much of a target plain
 * word cues can reach on that corpus at all.
 *
 * Deterministic: full-batch gradient descent from zero weights, fixed
 * iterations, no randomness.
 */

const ITERATIONS = 300;
const LEARNING_RATE = 1;
const L2 = 0.01;
const MIN_DEV_ROWS = 3;

/** Lower-cased words (contractions split), sentence-first words marked, and adjacent pairs. */
export function bagOfWords(text: string): string[] {
  const words = text.toLowerCase().replace(/n't\b/g, ' not').match(/[a-z']+|[?!]/g) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(w);
    if (i === 0) out.add(`^${w}`);
    if (i + 1 < words.length) out.add(`${w} ${words[i + 1]}`);
  });
  return [...out];
}

/**
 * Train on rows where `dev` is true, return a score for every row.
 * @param texts the rows' texts
 * @param labels true for the positive class
 * @param dev which rows may be trained on
 */
export function trainAndScore(texts: readonly string[], labels: readonly boolean[], dev: readonly boolean[]): number[] {
  const features = texts.map(bagOfWords);
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    if (dev[i]) for (const k of f) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const used = features.map((f) => f.filter((k) => (seen.get(k) ?? 0) >= MIN_DEV_ROWS));
  const weights = new Map<string, number>();
  let bias = 0;
  const devCount = dev.filter(Boolean).length;
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Map<string, number>();
    let gradBias = 0;
    used.forEach((f, i) => {
      if (!dev[i]) return;
      let z = bias;
      for (const k of f) z += weights.get(k) ?? 0;
      const d = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
      gradBias += d;
      for (const k of f) grad.set(k, (grad.get(k) ?? 0) + d);
    });
    bias -= (LEARNING_RATE * gradBias) / devCount;
    for (const [k, g] of grad) {
      const w = weights.get(k) ?? 0;
      weights.set(k, w - LEARNING_RATE * (g / devCount + L2 * w));
    }
  }
  return used.map((f) => f.reduce((z, k) => z + (weights.get(k) ?? 0), bias));
}
