/**
 * The scenario format: one zod schema is the source of truth. The JSON Schema
 * in `schema/scenario.schema.json` is generated from it (`npm run schema`).
 *
 * Objects are strict so a misspelled key is an error with a "did you mean".
 */
import { z } from 'zod';
import { BUILT_IN_ENDINGS, INTENTS } from '../types.js';
import { LOWER_CASE_NAME, STATE_NAME, STATE_NAME_RULE } from './name-rules.js';

/** `">=60"`, `"<40"`, `"==3"`, `"!=0"` or a bare number (meaning `>=`). */
export const COMPARISON = /^\s*(>=|<=|>|<|==|!=)?\s*(-?\d+(?:\.\d+)?)\s*$/;

const comparison = z
  .union([z.number(), z.string().regex(COMPARISON, 'expected a comparison such as ">=60", "<40" or "==3"')])
  .meta({ description: 'A comparison such as ">=60", "<40", "==3"; a bare number means ">=".' });

const id = z.string().regex(LOWER_CASE_NAME, 'ids use lower-case letters, digits and dashes, starting with a letter, e.g. "irate-double-charge"');

const stateName = z.string().regex(STATE_NAME, STATE_NAME_RULE);

const intent = z.enum(INTENTS);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

/** A condition on the reply's analysis and the conversation; every key given must hold. */
export interface Condition {
  intent?: Intent | Intent[];
  notIntent?: Intent | Intent[];
  empathy?: number | string;
  positivity?: number | string;
  followThrough?: number | string;
  keywords?: string[];
  mood?: number | string;
  turn?: number | string;
  flag?: string | string[];
  notFlag?: string | string[];
  specific?: boolean;
  openPromise?: boolean;
  any?: Condition[];
  all?: Condition[];
  not?: Condition;
}
type Intent = (typeof INTENTS)[number];

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    intent: oneOrMany(intent).optional().meta({ description: 'The reply shows this intent (any of a list).' }),
    notIntent: oneOrMany(intent).optional().meta({ description: 'The reply shows none of these intents.' }),
    empathy: comparison.optional(),
    positivity: comparison.optional(),
    followThrough: comparison.optional(),
    keywords: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .meta({ description: 'Any of these words appears in the reply (compared after stemming: "refunds" matches "refund"; every word of "money back" must appear). Plain words, not regular expressions.' }),
    mood: comparison.optional().meta({ description: "The customer's mood before this reply, 0–100." }),
    turn: comparison.optional().meta({ description: 'The number of this reply in the conversation, from 1.' }),
    flag: oneOrMany(z.string().min(1)).optional().meta({ description: 'These flags are set.' }),
    notFlag: oneOrMany(z.string().min(1)).optional().meta({ description: 'These flags are not set.' }),
    specific: z.boolean().optional().meta({ description: 'The reply makes (true) or does not make (false) a specific commitment.' }),
    openPromise: z.boolean().optional().meta({ description: 'A promise from an earlier turn is still open (true) or none is (false).' }),
    any: z.array(ConditionSchema).min(1).optional().meta({ description: 'At least one of these conditions holds.' }),
    all: z.array(ConditionSchema).min(1).optional().meta({ description: 'All of these conditions hold.' }),
    not: ConditionSchema.optional().meta({ description: 'This condition does not hold.' }),
  }),
);

/**
 * One customer line, optionally only when the mood is in a range, or only
 * for a reply that meets a condition (the reply that led to this line).
 */
export const LineSchema = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    mood: comparison.optional().meta({ description: 'Use this line only when the mood matches.' }),
    when: ConditionSchema.optional().meta({
      description:
        "Use this line only when the reply that led to it meets this condition (the same keys as a branch's when, checked as that branch's when was); preferred over lines without when. Never used for the opening line or after a silence.",
    }),
  }),
]);
export type Line = z.infer<typeof LineSchema>;
const LINE_SHAPE = (LineSchema.options[1] as z.ZodObject).shape;

/** What the customer says: one line, or variants chosen by mood and the session seed. */
export const SayingSchema = z.union([z.string().min(1), z.array(LineSchema).min(1)]);
export type Saying = z.infer<typeof SayingSchema>;

const moodDelta = z
  .union([z.number().int().min(-100).max(100), z.string().regex(/^[+-]?\d+$/, 'expected a change of mood such as +10 or -15')])
  .meta({ description: 'Change to the mood, e.g. +15 or -20.' });

const flagEffects = z
  .record(z.string().min(1), z.boolean())
  .meta({ description: 'Flags to set (true) or clear (false).' });

/** One outgoing branch of a state; branches are tried in order, the first match wins. */
export const TransitionSchema = z.strictObject({
  when: ConditionSchema.optional().meta({ description: 'Take this branch when the condition holds.' }),
  otherwise: z.literal(true).optional().meta({ description: 'Take this branch when no earlier one matched.' }),
  goto: stateName.meta({ description: 'The state to move to.' }),
  mood: moodDelta.optional(),
  set: flagEffects.optional(),
  say: SayingSchema.optional().meta({ description: "A reaction line said before the next state's line." }),
  note: z.string().optional().meta({ description: 'For trainers: what kind of reply this branch expects.' }),
});
export type Transition = z.infer<typeof TransitionSchema>;

/** Impatience: what happens when the trainee is silent for a while. */
export const AfterSchema = z.strictObject({
  seconds: z.number().positive().max(3600),
  mood: moodDelta.optional(),
  say: SayingSchema.optional(),
  goto: stateName.optional().meta({ description: 'Move here when the timer fires (default: stay).' }),
  set: flagEffects.optional(),
});
export type After = z.infer<typeof AfterSchema>;

const endingKind = z
  .string()
  .regex(LOWER_CASE_NAME, 'endings are lower-case words joined by dashes: resolved, escalated, lost, or one of your own such as gave-up')
  .meta({ description: `One of ${BUILT_IN_ENDINGS.join(', ')} or a scenario-specific ending.` });

export const StateSchema = z.strictObject({
  say: SayingSchema.optional().meta({ description: 'What the customer says on entering this state.' }),
  on: z.array(TransitionSchema).optional().meta({ description: 'Branches for the next reply, tried in order.' }),
  after: AfterSchema.optional(),
  end: endingKind
    .optional()
    .meta({ description: 'Makes this state an ending, and names its kind: resolved, escalated, lost or a word of your own such as gave-up (not true).' }),
  value: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .meta({ description: 'How good this ending is for the session score, 0–100 (defaults: resolved 100, escalated 50, lost 0, others 50).' }),
  summary: z.string().optional().meta({ description: 'A debrief line shown when the conversation ends here.' }),
  hint: z.string().optional().meta({ description: 'A hint the trainee can ask for in this state.' }),
});
export type State = z.infer<typeof StateSchema>;

export const GoalSchema = z.strictObject({
  id,
  description: z.string().min(1).optional(),
  when: ConditionSchema,
});
export type Goal = z.infer<typeof GoalSchema>;

export const PersonaSchema = z.strictObject({
  name: z.string().min(1),
  tier: z.string().min(1).default('standard').meta({ description: 'Service tier, e.g. standard, premium, enterprise.' }),
  mood: z.number().int().min(0).max(100).meta({ description: 'Starting mood, 0 (furious) to 100 (delighted).' }),
  traits: z.array(z.string().min(1)).default([]),
  situation: z.string().min(1).meta({ description: 'What the trainee is told before the conversation starts.' }),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const RubricSchema = z
  .strictObject({
    empathy: z.number().min(0).max(1),
    positivity: z.number().min(0).max(1),
    followThrough: z.number().min(0).max(1),
  })
  .refine((r) => r.empathy + r.positivity + r.followThrough > 0, 'at least one rubric weight must be above 0')
  .meta({ description: 'How much each skill counts towards the session score: all three weights, each from 0 to 1 (0: not counted); only their proportions matter. Without a rubric the three count equally.' });

/** A score band such as `{ min: 60 }` or `{ min: 20, max: 50 }` (inclusive). */
export const ScoreBandSchema = z
  .strictObject({
    min: z.number().min(0).max(100).optional(),
    max: z.number().min(0).max(100).optional(),
  })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, '"min" must not be above "max"')
  .meta({ description: 'An inclusive band of the 0–100 session score, e.g. { min: 60 } or { min: 20, max: 50 }.' });
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

/** What a scenario test expects of the conversation its replies produce. */
export const TestExpectSchema = z.strictObject({
  states: z
    .array(stateName)
    .min(1)
    .optional()
    .meta({ description: 'States the conversation passes through, in this order (others may come between).' }),
  ending: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'The ending kind (resolved, escalated, lost, …) or "unfinished" when the replies run out first.' }),
  score: ScoreBandSchema.optional(),
  goals: z.array(z.string().min(1)).optional().meta({ description: 'Goal ids that must be met.' }),
  notGoals: z.array(z.string().min(1)).optional().meta({ description: 'Goal ids that must not be met.' }),
  says: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .meta({ description: "Words the customer says, in this order: each is found in one of the customer's lines (capitals and spacing aside), after the one before it (later in the same line, or in a later line)." }),
  notSays: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .meta({ description: "Words none of the customer's lines may contain (capitals and spacing aside)." }),
});
export type TestExpect = z.infer<typeof TestExpectSchema>;

/** One scenario test: a scripted conversation and what must come of it. */
export const TestCaseSchema = z.strictObject({
  name: z.string().min(1).meta({ description: 'What this case checks, shown in `rapport test` output.' }),
  seed: z.number().int().min(0).optional().meta({ description: "Seed for the customer's choice of lines (default 1)." }),
  replies: z
    .array(z.string().min(1))
    .min(1)
    .meta({ description: 'Trainee replies in order; "/wait 60" is 60 seconds of silence.' }),
  expect: TestExpectSchema,
});
export type TestCase = z.infer<typeof TestCaseSchema>;

/** A rubric example: a reply that must score above or below a threshold on a skill. */
export const ExampleSchema = z
  .strictObject({
    reply: z.string().min(1),
    customer: z.string().min(1).optional().meta({ description: "The customer's line the reply answers (helps reflection scoring)." }),
    empathy: comparison.optional(),
    positivity: comparison.optional(),
    followThrough: comparison.optional(),
    intent: oneOrMany(intent).optional().meta({ description: 'Intents the analysis must find in the reply.' }),
    notIntent: oneOrMany(intent).optional().meta({ description: 'Intents the analysis must not find.' }),
    why: z.string().optional().meta({ description: 'For trainers: why this reply should score this way.' }),
  })
  .refine(
    (e) => e.empathy !== undefined || e.positivity !== undefined || e.followThrough !== undefined || e.intent !== undefined || e.notIntent !== undefined,
    'an example needs at least one expectation: empathy, positivity, followThrough, intent or notIntent',
  );
export type Example = z.infer<typeof ExampleSchema>;

/** The shape of a `scenarios/<id>.test.yaml` file. */
export const TestFileSchema = z.strictObject({
  $schema: z.string().optional(),
  scenario: id.optional().meta({ description: 'The scenario id (default: the file name without .test.yaml).' }),
  tests: z.array(TestCaseSchema).min(1),
});
export type TestFile = z.infer<typeof TestFileSchema>;

export const CATEGORIES = ['irate-customer', 'pre-sales', 'ethics-dilemma', 'tiered-service', 'help-desk', 'outbound-follow-up'] as const;

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: z.string().min(1),
  category: z
    .string()
    .regex(LOWER_CASE_NAME, `categories are lower-case words joined by dashes; the built-in ones are ${CATEGORIES.join(', ')}`)
    .meta({ description: `Built-in categories: ${CATEGORIES.join(', ')}; others are allowed.` }),
  difficulty: z.number().int().min(1).max(5),
  description: z.string().optional(),
  persona: PersonaSchema,
  rubric: RubricSchema.default({ empathy: 1 / 3, positivity: 1 / 3, followThrough: 1 / 3 }),
  goals: z.array(GoalSchema).default([]),
  maxTurns: z.number().int().min(1).max(100).default(12).meta({ description: 'After this many replies the customer gives up.' }),
  outOfTurns: stateName
    .optional()
    .meta({ description: 'The ending state reached when maxTurns replies pass without an ending (default: the customer leaves, ending "lost").' }),
  start: stateName,
  states: z.record(stateName, StateSchema),
  tests: z.array(TestCaseSchema).optional().meta({ description: 'Scenario tests run by `rapport test`: replies in, expected states, ending, score band and goals out.' }),
  examples: z
    .array(ExampleSchema)
    .optional()
    .meta({ description: 'Rubric examples checked by `rapport validate`: replies that must score above or below a threshold.' }),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** Keys a condition may use, for "did you mean" on misspelled keys. */
export const CONDITION_KEYS = [
  'intent',
  'notIntent',
  'empathy',
  'positivity',
  'followThrough',
  'keywords',
  'mood',
  'turn',
  'flag',
  'notFlag',
  'specific',
  'openPromise',
  'any',
  'all',
  'not',
] as const satisfies readonly (keyof Condition)[];

/**
 * The keys allowed in the mapping at `path` of a scenario document, so an
 * unknown key can get a "did you mean" against its own siblings.
 * @example allowedKeysAt(['states', 'opening', 'on', 0]) → ['when', 'otherwise', 'goto', …]
 */
export function allowedKeysAt(path: readonly (string | number)[]): string[] {
  const [head, second, third, fourth, fifth] = path;
  const keys = (shape: object) => Object.keys(shape);
  if (path.length === 0) return keys(ScenarioSchema.shape);
  if (head === 'persona' && path.length === 1) return keys(PersonaSchema.shape);
  if (head === 'rubric' && path.length === 1) return keys(RubricSchema.shape);
  if (head === 'tests') {
    if (path.length === 2) return keys(TestCaseSchema.shape);
    if (third === 'expect' && path.length === 3) return keys(TestExpectSchema.shape);
    if (third === 'expect' && fourth === 'score' && path.length === 4) return ['min', 'max'];
  }
  if (head === 'examples' && path.length === 2) return ['reply', 'customer', 'empathy', 'positivity', 'followThrough', 'intent', 'notIntent', 'why'];
  if (head === 'goals') {
    if (path.length === 2) return keys(GoalSchema.shape);
    if (third === 'when') return [...CONDITION_KEYS];
  }
  if (head === 'states' && second !== undefined) {
    if (path.length === 2) return keys(StateSchema.shape);
    if (third === 'after' && path.length === 3) return keys(AfterSchema.shape);
    if (third === 'on' && path.length === 4) return keys(TransitionSchema.shape);
    if (third === 'on' && fifth === 'when') return [...CONDITION_KEYS];
    // A "say" (the state's, a branch's or the timer's) and its lines: a line's keys, and a condition under its "when".
    const say = third === 'say' ? 2 : third === 'on' && fifth === 'say' ? 4 : third === 'after' && fourth === 'say' ? 3 : undefined;
    if (say !== undefined) {
      if (path.length <= say + 2) return keys(LINE_SHAPE);
      if (path[say + 2] === 'when') return [...CONDITION_KEYS];
    }
  }
  return [];
}
