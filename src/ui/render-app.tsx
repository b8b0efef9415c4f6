import { render } from 'ink';
import { App } from './App.js';
import type { AppProps } from './App.js';

export interface Streams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Draws the app on these streams and resolves when it has exited. Ctrl-C is
 * the app's to handle (it saves first), and console output is not Ink's to
 * print: the shell collects it.
 */
export async function renderApp(props: Omit<AppProps, 'onExit'>, streams: Streams): Promise<Parameters<AppProps['onExit']>[0]> {
  let outcome: Parameters<AppProps['onExit']>[0] = { code: 0 };
  const instance = render(
    <App
      {...props}
      onExit={(result) => {
        outcome = result;
        instance.unmount();
      }}
    />,
    { ...streams, exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return outcome;
}
