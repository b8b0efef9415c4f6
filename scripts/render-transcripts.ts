/**
 * Replay every reference script in transcripts/ with the real analyzer and
 * write the Markdown next to it (`<id>.<kind>.md`), for trainers.
 *   npm run transcripts             write the files
 *   npm run transcripts -- --check  exit 1 if any is stale
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/core/analyze.js';
import { loadScenarioText } from '../src/core/scenario/load.js';
import { parseExpectations } from '../src/core/script-expectations.js';
import { playScript } from '../src/core/session.js';
import { renderTranscript } from '../src/core/transcript-markdown.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every reference script with the Markdown it should render to. */
export function renderAll(): { script: string; markdownPath: string; markdown: string }[] {
  const dir = join(root, 'transcripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [id, kind] = file.split('.');
      const scenarioPath = join('scenarios', `${id}.yaml`);
      const loaded = loadScenarioText(readFileSync(join(root, scenarioPath), 'utf8'), scenarioPath);
      if (!loaded.scenario) throw new Error(`${scenarioPath} does not load`);
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const { seed } = parseExpectations(lines);
      const result = playScript(loaded.scenario, lines, { seed, analyze });
      const title = `${loaded.scenario.title}: ${kind === 'exemplary' ? 'an exemplary conversation' : 'a poor conversation'}`;
      return { script: file, markdownPath: join(dir, file.replace(/\.txt$/, '.md')), markdown: renderTranscript(loaded.scenario, result, title) };
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let stale = 0;
  for (const { markdownPath, markdown } of renderAll()) {
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(markdownPath, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== markdown) {
        stale++;
        process.stderr.write(`${markdownPath} is stale: run \`npm run transcripts\`\n`);
      }
    } else {
      writeFileSync(markdownPath, markdown);
      process.stdout.write(`wrote ${markdownPath}\n`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
