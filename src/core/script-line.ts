/**
 * The one command a script line (a `--script` file, a scenario test's
 * replies) can hold: `/wait 30` is thirty seconds of silence. Everything else
 * is a trainee reply.
 */
import { meantHint } from './did-you-mean.js';

/** `/wait 30`, `/wait 2.5`, `/wait 30s`: seconds of silence. */
export const WAIT = /^\/wait\s+(\d+(?:\.\d+)?)\s*s?$/i;

/**
 * Why a line that starts like a command ("/wiat 30", "/wait thirty",
 * "/wait") is not one, with the fix; undefined for every other line. Such a
 * line is not silence: it would be sent to the customer as a reply.
 * @example scriptCommandProblem('/wiat 30') → 'silence is written "/wait <seconds>": did you mean "/wait 30"?'
 */
export function scriptCommandProblem(line: string): string | undefined {
  const text = line.trim();
  if (!/^\/\s*[a-z]/i.test(text) || WAIT.test(text)) return undefined;
  const seconds = /\d+(?:\.\d+)?/.exec(text)?.[0];
  return `silence is written "/wait <seconds>"${seconds ? `: ${meantHint(`/wait ${seconds}`)}` : ', e.g. "/wait 30"'}`;
}
