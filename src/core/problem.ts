/**
 * A problem found in a user-supplied file, as data: the loader returns them,
 * the CLI decides how to print them and which exit code to use.
 */

/** One located problem. `line` and `col` are 1-based. */
export interface Problem {
  /** The file the problem is in, as the user named it. */
  path: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it, e.g. `did you mean "heated"?`. */
  hint?: string;
}

/**
 * Render a problem as `path:line:col: message (hint)`, the format editors and
 * terminals recognise as a clickable location. Warnings say `warning:`.
 * @example formatProblem(p) → "scenarios/x.yaml:12:7: unknown state \"heatd\" (did you mean \"heated\"?)"
 */
export function formatProblem(p: Problem): string {
  return render(p, false);
}

/**
 * Like {@link formatProblem}, but errors say so too: `path:line:col: error: message`,
 * the way `rapport validate` and `rapport test` print them for trainers.
 */
export function formatLabelledProblem(p: Problem): string {
  return render(p, true);
}

function render(p: Problem, labelErrors: boolean): string {
  const level = p.severity === 'warning' ? 'warning: ' : labelErrors ? 'error: ' : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${p.path}:${p.line}:${p.col}: ${level}${p.message}${hint}`;
}

/** Problems sorted by position, so a file reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.col - b.col);
}
