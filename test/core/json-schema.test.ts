import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/core/scenario/json-schema.js';

describe('schema/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(readFileSync('schema/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the scenario keys and forbids unknown ones', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'category', 'difficulty', 'persona', 'start', 'states']));
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('outOfTurns');
  });
});
