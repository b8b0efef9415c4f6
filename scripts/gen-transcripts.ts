/**
 * Rewrite the comment lines of every reference transcript in transcripts/
 * from a fresh replay (the replies and the header stay as written):
 *   npm run transcripts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/core/analyze.js';
import { loadScenarioText } from '../src/core/scenario/load.js';
import { parseReferenceTranscript, renderReferenceTranscript } from '../src/core/scenario/reference-transcript.js';

for (const name of readdirSync('transcripts').filter((n) => /\.(exemplary|poor)\.txt$/.test(n))) {
  const file = `transcripts/${name}`;
  const transcript = parseReferenceTranscript(readFileSync(file, 'utf8'));
  const scenario = loadScenarioText(readFileSync(`scenarios/${transcript.scenario}.yaml`, 'utf8'), transcript.scenario).scenario;
  if (!scenario) throw new Error(`${file}: scenario ${transcript.scenario} does not load`);
  writeFileSync(file, renderReferenceTranscript(scenario, transcript, analyze));
  process.stdout.write(`wrote ${file}\n`);
}
