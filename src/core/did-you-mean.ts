/**
 * "Did you mean …" suggestions for misspelled keys, state names and intents.
 */

/** Levenshtein edit distance (insert, delete, substitute), case-sensitive. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The closest candidate to `word`, or undefined when nothing is close enough
 * to be a plausible typo (distance at most a third of the word, min 2).
 * Case differences count as half an edit, so `Goto` suggests `goto`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = Math.min(
      editDistance(word, candidate),
      editDistance(word.toLowerCase(), candidate.toLowerCase()) + 0.5,
    );
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.ceil(word.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

/**
 * The hint for a word that most likely stands for `meant`, however that was
 * decided (a typo, an abbreviation, a common synonym): every "did you mean"
 * reads the same.
 * @example meantHint('heated') → 'did you mean "heated"?'
 */
export function meantHint(meant: string): string {
  return `did you mean "${meant}"?`;
}

/** `did you mean "x"?` for the closest candidate, or undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : meantHint(match);
}
