/**
 * Build the CLI once before the tests: the end-to-end tests run the real
 * bundle (`node bin/rapport.js`), and a stale dist/ would test old code.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
}
