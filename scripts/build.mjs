#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into `dist/` (ESM, code splitting).
 *
 * Why splitting: each command is a dynamic import, so `rapport list` never
 * parses Ink/React (≈0.6 s) or the analysis rules. The entry is `dist/main.js`;
 * `bin/rapport.js` imports it.
 *
 * Why the createRequire banner: bundled CommonJS dependencies (natural's deep
 * modules, proper-lockfile, graceful-fs) call `require` for Node built-ins,
 * which an ESM bundle does not have otherwise.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

await rm(outdir, { recursive: true, force: true });

// A hash of every source file: caches made by one build (e.g. the scenario
// catalog) are ignored by a build from different code.
async function sourceHash() {
  const hash = createHash('sha256');
  const files = (await readdir(path.join(root, 'src'), { recursive: true })).filter((f) => /\.tsx?$/.test(f)).sort();
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(root, 'src', file))).update('\0');
  hash.update(await readFile(path.join(root, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}
const buildId = await sourceHash();

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  // The cohort report re-scores in worker threads; their entry is bundled beside main.
  entryPoints: { main: 'src/cli/main.ts', 'cohort-worker': 'src/cli/cohort-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Chunk names stay stable and readable in stack traces.
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __rapportCreateRequire } from 'module'; const require = __rapportCreateRequire(import.meta.url);",
  },
  // Ink optionally imports react-devtools-core only when DEV=true; never ship it.
  external: ['react-devtools-core'],
  jsx: 'automatic',
  // React and Ink ship development builds (several times bigger, slower to load) unless told otherwise.
  define: { __RAPPORT_BUILD_ID__: JSON.stringify(buildId), 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // Smaller bundles compile faster at every start-up; identifiers stay so stack traces remain readable.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});

if (!quiet) {
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const total = outputs.reduce((sum, [, out]) => sum + out.bytes, 0);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`built dist/main.js + ${outputs.length - 1} chunks (${(total / 1024).toFixed(0)} KiB, build ${buildId}) in ${ms} ms\n`);
}
