import { describe, expect, it } from 'vitest';
import { describeError, EXIT, formatErrorReport, UsageError, UserError } from '../../src/cli/errors.js';

describe('the two kinds of error', () => {
  it('a user error says what to do next, with no stack', () => {
    const report = describeError(new UserError('No script file at x.txt', 'A script is a text file.'));
    expect(report).toEqual({ kind: 'user', message: 'No script file at x.txt', next: ['A script is a text file.'], exitCode: EXIT.failure });
    expect(formatErrorReport(report)).toBe('rapport: No script file at x.txt\n  → A script is a text file.\n');
  });

  it('a usage error exits 2', () => {
    expect(describeError(new UsageError('Unknown option --x.', ['Did you mean --json?'])).exitCode).toBe(2);
  });

  it('anything else is a bug: stack, a request to report it, exit 70', () => {
    const bug = new TypeError('boom');
    const report = describeError(bug);
    expect(report).toMatchObject({ kind: 'bug', message: 'boom', exitCode: EXIT.bug });
    const text = formatErrorReport(report);
    expect(text).toContain('rapport: internal error: boom');
    expect(text).toContain(bug.stack!.split('\n')[1]!.trim());
    expect(text).toContain('Please report it');
    expect(describeError('a string thrown').message).toBe('a string thrown');
  });

  it('a folder that cannot be written (permission, a file in the way, a full disk) is the person\'s to fix, not a bug', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/data/progress.json'"), { code: 'EACCES', path: '/data/progress.json' });
    expect(describeError(denied)).toMatchObject({ kind: 'user', message: 'cannot use /data/progress.json: permission denied.', exitCode: EXIT.failure });
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: '/data/transcripts/x.md' });
    expect(describeError(full).message).toBe('cannot use /data/transcripts/x.md: the disk is full.');
    // Without a path, or with a code that is no one's to fix, it stays a bug.
    expect(describeError(Object.assign(new Error('EACCES'), { code: 'EACCES' })).kind).toBe('bug');
    expect(describeError(Object.assign(new Error('EBADF'), { code: 'EBADF', path: '/x' })).kind).toBe('bug');
  });

  it('messages are shown inert', () => {
    expect(formatErrorReport(describeError(new UserError('bad \x1b[2J name')))).toBe('rapport: bad ␛[2J name\n');
  });
});
