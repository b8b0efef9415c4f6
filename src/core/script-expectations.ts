/**
 * Expectations written at the top of a replayable script, so a transcript
 * file says what it should produce:
 *
 *     # expect: ending=resolved score>=65
 *     # seed: 7
 */

/** What a script declares about its own outcome. */
export interface ScriptExpectations {
  ending?: string;
  /** Inclusive bounds on the session score. */
  scoreMin?: number;
  scoreMax?: number;
  /** Seed to replay with (default 1). */
  seed: number;
}

const EXPECT = /^#\s*expect:\s*(.+)$/i;
const SEED = /^#\s*seed:\s*(\d+)\s*$/i;

/**
 * Read `# expect:` and `# seed:` header comments. Unknown expectation terms
 * throw, so a typo cannot silently turn a check off.
 */
export function parseExpectations(lines: readonly string[]): ScriptExpectations {
  const expectations: ScriptExpectations = { seed: 1 };
  for (const raw of lines) {
    const line = raw.trim();
    const seed = SEED.exec(line);
    if (seed) expectations.seed = Number(seed[1]);
    const expect = EXPECT.exec(line);
    if (!expect) continue;
    for (const term of (expect[1] ?? '').split(/\s+/).filter(Boolean)) {
      const ending = /^ending=([a-z][a-z0-9-]*)$/.exec(term);
      const min = /^score>=(\d+)$/.exec(term);
      const max = /^score<=(\d+)$/.exec(term);
      if (ending) expectations.ending = ending[1];
      else if (min) expectations.scoreMin = Number(min[1]);
      else if (max) expectations.scoreMax = Number(max[1]);
      else throw new Error(`unknown expectation "${term}": use ending=<kind>, score>=N or score<=N`);
    }
  }
  return expectations;
}

/** The ways a result misses its expectations, as readable sentences (empty when it meets them). */
export function checkExpectations(expectations: ScriptExpectations, result: { ending: string; score: number }): string[] {
  const misses: string[] = [];
  if (expectations.ending !== undefined && result.ending !== expectations.ending) misses.push(`expected ending ${expectations.ending}, got ${result.ending}`);
  if (expectations.scoreMin !== undefined && result.score < expectations.scoreMin) misses.push(`expected score >= ${expectations.scoreMin}, got ${result.score}`);
  if (expectations.scoreMax !== undefined && result.score > expectations.scoreMax) misses.push(`expected score <= ${expectations.scoreMax}, got ${result.score}`);
  return misses;
}
