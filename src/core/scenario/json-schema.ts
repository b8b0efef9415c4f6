/**
 * The JSON Schema for scenario files, generated from the zod schema so the
 * two never drift (a test fails when the committed file is stale).
 */
import { z } from 'zod';
import { ScenarioSchema, TestFileSchema } from './schema.js';

/** The schema's `$id`-less JSON text, pretty-printed with a trailing newline. */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  const withTitle = {
    ...schema,
    title: 'Rapport scenario',
    description: 'A customer persona and dialogue graph for the Rapport CSR training simulator. Generated from src/core/scenario/schema.ts by `npm run schema`.',
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}

/** The JSON Schema for `<id>.test.yaml` files (scenario tests kept beside a scenario). */
export function testFileJsonSchemaText(): string {
  const schema = z.toJSONSchema(TestFileSchema, { io: 'input', unrepresentable: 'any' });
  const withTitle = {
    ...schema,
    title: 'Rapport scenario tests',
    description: 'Scenario tests for `rapport test`, kept beside the scenario as <id>.test.yaml. Generated from src/core/scenario/schema.ts by `npm run schema`.',
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}
