/**
 * Run the real built CLI (`node bin/rapport.js`) in a child process, with
 * RAPPORT_HOME pointing at a temporary folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'rapport.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'shell');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  home: string;
  input?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Run `rapport ...args` and collect its output. */
export function runCli(args: string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env, RAPPORT_HOME: options.home, NO_COLOR: '1', CI: 'true' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh RAPPORT_HOME; with `scenarios`, the test scenario is installed in it. */
export function tempHome(options: { scenarios?: boolean } = {}): string {
  const home = mkdtempSync(path.join(tmpdir(), 'rapport-test-'));
  if (options.scenarios) {
    mkdirSync(path.join(home, 'scenarios'));
    cpSync(path.join(FIXTURES, 'parcel-late.yaml'), path.join(home, 'scenarios', 'parcel-late.yaml'));
  }
  return home;
}

/** A stack trace line, which must never reach a user for a user error. */
export const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;
