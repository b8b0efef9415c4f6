/**
 * The drill format: a fixed, graded set of scenarios a cohort lead assigns.
 * One zod schema is the source of truth (`schema/drill.schema.json` is
 * generated from it). Objects are strict so a misspelled key is an error
 * with a "did you mean".
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, starting with a letter (e.g. "onboarding-week-1")');

const mark = z.number().min(0).max(100);

/** Largest seed (seeds are 32-bit unsigned integers, like `rapport play --seed`). */
export const MAX_DRILL_SEED = 2 ** 32 - 1;

/** Pass marks, 0–100: the overall drill score and, optionally, each skill. */
export const PassMarksSchema = z.strictObject({
  overall: mark.meta({ description: 'The mean session score over the drill’s scenarios must reach this.' }),
  empathy: mark.optional().meta({ description: 'The mean empathy score must reach this.' }),
  positivity: mark.optional().meta({ description: 'The mean positive-language score must reach this.' }),
  followThrough: mark.optional().meta({ description: 'The mean follow-through score must reach this.' }),
});
export type PassMarks = z.infer<typeof PassMarksSchema>;

export const DrillSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: z.string().min(1),
  description: z.string().optional(),
  scenarios: z
    .array(id)
    .min(1)
    .max(50)
    .meta({ description: 'Scenario ids, played in this order. Each appears once.' }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(MAX_DRILL_SEED)
    .meta({ description: 'Every trainee plays with this seed, so the customers say the same lines to the same replies.' }),
  mode: z.literal('exam').default('exam').meta({ description: 'Drills run in exam mode: feedback only on the result screen.' }),
  replyTimeLimit: z
    .number()
    .positive()
    .max(3600)
    .optional()
    .meta({ description: 'Seconds the trainee has for each reply; every full period of silence counts as a turn with no reply.' }),
  pass: PassMarksSchema,
});
export type Drill = z.infer<typeof DrillSchema>;
export type DrillInput = z.input<typeof DrillSchema>;

/**
 * The keys allowed in the mapping at `path` of a drill document, for "did you mean".
 * @example allowedDrillKeysAt(['pass']) → ['overall', 'empathy', 'positivity', 'followThrough']
 */
export function allowedDrillKeysAt(path: readonly (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(DrillSchema.shape);
  if (path.length === 1 && path[0] === 'pass') return Object.keys(PassMarksSchema.shape);
  return [];
}
