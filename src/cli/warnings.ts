/**
 * Warnings on stderr, one line each, always inert.
 */
import { inert } from '../core/sanitize.js';
import type { CliIo } from './io.js';
import { formatProblem, type Problem } from '../core/problem.js';

/** A `warn` function for the store and loaders that prints to this io's stderr. */
export function warner(io: CliIo): (message: string) => void {
  return (message) => io.stderr.write(`rapport: warning: ${inert(message, { multiline: false })}\n`);
}

/**
 * A problem found while listing, as one warning: `path:line:col: message`,
 * errors followed by `note`. The line is already a warning, so a warning's
 * own "warning:" label is left out.
 */
export function problemWarning(problem: Problem, note: string): string {
  return problem.severity === 'warning' ? formatProblem({ ...problem, severity: 'error' }) : `${formatProblem(problem)} ${note}`;
}

/** Print scenario problems found while listing, as `path:line:col: message`. */
export function warnProblems(io: CliIo, problems: readonly Problem[], note: string): void {
  for (const problem of problems) io.stderr.write(`rapport: warning: ${inert(problemWarning(problem, note), { multiline: false })}\n`);
}
