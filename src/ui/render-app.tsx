import { App } from './App.js';
import type { AppProps } from './App.js';
import { renderUntilExit } from './render-until-exit.js';
import type { Streams } from './render-until-exit.js';

/** Draws the app on these streams and resolves when it has exited. */
export function renderApp(props: Omit<AppProps, 'onExit'>, streams: Streams): Promise<Parameters<AppProps['onExit']>[0]> {
  return renderUntilExit((onExit) => <App {...props} onExit={onExit} />, streams, { code: 0 });
}
