/**
 * Start-up stays fast only while heavy modules stay out of the commands that
 * do not need them. This reads the bundle's import graph (esbuild metafile,
 * same options as scripts/build.mjs) and checks what each command's chunk
 * loads statically, i.e. before its code can run.
 */
import { describe, expect, it } from 'vitest';
import { build, type Metafile } from 'esbuild';
import { ROOT } from './run-cli.js';

async function staticInputsByCommand(): Promise<Map<string, Set<string>>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: '/tmp/rapport-bundle-test',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    external: ['react-devtools-core'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) closure(imported.path, seen);
    return seen;
  };
  const byCommand = new Map<string, Set<string>>();
  for (const [file, output] of Object.entries(outputs)) {
    const command = output.entryPoint?.match(/^src\/cli\/([\w-]+)\.ts$/)?.[1];
    if (!command) continue;
    const inputs = new Set<string>();
    for (const chunk of closure(file)) for (const input of Object.keys(outputs[chunk]!.inputs)) inputs.add(input);
    byCommand.set(command, inputs);
  }
  return byCommand;
}

const loads = (inputs: Set<string>, needle: string) => [...inputs].some((input) => input.includes(needle));

describe('lazy loading in the bundle', async () => {
  const byCommand = await staticInputsByCommand();

  it.each(['main', 'list', 'play', 'score', 'validate', 'progress'])('%s does not load Ink or React', (command) => {
    const inputs = byCommand.get(command);
    expect(inputs).toBeDefined();
    expect(loads(inputs!, 'node_modules/ink/')).toBe(false);
    expect(loads(inputs!, 'node_modules/react/')).toBe(false);
  });

  it('the entry, list and progress load neither the YAML parser, zod nor the analysis', () => {
    for (const command of ['main', 'list', 'progress']) {
      const inputs = byCommand.get(command)!;
      for (const heavy of ['node_modules/yaml/', 'node_modules/zod/', 'node_modules/xstate/', 'src/core/analyze.ts']) {
        expect({ command, heavy, loaded: loads(inputs, heavy) }).toEqual({ command, heavy, loaded: false });
      }
    }
  });

  it('the check can fail: score does load the analysis', () => {
    expect(loads(byCommand.get('score')!, 'src/core/analyze.ts')).toBe(true);
  });
});
