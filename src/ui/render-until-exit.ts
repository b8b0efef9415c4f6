import { render } from 'ink';
import type { ReactElement } from 'react';

export interface Streams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Draws an app that says how it ended through `onExit`, and resolves with
 * that once Ink has let go of the terminal (`fallback` if it never said).
 * Ctrl-C is the app's to handle (it saves first), and console output is not
 * Ink's to print: the shell collects it.
 */
export async function renderUntilExit<R>(app: (onExit: (result: R) => void) => ReactElement, streams: Streams, fallback: R): Promise<R> {
  let outcome = fallback;
  const instance = render(
    app((result) => {
      outcome = result;
      instance.unmount();
    }),
    { ...streams, exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return outcome;
}
