/** The terminal app: one entry for the CLI to load lazily. */
export { App } from './App.js';
export type { AppProps, ExitOutcome } from './App.js';
export type * from './services.js';
export { colorEnabled } from './theme.js';
