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
