/**
 * `rapport` executable entry (bundled to dist/main.js). Everything else is in
 * cli.ts so it can be called without side effects.
 */
import { main } from './cli.js';

// A reader that stops early (`rapport list | head -1`) closes the pipe; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
