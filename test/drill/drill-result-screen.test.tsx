/**
 * The drill result screen on its own: what a trainee must read off it (the
 * submission file to hand in, the scenario to practise) stays whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { DrillResultScreen } from '../../src/ui/drill/DrillResultScreen.js';
import type { DrillInfo, DrillOutcome } from '../../src/ui/drill/services.js';
import { plain, resize, tick } from '../ui/fixtures.js';

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

  it.each([
    [80, 24],
    [60, 16],
  ])('at %i×%i a fail with the overall at its mark says which skill failed it, in the words of the text result', async (columns, rows) => {
    const onSkill: DrillOutcome = {
      ...outcome,
      verdict: {
        ...outcome.verdict,
        score: 55,
        overall: { score: 55, mark: 55, passed: true },
        skills: [
          { skill: 'empathy', score: 34.7, mark: 40, passed: false },
          { skill: 'positivity', score: 50, passed: true },
          { skill: 'followThrough', score: 48, passed: true },
        ],
        passed: false,
      },
    };
    const view = render(<DrillResultScreen drill={drill} outcome={onSkill} onDone={() => {}} />);
    resize(view.stdout, columns, rows);
    await tick();
    const frame = plain(view.lastFrame());
    expect(frame.split('\n').length).toBeLessThan(rows);
    expect(frame.replace(/\s+/g, ' ')).toContain('✗ NOT PASSED overall 55 (pass mark 55) — empathy (34.7, mark 40) is below its mark');
    expect(frame.split('\n').map((line) => line.trim()).join('')).toContain(SUBMISSION);
  });

  it('a fail below the overall mark says nothing more: the overall says why', () => {
    const frame = plain(render(<DrillResultScreen drill={drill} outcome={outcome} onDone={() => {}} />).lastFrame());
    expect(frame).toContain('✗ NOT PASSED  overall 47.2 (pass mark 55)\n');
  });

  describe('a failed drill with three skills to practise, in a window shorter than the whole result', () => {
    const failed: DrillOutcome = {
      ...outcome,
      verdict: {
        ...outcome.verdict,
        skills: [
          { skill: 'empathy', score: 18, mark: 40, passed: false },
          { skill: 'positivity', score: 24.3, mark: 45, passed: false },
          { skill: 'followThrough', score: 22.7, mark: 40, passed: false },
        ],
        practise: (['empathy', 'followThrough', 'positivity'] as const).map((skill, i) => ({
          skill,
          score: 20,
          scenario: 'irate-double-charge',
          reason: `Advice ${i + 1}: this skill averaged 20, below the pass mark; it was lowest in "irate-double-charge" (5).`,
          example: { reply: `That's not my problem, number ${i + 1}.`, message: 'Blames the customer.', rewrite: `Let’s get this sorted together, step ${i + 1}.` },
        })),
      },
    };

    /** Render at a window size, as a terminal reports it. */
    async function at(columns: number, rows: number) {
      const view = render(<DrillResultScreen drill={drill} outcome={failed} onDone={() => {}} />);
      resize(view.stdout, columns, rows);
      await tick();
      return view;
    }

    it.each([
      [80, 24],
      [60, 16],
    ])('at %i×%i the verdict, the scores and the file to hand in stay on screen; the frame is shorter than the window', async (columns, rows) => {
      const { lastFrame } = await at(columns, rows);
      const frame = plain(lastFrame());
      // Ink clears the whole terminal, scrollback too, for a frame as tall as the window: the top would be lost for good.
      expect(frame.split('\n').length).toBeLessThan(rows);
      expect(frame).toMatch(/Drill result/);
      expect(frame).toContain('✗ NOT PASSED  overall 47.2 (pass mark 55)');
      expect(frame).toContain('Charged twice, and nobody called back');
      expect(frame).toMatch(/✗ Follow-through +22\.7 +pass mark 40/);
      expect(frame.split('\n').map((line) => line.trim()).join('')).toContain(SUBMISSION);
      expect(frame).toContain('Hand this file to your cohort lead.');
      expect(frame).toMatch(/↓ \d+ more below \(↑↓ to scroll\)/);
    });

    it('↓ scrolls to the last piece of advice, and Enter still finishes', async () => {
      const onDone = vi.fn();
      const view = render(<DrillResultScreen drill={drill} outcome={failed} onDone={onDone} />);
      resize(view.stdout, 80, 24);
      await tick();
      expect(plain(view.lastFrame())).not.toContain('step 3');
      for (let i = 0; i < 30; i++) {
        view.stdin.write('\u001b[B');
        await tick(5);
      }
      const bottom = plain(view.lastFrame()).replace(/\s+/g, ' ');
      expect(bottom).toContain('Let’s get this sorted together, step 3.');
      expect(bottom).not.toContain('more below');
      expect(bottom).toContain('✗ NOT PASSED');
      expect(onDone).not.toHaveBeenCalled();
      view.stdin.write('\r');
      await tick();
      expect(onDone).toHaveBeenCalled();
    });
  });

  it('says in which scenario turns ran out of time, which the advice does not mention', () => {
    const slow: DrillOutcome = { ...outcome, scenarios: outcome.scenarios.map((s, i) => ({ ...s, timedOut: i === 0 ? 2 : 0 })) };
    const { lastFrame } = render(<DrillResultScreen drill={{ ...drill, replyTimeLimit: 120 }} outcome={slow} onDone={() => {}} />);
    const frame = plain(lastFrame()).replace(/\s+/g, ' ');
    expect(frame).toContain('2 turns ran out of time in “Charged twice, and nobody called back” (no reply within 120 s; each scored 0).');
    expect(frame).not.toContain('ran out of time in “The same machine');
  });

  it('names the scenario to practise by its title, as the home screen lists it', () => {
    const { lastFrame } = render(<DrillResultScreen drill={drill} outcome={outcome} onDone={() => {}} />);
    const frame = plain(lastFrame()).replace(/\s+/g, ' ');
    expect(frame).toContain('lowest in “The same machine, fifty cheaper down the road” (30). Practise that scenario next.');
    expect(frame).not.toContain('ethics-cheaper-elsewhere');
  });
});
