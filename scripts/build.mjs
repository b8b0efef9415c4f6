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
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
const quiet = process.argv.includes('--quiet');

await rm(outdir, { recursive: true, force: true });

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts' },
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
  process.stdout.write(`built dist/main.js + ${outputs.length - 1} chunks (${(total / 1024).toFixed(0)} KiB) in ${ms} ms\n`);
}
