import { describe, expect, it } from 'vitest';
import { gradeDrill } from '../../src/core/drill/grade-drill.js';
import type { SessionResult } from '../../src/core/session-types.js';
import type { SkillScores } from '../../src/core/types.js';

const drill = { scenarios: ['a', 'b'], pass: { overall: 60, empathy: 50, followThrough: 40 } };

function result(score: number, scores: SkillScores, replies: { reply: string; scores: SkillScores; tip?: string }[] = []): SessionResult {
  return {
    scenarioId: 'x',
    seed: 1,
    ending: 'resolved',
    opening: [],
    turns: replies.map((r, i) => ({
      index: i + 1,
      reply: r.reply,
      analysis: {
        scores: r.scores,
        intents: [],
        evidence: [],
        tips: r.tip ? [{ rule: 'r', skill: 'empathy', message: r.tip, rewrite: `better: ${r.reply}` }] : [],
        commitments: [],
        stems: [],
      },
      customer: [],
      stateBefore: 's',
      state: 's',
      mood: 50,
      moodDelta: 0,
      goalsMet: [],
    })),
    score,
    scores,
    goals: [],
    mood: 50,
  };
}

describe('gradeDrill', () => {
  it('averages the scenarios and checks every pass mark', () => {
    const verdict = gradeDrill(drill, {
      a: result(70, { empathy: 60, positivity: 30, followThrough: 50 }),
      b: result(61, { empathy: 45, positivity: 40, followThrough: 40 }),
    });
    expect(verdict.score).toBe(65.5);
    expect(verdict.scores).toEqual({ empathy: 52.5, positivity: 35, followThrough: 45 });
    expect(verdict.overall).toEqual({ score: 65.5, mark: 60, passed: true });
    expect(verdict.skills).toEqual([
      { skill: 'empathy', score: 52.5, mark: 50, passed: true },
      { skill: 'positivity', score: 35, passed: true },
      { skill: 'followThrough', score: 45, mark: 40, passed: true },
    ]);
    expect(verdict.passed).toBe(true);
  });

  it('fails on one skill below its mark even with a passing overall', () => {
    const verdict = gradeDrill(drill, {
      a: result(90, { empathy: 40, positivity: 90, followThrough: 90 }),
      b: result(90, { empathy: 50, positivity: 90, followThrough: 90 }),
    });
    expect(verdict.overall.passed).toBe(true);
    expect(verdict.passed).toBe(false);
    expect(verdict.practise.map((p) => [p.skill, p.scenario])).toEqual([['empathy', 'a']]);
  });

  it('without skill marks, the weakest skill is the one least above a neutral reply, not the lowest raw score', () => {
    // Empathy 40 is 10 above where a neutral reply starts (30); positive language 50 only 5 above its 45.
    const verdict = gradeDrill({ scenarios: ['a'], pass: { overall: 40 } }, { a: result(60, { empathy: 40, positivity: 50, followThrough: 60 }) });
    expect(verdict.passed).toBe(true);
    expect(verdict.practise.map((p) => p.skill)).toEqual(['positivity']);
  });

  it('counts a scenario not played as 0 and sends the trainee back to it', () => {
    const verdict = gradeDrill(drill, { a: result(80, { empathy: 80, positivity: 80, followThrough: 80 }) });
    expect(verdict.score).toBe(40);
    expect(verdict.passed).toBe(false);
    expect(verdict.practise[0]).toMatchObject({ skill: 'empathy', scenario: 'b', reason: 'You did not finish "b".' });
  });

  it('a scenario handed in with no reply (an empty script) is named as not replied to, not as where the skill was lowest "(0)"', () => {
    const verdict = gradeDrill(drill, { a: result(80, { empathy: 60, positivity: 80, followThrough: 80 }), b: result(0, { empathy: 0, positivity: 0, followThrough: 0 }) });
    expect(verdict.practise[0]).toMatchObject({ skill: 'empathy', scenario: 'b', reason: 'You sent no reply in "b", so it counts 0 on every skill.' });
  });

  it('advises the weakest skill even when everything passed, quoting the reply that cost most', () => {
    const verdict = gradeDrill(drill, {
      a: result(80, { empathy: 70, positivity: 80, followThrough: 90 }, [
        { reply: 'Fine.', scores: { empathy: 20, positivity: 50, followThrough: 50 }, tip: 'Name the feeling.' },
        { reply: 'I see.', scores: { empathy: 40, positivity: 50, followThrough: 50 }, tip: 'Say more.' },
      ]),
      b: result(80, { empathy: 75, positivity: 80, followThrough: 90 }),
    });
    expect(verdict.passed).toBe(true);
    expect(verdict.practise).toHaveLength(1);
    expect(verdict.practise[0]).toMatchObject({ skill: 'empathy', scenario: 'a', example: { reply: 'Fine.', message: 'Name the feeling.' } });
  });

  it('a turn with no reply in time is quoted as such in "what to practise next", not as empty quotes', async () => {
    const { analyze } = await import('../../src/core/analyze.js');
    const { createDrillSession } = await import('../../src/core/drill/drill-session.js');
    const { builtInScenario } = await import('./helpers.js');
    const { scenario } = builtInScenario('irate-double-charge');
    const one = { scenarios: [scenario.id], seed: 3, replyTimeLimit: 60, pass: { overall: 90, followThrough: 90 } };
    const session = createDrillSession(scenario, one, { analyze });
    session.reply("I'm sorry about the double charge, that is frustrating.");
    session.wait(61);
    const verdict = gradeDrill(one, { [scenario.id]: session.result() }, { [scenario.id]: scenario });
    const follow = verdict.practise.find((p) => p.skill === 'followThrough');
    expect(follow?.example).toMatchObject({ reply: '', timedOut: true });
    expect(follow?.example?.message).toMatch(/No reply within 60 seconds/);
  });
});

