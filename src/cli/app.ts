/**
 * The interactive app: `rapport` with no arguments, and `rapport play <id>`
 * without `--script`. Loads Ink and React only here (their own chunk), after
 * starting to read the data the first screen needs, so both load together.
 *
 * When stdin or stdout is not a terminal, Ink's raw mode cannot work: the
 * conversation then runs line by line (line-play.ts) instead of crashing.
 */
import type { Mode } from '../ui/services.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { holdKeys, inkStreams, useColorFrom, withExitSignals } from './ink-run.js';
import { createAppServices } from './app-services.js';
import { inert } from '../core/sanitize.js';

export interface AppOptions {
  /** Open this scenario's briefing (id or .yaml path). */
  scenario?: string;
  mode?: string;
  seed?: number;
  trainee?: string | null;
}

/** `--mode coach|exam`, checked. */
export function parseMode(value: string | undefined): Mode {
  if (value === undefined || value === 'coach') return 'coach';
  if (value === 'exam') return 'exam';
  throw new UsageError(`--mode must be coach or exam (got "${value}").`, 'coach: feedback after every reply; exam: feedback only at the end.');
}

/** True when the app can take over the terminal. */
export function isInteractive(io: Pick<CliIo, 'stdin' | 'stdout'>): boolean {
  return Boolean((io.stdin as NodeJS.ReadStream).isTTY && (io.stdout as NodeJS.WriteStream).isTTY);
}

/**
 * Keeps anything a dependency prints off the screen while Ink draws it:
 * console output and process warnings are collected and shown after exit.
 */
function quietDependencies(collect: (message: string) => void): () => void {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((name) => [name, console[name]] as const);
  for (const name of methods) console[name] = (...args: unknown[]) => collect(args.map(String).join(' '));
  const warningListeners = process.listeners('warning');
  process.removeAllListeners('warning');
  const onWarning = (warning: Error) => collect(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  return () => {
    for (const [name, fn] of saved) console[name] = fn;
    process.off('warning', onWarning);
    for (const listener of warningListeners) process.on('warning', listener);
  };
}

/** Runs the app and returns the exit code. */
export async function runApp(options: AppOptions, io: CliIo): Promise<number> {
  const mode = parseMode(options.mode);
  const notes: string[] = [];
  const services = createAppServices(io, (message) => notes.push(message));

  if (!isInteractive(io)) {
    const { runLinePlay } = await import('./line-play.js');
    return runLinePlay({ ...options, mode }, io, services, notes);
  }

  // Keys typed from here on wait, un-echoed, for the first screen (while the UI loads, the first frame is not drawn).
  const releaseKeys = holdKeys(io.stdin);
  try {
    return await runInteractive(options, mode, io, services, notes);
  } finally {
    releaseKeys();
  }
}

async function runInteractive(options: AppOptions, mode: Mode, io: CliIo, services: ReturnType<typeof createAppServices>, notes: string[]): Promise<number> {
  const color = useColorFrom(io.env);

  // Start the first screen's data and the UI modules together.
  const ui = import('../ui/render-app.js');
  const scenario = options.scenario ? await services.loadScenario(options.scenario) : undefined;
  const trainee = options.trainee ?? (await services.getTraineeName());
  // A new trainee first sees the name prompt, which needs no scenarios: the
  // list loads after the name is given.
  const scenarios = scenario ? undefined : trainee === null ? [] : await services.listScenarios();
  const { renderApp } = await ui;

  const restore = quietDependencies((message) => notes.push(message));
  let outcome: { code: number; abandonedTranscript?: string; saveError?: string };
  try {
    outcome = await withExitSignals((exitSignal) =>
      renderApp(
        {
          services,
          ...(scenario ? { start: { scenario, mode, ...(options.seed !== undefined ? { seed: options.seed } : {}) } } : {}),
          preload: { trainee, ...(scenarios ? { scenarios } : {}) },
          color,
          exitSignal,
        },
        inkStreams(io),
      ),
    );
  } finally {
    restore();
  }
  if (outcome.abandonedTranscript) {
    io.stdout.write(`Conversation saved as abandoned: ${inert(outcome.abandonedTranscript, { multiline: false })}\n`);
  }
  if (outcome.saveError !== undefined) {
    io.stderr.write(`rapport: the conversation could not be saved: ${inert(outcome.saveError, { multiline: false })}\n`);
  }
  for (const note of notes) io.stderr.write(`rapport: warning: ${inert(note, { multiline: false })}\n`);
  return outcome.code;
}
