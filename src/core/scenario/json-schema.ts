/**
 * The JSON Schemas for scenario files and their test files, generated from
 * the zod schemas so the two never drift (a test fails when a committed file
 * is stale). Drills use the same helper (`drill/json-schema.ts`).
 */
import { z } from 'zod';
import { ScenarioSchema, TestFileSchema } from './schema.js';

/**
 * A zod schema as JSON Schema text (input side, pretty-printed, trailing
 * newline), titled for editors.
 * @example jsonSchemaText(DrillSchema, 'Rapport drill', 'A fixed, graded set of scenarios …')
 */
export function jsonSchemaText(schema: z.ZodType, title: string, description: string): string {
  return `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title, description }, null, 2)}\n`;
}

/** The schema for scenario files. */
export function scenarioJsonSchemaText(): string {
  return jsonSchemaText(
    ScenarioSchema,
    'Rapport scenario',
    'A customer persona and dialogue graph for the Rapport CSR training simulator. Generated from src/core/scenario/schema.ts by `npm run schema`.',
  );
}

/** The JSON Schema for `<id>.test.yaml` files (scenario tests kept beside a scenario). */
export function testFileJsonSchemaText(): string {
  return jsonSchemaText(
    TestFileSchema,
    'Rapport scenario tests',
    'Scenario tests for `rapport test`, kept beside the scenario as <id>.test.yaml. Generated from src/core/scenario/schema.ts by `npm run schema`.',
  );
}
