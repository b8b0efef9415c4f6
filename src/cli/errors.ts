/**
 * The two kinds of error the CLI shows, and the one renderer for both.
 *
 * - A {@link UserError} is something the person can fix: the message says what
 *   is wrong and `next` says what to do. No stack trace.
 * - Anything else is a bug in Rapport: show the stack and ask for a report.
 *
 * `describeError()` returns data so the Ink app can draw the same report.
 */
import { inert } from '../core/sanitize.js';

/** Exit codes used by the CLI. */
export const EXIT = {
  ok: 0,
  /** A user-fixable problem (bad file, missing scenario, invalid input). */
  failure: 1,
  /** Wrong usage: unknown command or flag, missing argument. */
  usage: 2,
  /** A bug in Rapport (EX_SOFTWARE). */
  bug: 70,
} as const;

/** An error the user can fix; carries what to do next. */
export class UserError extends Error {
  override name = 'UserError';
  /** What to do about it, one short sentence per entry. */
  readonly next: string[];
  readonly exitCode: number;

  constructor(message: string, next: string | string[] = [], options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.next = Array.isArray(next) ? next : [next];
    this.exitCode = options.exitCode ?? EXIT.failure;
  }
}

/** Wrong usage of the command line (exit 2). */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string, next?: string | string[]) {
    super(message, next ?? [], { exitCode: EXIT.usage });
  }
}

/** What to show for an error, independent of how it is drawn. */
export interface ErrorReport {
  kind: 'user' | 'bug';
  message: string;
  next: string[];
  /** Only for bugs. */
  stack?: string;
  exitCode: number;
}

/** What a file-system error code means, in words; undefined for codes that are not the person's to fix. */
const FILE_SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** The words for a file-system error ("permission denied"), or undefined when it is not one the person can fix. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === undefined ? undefined : FILE_SYSTEM_REASONS[code];
}

const REPORT_REQUEST =
  'This is a bug in Rapport, not something you did. Please report it with the command you ran and the output above.';

/** Classify an error into a report (pure; no output). */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof UserError) {
    return { kind: 'user', message: error.message, next: error.next, exitCode: error.exitCode };
  }
  // A folder Rapport cannot write to ($RAPPORT_HOME a file, no permission, a full disk) is the person's to fix, not a bug.
  const reason = fileSystemReason(error);
  const where = (error as NodeJS.ErrnoException | undefined)?.path;
  if (reason !== undefined && where !== undefined) {
    return {
      kind: 'user',
      message: `cannot use ${where}: ${reason}.`,
      next: ['Rapport keeps its data in $RAPPORT_HOME (or your user data folder when it is not set): point it at a folder you can write to, or fix that folder.'],
      exitCode: EXIT.failure,
    };
  }
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    kind: 'bug',
    message: err.message || err.name,
    next: [REPORT_REQUEST],
    stack: err.stack ?? `${err.name}: ${err.message}`,
    exitCode: EXIT.bug,
  };
}

/** Format a report as plain text lines for stderr. */
export function formatErrorReport(report: ErrorReport): string {
  const lines: string[] = [];
  if (report.kind === 'user') {
    lines.push(`rapport: ${inert(report.message)}`);
    for (const step of report.next) lines.push(`  → ${inert(step)}`);
  } else {
    lines.push(`rapport: internal error: ${inert(report.message)}`);
    if (report.stack) lines.push('', inert(report.stack));
    lines.push('', ...report.next);
  }
  return lines.join('\n') + '\n';
}

/** Render any error to a stream and return the exit code to use. */
export function renderError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const report = describeError(error);
  stderr.write(formatErrorReport(report));
  return report.exitCode;
}
