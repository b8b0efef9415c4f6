/**
 * The interactive drill in the terminal app (exam mode, scenario after
 * scenario, then a result screen).
 */
import type { CliIo } from './io.js';
import type { ParsedArgs } from './command-spec.js';
import type { LoadedDrill } from './find-drill.js';
import { UsageError } from './errors.js';

/** Run a drill in the terminal app. */
export async function runInteractiveDrill(loaded: LoadedDrill, _args: ParsedArgs, _io: CliIo): Promise<number> {
  throw new UsageError(`The interactive drill is not available in this build yet.`, `Run it headless: rapport drill ${loaded.drill.id} --script-dir <folder> --trainee NAME`);
}
