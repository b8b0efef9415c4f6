/**
 * Generate `schema/scenario.schema.json` and `schema/drill.schema.json` from
 * the zod schemas (the source of truth), so editors can complete and check files.
 *   npm run schema          write the file
 *   npm run schema -- --check   exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drillJsonSchemaText } from '../src/core/drill/json-schema.js';
import { scenarioJsonSchemaText } from '../src/core/scenario/json-schema.js';

const schemas: [string, string][] = [
  [fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url)), scenarioJsonSchemaText()],
  [fileURLToPath(new URL('../schema/drill.schema.json', import.meta.url)), drillJsonSchemaText()],
];
for (const [target, text] of schemas) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write(`${target} is stale: run \`npm run schema\`\n`);
      process.exit(1);
    }
    process.stdout.write('schema is up to date\n');
  } else {
    writeFileSync(target, text);
    process.stdout.write(`wrote ${target}\n`);
  }
}
