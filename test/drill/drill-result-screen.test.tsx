/**
 * The drill result screen on its own: what a trainee must read off it (the
 * submission file to hand in, the scenario to practise) stays whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { DrillResultScreen } from '../../src/ui/drill/DrillResultScreen.js';
import type { DrillInfo, DrillOutcome } from '../../src/ui/drill/services.js';
import { plain } from '../ui/fixtures.js';

afterEach(() => cleanup());

const drill: DrillInfo = { id: 'onboarding-week-1', title: 'Onboarding, week 1', pass: { overall: 55 }, scenarios: [] };
const scores = { empathy: 35, positivity: 50, followThrough: 48 };
// A real default data folder is long: the path must survive an 80-column screen whole.
const SUBMISSION = '/home/sam.taylor/.local/share/rapport-nodejs/submissions/onboarding-week-1_sam-taylor_20261123T161401Z.json';

const outcome: DrillOutcome = {
  verdict: {
    score: 47.2,
    scores,
    overall: { score: 47.2, mark: 55, passed: false },
    skills: [
      { skill: 'empathy', score: 35, passed: true },
      { skill: 'positivity', score: 50, passed: true },
      { skill: 'followThrough', score: 48, passed: true },
    ],
    passed: false,
    practise: [
      {
        skill: 'empathy',
        score: 35,
        scenario: 'ethics-cheaper-elsewhere',
        reason: 'Empathy is your weakest skill (35); it was lowest in "ethics-cheaper-elsewhere" (30).',
      },
    ],
  },
  scenarios: [
    { id: 'irate-double-charge', title: 'Charged twice, and nobody called back', ending: 'resolved', score: 50, scores },
    { id: 'ethics-cheaper-elsewhere', title: 'The same machine, fifty cheaper down the road', ending: 'resolved', score: 44, scores },
  ],
  submissionPaths: [SUBMISSION],
};

describe('DrillResultScreen', () => {
  it('shows the whole submission path, even when it is wider than the screen', () => {
    const { lastFrame } = render(<DrillResultScreen drill={drill} outcome={outcome} onDone={() => {}} />);
    const frame = plain(lastFrame());
    // Wrapped lines joined back: every character of the path is on screen, in order.
    const joined = frame.split('\n').map((line) => line.trim()).join('');
    expect(joined).toContain(SUBMISSION);
    expect(frame).toContain('Hand this file to your cohort lead.');
  });

  it('names the scenario to practise by its title, as the home screen lists it', () => {
    const { lastFrame } = render(<DrillResultScreen drill={drill} outcome={outcome} onDone={() => {}} />);
    const frame = plain(lastFrame()).replace(/\s+/g, ' ');
    expect(frame).toContain('lowest in “The same machine, fifty cheaper down the road” (30). Practise that scenario next.');
    expect(frame).not.toContain('ethics-cheaper-elsewhere');
  });
});
