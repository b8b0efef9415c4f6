/**
 * Generate `schema/scenario.schema.json` from the zod schema (the source of
 * truth), so editors can complete and check scenario files.
 *   npm run schema          write the file
 *   npm run schema -- --check   exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drillJsonSchemaText } from '../src/core/drill/json-schema.js';
import { scenarioJsonSchemaText, testFileJsonSchemaText } from '../src/core/scenario/json-schema.js';

const outputs = [
  { target: fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url)), text: scenarioJsonSchemaText() },
  { target: fileURLToPath(new URL('../schema/scenario-tests.schema.json', import.meta.url)), text: testFileJsonSchemaText() },
  { target: fileURLToPath(new URL('../schema/drill.schema.json', import.meta.url)), text: drillJsonSchemaText() },
];
let stale = false;
for (const { target, text } of outputs) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write(`${target} is stale: run \`npm run schema\`\n`);
      stale = true;
    }
  } else {
    writeFileSync(target, text);
    process.stdout.write(`wrote ${target}\n`);
  }
}
if (process.argv.includes('--check')) {
  if (stale) process.exit(1);
  process.stdout.write('schema is up to date\n');
}
