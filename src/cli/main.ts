/**
 * `rapport` executable entry (bundled to dist/main.js). Everything else is in
 * cli.ts so it can be called without side effects.
 */
import { main } from './cli.js';

for (const stream of [process.stdout, process.stderr, process.stdin]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`rapport list | head -1`) closes the pipe; that is not an error.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // The terminal went away (its window closed, the connection dropped): nothing more can be shown or read.
    // The app saves the conversation on screen as abandoned and quits, as on a hang-up; anything else stops.
    if (error.code === 'EIO' || error.code === 'ENXIO') {
      if (process.listenerCount('SIGHUP') > 0) process.emit('SIGHUP', 'SIGHUP');
      else process.exit(process.exitCode ?? 1);
      return;
    }
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
