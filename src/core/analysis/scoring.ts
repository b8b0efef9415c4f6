/**
 * How evidence becomes scores: each skill starts at a baseline (a neutral
 * reply is "not yet shown"), each rule adds its points once however often it
 * matches, and the total is clamped to 0–100 and rounded.
 */
import { SKILLS, type Evidence, type SkillScores } from '../types.js';

/** Scores of a reply with no evidence at all (empty or neutral). */
export const BASELINE: Readonly<SkillScores> = { empathy: 30, positivity: 45, followThrough: 30 };

/** Points for computed (non-phrase) rules, kept here as data next to the baseline. */
export const COMPUTED_RULES = {
  question: { id: 'empathy.question', points: 15, note: 'Asks the customer about themselves, inviting them to say more.' },
  exclaim: { id: 'empathy.exclamation', points: 4, note: 'An exclamation shows feeling.' },
  selfDisclosure: { id: 'empathy.self-disclosure', points: 8, note: 'Tells of its own experience, showing the feeling is understood from the inside.' },
  otherQuestion: { id: 'empathy.other-question', points: 3, note: 'Asks a question.' },
  reflection: { id: 'empathy.reflection', pointsPerWord: 1, maxWords: 4, note: 'Uses the customer’s own words, showing they were heard.' },
  restatement: { id: 'empathy.restatement', points: 10, note: 'Says the customer’s situation back to them in their own words, so they know they were heard.' },
  reflectFeeling: { id: 'empathy.reflect-feeling', points: 4, note: 'Names the feeling the customer expressed.' },
  positiveWord: { id: 'positivity.positive-word', perValence: 2, cap: 16, note: 'Positive wording.' },
  negativeWord: { id: 'positivity.negative-word', perValence: 2, cap: 16, note: 'Negative wording.' },
  curtQuestion: {
    id: 'positivity.curt-question',
    points: -6,
    maxWords: 3,
    note: 'A question of a few bare words ("Order number?") reads as curt.',
    tip: { message: 'Ask in a full sentence and say why you need it.', example: 'Could you tell me a bit more about that, so I can help?' },
  },
  questionBarrage: {
    id: 'positivity.question-barrage',
    points: -6,
    minQuestions: 3,
    note: 'Three or more questions at once read as an interrogation.',
    tip: { message: 'Ask the question that matters most first, and say why you need it.', example: 'To find your order quickly, could you tell me the order number first?' },
  },
  exasperation: { id: 'positivity.exasperation', points: -8, note: 'Doubled question marks ("??", "?!") read as exasperation.' },
  markupEmphasis: { id: 'positivity.markup-emphasis', points: -6, note: 'Stressing words with *asterisks* or __underscores__ reads as raising your voice.' },
  smile: { id: 'positivity.smile', points: 4, note: 'A smile keeps a written message friendly.' },
  shouting: { id: 'positivity.shouting', points: -20, note: 'Writing in capitals reads as shouting.' },
  commitment: { id: 'followThrough.commitment', points: 18, note: 'Commits to a concrete action in the first person.' },
  hedgedCommitment: { id: 'followThrough.hedged-commitment', points: 4, note: 'Commits, but hedges ("try", "hopefully").' },
  // "I'll have to check with my supervisor": a step, but the decision goes to someone else and the customer is not told when they will hear.
  deferredDecision: { id: 'followThrough.deferred-decision', points: 4, note: 'Hands the decision to someone else, with no time for when the customer will hear back.' },
  // "It's being processed.": a status nobody owns, with no way for the customer to hear how it ends. No cost (it informs),
  // but its tip says to own it.
  passiveStatus: { id: 'followThrough.passive-status', points: 0, note: 'Reports a status nobody owns ("it\u2019s being processed"), with no way for the customer to hear how it ends.' },
  commitmentTime: { id: 'followThrough.commitment-time', points: 12, note: 'Says when it will happen.' },
  commitmentChannel: { id: 'followThrough.commitment-channel', points: 10, note: 'Says how the customer will hear.' },
  vagueTime: {
    id: 'followThrough.vague-time',
    points: -8,
    note: '"Soon", "shortly" or "once we know more" is no time the customer can check.',
    tip: { message: 'Swap "soon" or "once we know more" for a time the customer can hold you to, even if it is only for the next update.', example: 'I’ll call you back by 3 pm today.' },
  },
  keptPromise: { id: 'followThrough.kept-promise', points: 10, note: 'Comes back on an earlier promise.' },
  // No points of its own (the promise and its time already earn them): it marks the reply as taking the job on.
  ownsTheFix: {
    id: 'followThrough.owns-the-fix',
    points: 0,
    note: 'Takes the fix on personally, saying when or how ("I\u2019ll refund it now"), instead of passing it on.',
  },
  scripted: {
    id: 'empathy.scripted',
    points: -8,
    note: 'Stacks stock phrases ("I understand. I hear you."), which reads as a script rather than listening.',
    tip: {
      message: 'Swap the stock phrases for one sentence about what happened to this customer.',
      example: 'I’m sorry you’ve had to chase this twice already; that’s not the service you should get.',
    },
  },
  toneDeaf: {
    id: 'empathy.tone-deaf',
    points: -15,
    note: 'Sounds cheerful, or calls it an "inconvenience", after the customer told of a loss or hardship.',
    tip: { message: 'Match the customer’s moment: leave out the cheer or the "inconvenience" and acknowledge what they told you.', example: 'I’m so sorry to hear that. I’ll make this as easy for you as I can.' },
  },
} as const;

/** Better phrasings for computed rules that cost points, looked up by rule id like phrase rules' tips. */
export const COMPUTED_TIPS: ReadonlyMap<string, { message: string; example: string }> = new Map(
  Object.values(COMPUTED_RULES).flatMap((r) => ('tip' in r ? [[r.id, r.tip] as const] : [])),
);

/** Rules whose evidence means the reply delivers on something (a kept promise). */
export const DELIVERY_RULES: ReadonlySet<string> = new Set(['followThrough.done', 'followThrough.report-back']);

/** Sum evidence points per skill on top of the baseline; clamp to integers 0–100. */
export function scoresFrom(evidence: readonly Evidence[]): SkillScores {
  const totals: SkillScores = { ...BASELINE };
  for (const e of evidence) if (e.skill) totals[e.skill] += e.points;
  for (const skill of SKILLS) totals[skill] = Math.max(0, Math.min(100, Math.round(totals[skill])));
  return totals;
}
