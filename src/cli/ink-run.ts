/**
 * What every full-screen Ink command needs around its render: the colour
 * choice and routing Ctrl-C / TERM / HUP to the app so it can save and quit.
 */
import type { CliIo } from './io.js';

/** The app registers a quit handler and gets back a function that unregisters it. */
export type ExitSignal = (quit: () => void) => () => void;

/** False when NO_COLOR is set; then forces Ink's colour library off (it reads FORCE_COLOR when it loads). */
export function useColorFrom(env: CliIo['env']): boolean {
  const color = !(typeof env.NO_COLOR === 'string' && env.NO_COLOR !== '');
  if (!color) process.env.FORCE_COLOR = '0';
  return color;
}

/** Runs `render` with process signals delivered to the app's quit handlers, detached again afterwards. */
export async function withExitSignals<T>(render: (exitSignal: ExitSignal) => Promise<T>): Promise<T> {
  const quitters = new Set<() => void>();
  const onSignal = () => {
    for (const quit of quitters) quit();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  try {
    return await render((quit) => {
      quitters.add(quit);
      return () => {
        quitters.delete(quit);
      };
    });
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

/** The CLI's streams as Ink wants them. */
export function inkStreams(io: CliIo): { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream } {
  return { stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream, stderr: io.stderr as NodeJS.WriteStream };
}

/**
 * Puts a terminal's stdin in raw mode at once, before the app has loaded,
 * and returns the function that puts it back (safe to call after Ink has).
 *
 * Until Ink's first frame is drawn and it starts reading, keys wait in the
 * terminal; in its ordinary (cooked) mode the terminal would echo them over
 * the screen and hand an Enter over as a line feed. Nothing is read here:
 * Ink reads what waited along with what comes after. Raw mode only when stdin
 * is a TTY.
 */
export function holdKeys(stdin: CliIo['stdin']): () => void {
  const tty = stdin as NodeJS.ReadStream;
  if (!tty.isTTY || typeof tty.setRawMode !== 'function') return () => {};
  tty.setRawMode(true);
  return () => {
    if (tty.isRaw) tty.setRawMode(false);
  };
}
