import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/args.js';
import { findCommand } from '../../src/cli/commands.js';

describe('parseCommandArgs', () => {
  const drill = findCommand('drill')!;

  it('a value that starts with "-" gets told how to write it, not that it is missing', () => {
    expect(() => parseCommandArgs(drill, ['onboarding-week-1', '--trainee', '-Dan'])).toThrow(/--trainee got a value that starts with "-"/);
    try {
      parseCommandArgs(drill, ['onboarding-week-1', '--trainee', '-Dan']);
    } catch (error) {
      expect((error as { next: string[] }).next[0]).toContain('--trainee=-value');
    }
    expect(parseCommandArgs(drill, ['onboarding-week-1', '--trainee=-Dan']).values.trainee).toBe('-Dan');
  });

  it('a value left out is still "needs a value"', () => {
    expect(() => parseCommandArgs(drill, ['onboarding-week-1', '--trainee'])).toThrow('--trainee needs a value');
  });
});
