/** Hand-built analyses, so engine tests do not depend on the analyzer's rules. */
import { stem } from '../../src/core/nlp.js';
import type { Analysis, Commitment, Intent, SkillScores } from '../../src/core/types.js';

export interface FakeAnalysisInput {
  intents?: Intent[];
  scores?: Partial<SkillScores>;
  words?: string;
  specific?: boolean;
  commitments?: Commitment[];
}

/** An Analysis with the given intents, scores (default 50) and stems of `words`. */
export function fakeAnalysis(input: FakeAnalysisInput = {}): Analysis {
  const commitments: Commitment[] =
    input.commitments ??
    (input.specific === undefined
      ? []
      : [{ start: 0, end: 1, text: 'I will', who: 'I', what: 'refund the charge', when: input.specific ? 'today' : null, channel: input.specific ? 'email' : null, specific: input.specific }]);
  return {
    scores: { empathy: 50, positivity: 50, followThrough: 50, ...input.scores },
    intents: input.intents ?? [],
    evidence: [],
    tips: [],
    commitments,
    stems: (input.words ?? '').split(/\W+/).filter(Boolean).map((w) => stem(w)),
  };
}
