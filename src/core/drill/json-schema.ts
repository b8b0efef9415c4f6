/**
 * The JSON Schema for drill files, generated from the zod schema (a test
 * fails when the committed `schema/drill.schema.json` is stale).
 */
import { z } from 'zod';
import { DrillSchema } from './schema.js';

/** The schema as pretty-printed JSON with a trailing newline. */
export function drillJsonSchemaText(): string {
  const schema = z.toJSONSchema(DrillSchema, { io: 'input', unrepresentable: 'any' });
  const withTitle = {
    ...schema,
    title: 'Rapport drill',
    description: 'A fixed, graded set of scenarios for an onboarding cohort. Generated from src/core/drill/schema.ts by `npm run schema`.',
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}
