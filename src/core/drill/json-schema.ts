/**
 * The JSON Schema for drill files, generated from the zod schema (a test
 * fails when the committed `schema/drill.schema.json` is stale).
 */
import { jsonSchemaText } from '../scenario/json-schema.js';
import { DrillSchema } from './schema.js';

/** The schema as pretty-printed JSON with a trailing newline. */
export function drillJsonSchemaText(): string {
  return jsonSchemaText(
    DrillSchema,
    'Rapport drill',
    'A fixed, graded set of scenarios for an onboarding cohort. Generated from src/core/drill/schema.ts by `npm run schema`.',
  );
}
