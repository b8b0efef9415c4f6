/**
 * Grading a drill: the mean of its scenarios' session scores and per-skill
 * scores, checked against the drill's pass marks, and advice on what to
 * practise next.
 */
import { skillMargin } from '../progress-stats.js';
import type { Scenario } from '../scenario/schema.js';
import type { SessionResult } from '../session-types.js';
import type { Skill, SkillScores } from '../types.js';
import { SKILL_LABELS, SKILLS } from '../types.js';
import type { Drill } from './schema.js';

/** One skill against its pass mark (no mark: always passed). */
export interface SkillVerdict {
  skill: Skill;
  score: number;
  mark?: number;
  passed: boolean;
}

/** A concrete next step for a trainee. */
export interface PractiseAdvice {
  skill: Skill;
  /** The trainee's drill score for this skill. */
  score: number;
  /** The scenario to practise it on (the drill scenario where it was weakest). */
  scenario: string;
  /** Why, in one sentence. */
  reason: string;
  /**
   * The trainee's own words that cost most on this skill, with a better
   * phrasing; `timedOut` when that turn had no reply in time (`reply` is empty).
   */
  example?: { reply: string; rewrite: string; message: string; timedOut?: true };
}

/** A graded drill. */
export interface DrillVerdict {
  /** Mean of the scenarios' session scores, 0–100, one decimal (a scenario not played counts 0). */
  score: number;
  /** Mean per skill over the scenarios, one decimal. */
  scores: SkillScores;
  overall: { score: number; mark: number; passed: boolean };
  skills: SkillVerdict[];
  passed: boolean;
  practise: PractiseAdvice[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** What a scenario with no reply does to the grade, as the advice says it. */
export const COUNTS_ZERO = 'so it counts 0 on every skill';

/**
 * A scenario handed in without a single reply (an empty script, input that
 * ran out first) or not at all: its 0 measures no reply, so advice names it
 * as such, never as where a skill was lowest.
 */
export function sentNoReply(result: Pick<SessionResult, 'turns'> | undefined): boolean {
  return !result || result.turns.length === 0;
}

/**
 * Why a drill failed when the overall alone does not say it: an overall at or
 * above its mark with a skill below, which read as a contradiction
 * ("Overall 55 (pass mark 55): NOT PASSED"). Every verdict line says it this
 * way (the text result, the app's result screen, the cohort CSV's notes), as
 * the cohort report's ranking says `fail (empathy)`. Empty otherwise.
 * @example failedOnSkills(verdict) → ' — empathy (34.7, mark 40) is below its mark'
 */
export function failedOnSkills(verdict: Pick<DrillVerdict, 'overall' | 'skills'>): string {
  if (!verdict.overall.passed) return '';
  const below = verdict.skills.filter((s) => !s.passed);
  if (below.length === 0) return '';
  const names = below.map((s) => `${SKILL_LABELS[s.skill].toLowerCase()} (${s.score}, mark ${s.mark})`);
  return ` — ${names.join(' and ')} ${below.length === 1 ? 'is' : 'are'} below ${below.length === 1 ? 'its mark' : 'their marks'}`;
}

/** What a drill's grade is made of, per scenario: its session score and skill scores. */
export type ScenarioScores = Pick<SessionResult, 'score' | 'scores'>;

/**
 * The drill's score, skill scores and pass or fail from its scenarios' scores
 * alone (missing → not played, scored 0): the arithmetic of {@link gradeDrill},
 * which the cohort report also applies to the results a file states.
 */
export function drillGrade(
  drill: Pick<Drill, 'scenarios' | 'pass'>,
  results: Readonly<Record<string, ScenarioScores | undefined>>,
): Pick<DrillVerdict, 'score' | 'scores' | 'overall' | 'skills' | 'passed'> {
  const n = drill.scenarios.length;
  const played = drill.scenarios.map((id) => results[id]);
  const mean = (pick: (r: ScenarioScores) => number) => oneDecimal(played.reduce((sum, r) => sum + (r ? pick(r) : 0), 0) / n);
  const score = mean((r) => r.score);
  const scores = Object.fromEntries(SKILLS.map((skill) => [skill, mean((r) => r.scores[skill])])) as SkillScores;
  const overall = { score, mark: drill.pass.overall, passed: score >= drill.pass.overall };
  const skills: SkillVerdict[] = SKILLS.map((skill) => {
    const mark = drill.pass[skill];
    return { skill, score: scores[skill], ...(mark === undefined ? {} : { mark }), passed: mark === undefined || scores[skill] >= mark };
  });
  return { score, scores, overall, skills, passed: overall.passed && skills.every((s) => s.passed) };
}

/**
 * Grade a drill from each scenario's result (missing → not played, scored 0).
 * @example gradeDrill(drill, { 'irate-double-charge': result, … }, scenariosById)
 */
export function gradeDrill(
  drill: Pick<Drill, 'scenarios' | 'pass'>,
  results: Readonly<Record<string, SessionResult | undefined>>,
  scenarios: Readonly<Record<string, Scenario | undefined>> = {},
): DrillVerdict {
  const grade = drillGrade(drill, results);
  return { ...grade, practise: practiseAdvice(drill, results, scenarios, grade.skills) };
}

function practiseAdvice(
  drill: Pick<Drill, 'scenarios'>,
  results: Readonly<Record<string, SessionResult | undefined>>,
  scenarios: Readonly<Record<string, Scenario | undefined>>,
  skills: SkillVerdict[],
): PractiseAdvice[] {
  // Failed skills first, furthest below their mark first; with nothing failed, the weakest skill is still worth a
  // next step. Each is measured from its pass mark, or without one from where a neutral reply starts on it: the
  // skills' floors differ, so the lowest raw score is not always the weakest.
  const margin = (s: SkillVerdict): number => skillMargin(s.skill, s.score, s.mark);
  const failed = skills.filter((s) => !s.passed).sort((a, b) => margin(a) - margin(b));
  const focus = failed.length > 0 ? failed : [...skills].sort((a, b) => margin(a) - margin(b)).slice(0, 1);
  return focus.map(({ skill, score, mark }) => {
    // The scenario where this skill was weakest; a tie goes to the one whose rubric weighs it most.
    const ranked = drill.scenarios
      .map((id) => ({ id, value: results[id]?.scores[skill] ?? 0, weight: scenarios[id]?.rubric[skill] ?? 0 }))
      .sort((a, b) => a.value - b.value || b.weight - a.weight);
    const target = ranked[0]?.id ?? drill.scenarios[0]!;
    const result = results[target];
    const reason = !result
      ? `You did not finish "${target}".`
      : sentNoReply(result)
        ? // An empty script, or input that ran out first: its 0 measures no reply, so it is not called the skill's low point.
          `You sent no reply in "${target}", ${COUNTS_ZERO}.`
        : mark !== undefined && score < mark
        ? `${SKILL_LABELS[skill]} averaged ${score}, below the pass mark of ${mark}; it was lowest in "${target}" (${result.scores[skill]}).`
        : `${SKILL_LABELS[skill]} is your weakest skill (${score}); it was lowest in "${target}" (${result.scores[skill]}).`;
    const example = result ? costliestExample(result, skill) : undefined;
    return { skill, score, scenario: target, reason, ...(example ? { example } : {}) };
  });
}

function costliestExample(result: SessionResult, skill: Skill): PractiseAdvice['example'] {
  let best: PractiseAdvice['example'];
  let lowest = Infinity;
  for (const turn of result.turns) {
    const tip = turn.analysis.tips.find((t) => t.skill === skill);
    if (!tip) continue;
    const value = turn.analysis.scores[skill];
    if (value < lowest) {
      lowest = value;
      best = { reply: turn.reply, rewrite: tip.rewrite, message: tip.message, ...(turn.timedOut ? { timedOut: true as const } : {}) };
    }
  }
  return best;
}
