/**
 * The cohort report as data: ranking, trainee × scenario table, per-skill
 * averages, pass rate, weakest skills, the turns most trainees lost points
 * on, flags and rejections. The CSV, Markdown and HTML renderers only format it.
 */
import { failedOnSkills } from '../drill/grade-drill.js';
import { skillMargin } from '../progress-stats.js';
import type { Scenario } from '../scenario/schema.js';
import type { Turn } from '../session-types.js';
import type { Skill, SkillScores } from '../types.js';
import { SKILL_LABELS, SKILLS } from '../types.js';
import { editedFile, flagRank, sortFlags } from './flags.js';
import { practiseFor, waitingOf } from './practise.js';
import type { PractiseItem } from './practise.js';
import type { Flag, RescoredCohort, Rejection, Superseded } from './rescore.js';

/**
 * A reply "loses points" when it lowers the customer's mood, or when its
 * rubric-weighted score is below this and it does not please the customer
 * either (see {@link lostPoints}).
 */
export const LOSS_THRESHOLD = 40;
/** The top of the mood scale: a reply there cannot raise the mood any further. */
const MOOD_MAX = 100;
/** How many costly turns the report lists. */
export const COSTLY_TURNS_SHOWN = 8;

/** One trainee's row. */
export interface TraineeRow {
  /** 1 = best; equal scores share a rank. */
  rank: number;
  trainee: string;
  file: string;
  score: number;
  scores: SkillScores;
  passed: boolean;
  /** Skills below their pass mark. */
  failedSkills: Skill[];
  /**
   * Why a fail with the overall at or above its mark failed, in the drill
   * result's words (`' — empathy (34.7, mark 40) is below its mark'`); empty
   * for a pass or a fail the overall explains. The CSV's notes carry it.
   */
  failedOn: string;
  /**
   * Per drill scenario: score and ending, or null when not played; and, for
   * a headless drill whose script went on after the conversation ended, how
   * many of its replies were not used (as the submission records it).
   */
  scenarios: Record<string, { score: number; ending: string; unusedReplies?: number } | null>;
  flags: Flag[];
  /**
   * What re-scoring found that is no flag on the trainee: the file's own
   * results re-scored differently (`results-differ`: another build, a changed
   * scenario), and version changes the whole cohort shares (see
   * {@link CohortReport.changes}). The CSV's notes carry them.
   */
  notes: string[];
  /** Turns with no reply within the drill's time limit (each scored 0). */
  timedOut: number;
  /** Times a customer's patience ran out while waiting for a reply (a scenario's `after:` timer fired). */
  impatient: number;
  /** One or two things to practise next, most important first (see `practise.ts`). */
  practise: PractiseItem[];
}

/** One column of the trainee × scenario table. */
export interface ScenarioColumn {
  id: string;
  title: string;
  /** Mean session score over trainees who played it; null when nobody did. */
  average: number | null;
  /** How many trainees reached each ending. */
  endings: Record<string, number>;
}

/** A skill across the cohort. */
export interface SkillSummary {
  skill: Skill;
  average: number;
  mark?: number;
  /** Trainees below the mark (0 without a mark). */
  below: number;
}

/** A dialogue state where many trainees' replies lost points. */
export interface CostlyTurn {
  scenario: string;
  state: string;
  /** What the customer had just said (from the first trainee who lost points here). */
  customer: string;
  /** Distinct trainees who lost points here, and who replied here at all. */
  losers: number;
  reached: number;
  /** Mean rubric-weighted reply score at this state, over every reply here. */
  averageReplyScore: number;
  /** The skill that fell furthest short at this state. */
  weakestSkill: Skill;
  /** The tip most often given here, with its rewrite. */
  tip?: { message: string; rewrite: string; count: number };
}

/** The whole report. */
export interface CohortReport {
  drill: { id: string; title: string; version: string; pass: RescoredCohort['drill']['pass']; scenarios: string[] };
  trainees: TraineeRow[];
  scenarios: ScenarioColumn[];
  skills: SkillSummary[];
  /** Skills sorted from weakest, at most two, with the most trainees below the mark first. */
  weakestSkills: SkillSummary[];
  average: number | null;
  passed: number;
  costlyTurns: CostlyTurn[];
  /**
   * What changed since the drill was taken, said once for the cohort instead
   * of flagging every trainee: a drill or scenario file changed the same way
   * for every submission (say, a typo fixed in a scenario on Wednesday), and
   * how many submissions re-score differently from the results they state
   * (another Rapport build, a changed scenario) and by how much.
   */
  changes: string[];
  flagged: number;
  /** Trainees whose file was edited by hand (a stored score or the transcript; see `editedFile`). */
  edited: number;
  superseded: Superseded[];
  rejected: Rejection[];
  /** Files read (accepted + superseded + rejected). */
  files: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The replies a headless script had left when the scenario's conversation ended, as the submission records them (0 when it does not). */
function unusedOf(entry: RescoredCohort['accepted'][number], id: string): number {
  return entry.submission.scenarios.findLast((play) => play.id === id)?.unusedReplies ?? 0;
}

/**
 * How the report says a scenario's unused script lines, beside its score.
 * @example unusedRepliesText(3) → '3 script lines unused'
 */
export function unusedRepliesText(count: number): string {
  return `${count} script line${count === 1 ? '' : 's'} unused`;
}
const mean = (values: readonly number[]) => (values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length));

/** Rubric-weighted score of one reply, 0–100. */
function weighted(scores: SkillScores, rubric: Scenario['rubric'] | undefined): number {
  const weights = rubric ?? { empathy: 1, positivity: 1, followThrough: 1 };
  const total = SKILLS.reduce((sum, s) => sum + weights[s], 0) || 1;
  return SKILLS.reduce((sum, s) => sum + scores[s] * weights[s], 0) / total;
}

/**
 * Did this reply lose points? It did when it lowered the customer's mood,
 * when nothing came in time, or when it scored below {@link LOSS_THRESHOLD}
 * and left the mood no better. A reply that raised the mood is the move the
 * scenario rewards, however plain its wording: counting it would list the
 * cohort's best replies as its worst (an honest "this plan is more than you
 * need" scores in the 30s and wins the customer over). At the top of the
 * scale the mood cannot rise, so keeping it there counts as raising it.
 */
export function lostPoints(turn: Pick<Turn, 'analysis' | 'mood' | 'moodDelta' | 'timedOut'>, rubric: Scenario['rubric'] | undefined): boolean {
  if (turn.moodDelta < 0 || turn.timedOut) return true;
  const pleased = turn.moodDelta > 0 || turn.mood >= MOOD_MAX;
  return !pleased && weighted(turn.analysis.scores, rubric) < LOSS_THRESHOLD;
}

/**
 * Build the report from a re-scored cohort.
 * @param scenarios current scenarios by id, for titles and rubrics
 */
export function buildCohortReport(cohort: RescoredCohort, scenarios: Readonly<Record<string, Scenario | undefined>>): CohortReport {
  const { drill } = cohort;
  const shared = cohortChanges(cohort.accepted);
  const noted = (f: Flag) => f.kind === 'results-differ' || shared.includes(f.message);
  const changes = [...shared.map((message) => `every submission: ${message}`), ...rescoredNote(cohort.accepted, cohort.scorer)];
  const rows: TraineeRow[] = cohort.accepted.map((entry) => {
    const waiting = waitingOf(entry, drill.scenarios);
    const unused = new Map(drill.scenarios.map((id) => [id, unusedOf(entry, id)]));
    return {
      rank: 0,
      trainee: entry.trainee,
      file: entry.file,
      score: entry.verdict.score,
      scores: entry.verdict.scores,
      passed: entry.verdict.passed,
      failedSkills: entry.verdict.skills.filter((s) => !s.passed).map((s) => s.skill),
      failedOn: entry.verdict.passed ? '' : failedOnSkills(entry.verdict),
      scenarios: Object.fromEntries(
        drill.scenarios.map((id) => {
          const result = entry.results[id];
          const count = unused.get(id)!;
          return [id, result ? { score: result.score, ending: result.ending, ...(count ? { unusedReplies: count } : {}) } : null];
        }),
      ),
      // Most serious first, in the ranking and the Flags section alike. What everyone shares is said
      // once; results that merely re-score differently are summed up once too (a changed pass or fail stays a flag).
      flags: sortFlags(entry.flags.filter((f) => !noted(f))),
      notes: [
        ...entry.flags.filter(noted).map((f) => f.message),
        // Not a flag (a goodbye line after the customer's last word is common): said with the scenario's score, and in the CSV's notes.
        ...drill.scenarios.flatMap((id) => {
          const count = unused.get(id)!;
          return count ? [`"${id}": ${unusedRepliesText(count)} in ${id}.txt: the conversation ended first`] : [];
        }),
      ],
      timedOut: waiting.timedOut,
      impatient: waiting.impatient,
      practise: practiseFor(entry, drill),
    };
  });
  // Ties in a fixed collation (not the machine's locale, which orders Ö after Z
  // in Swedish), then by file: the same files give the same table everywhere.
  rows.sort((a, b) => b.score - a.score || a.trainee.localeCompare(b.trainee, 'en') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.score === row.score ? previous.rank : i + 1;
  });

  const columns: ScenarioColumn[] = drill.scenarios.map((id) => {
    const played = rows.map((r) => r.scenarios[id]).filter((c): c is { score: number; ending: string } => c !== null && c !== undefined);
    const endings: Record<string, number> = {};
    for (const cell of played) endings[cell.ending] = (endings[cell.ending] ?? 0) + 1;
    return { id, title: scenarios[id]?.title ?? id, average: mean(played.map((c) => c.score)), endings };
  });

  const skills: SkillSummary[] = SKILLS.map((skill) => {
    const mark = drill.pass[skill];
    return {
      skill,
      average: mean(rows.map((r) => r.scores[skill])) ?? 0,
      ...(mark === undefined ? {} : { mark }),
      below: mark === undefined ? 0 : rows.filter((r) => r.scores[skill] < mark).length,
    };
  });
  // Most trainees below the mark first; then least above the mark, or without one above where a neutral reply
  // starts (the skills' floors differ, so the lowest raw average is not always the weakest).
  const margin = (s: SkillSummary): number => skillMargin(s.skill, s.average, s.mark);
  const weakestSkills = rows.length === 0 ? [] : [...skills].sort((a, b) => b.below - a.below || margin(a) - margin(b)).slice(0, 2);

  return {
    drill: { id: drill.id, title: drill.title, version: cohort.drillVersion, pass: drill.pass, scenarios: [...drill.scenarios] },
    trainees: rows,
    scenarios: columns,
    skills,
    weakestSkills,
    average: mean(rows.map((r) => r.score)),
    passed: rows.filter((r) => r.passed).length,
    costlyTurns: costlyTurns(cohort, scenarios),
    changes,
    flagged: rows.filter((r) => r.flags.length > 0).length,
    edited: rows.filter((r) => editedFile(r.flags)).length,
    superseded: cohort.superseded,
    rejected: cohort.rejected,
    files: cohort.accepted.length + cohort.superseded.length + cohort.rejected.length,
  };
}

/**
 * Pass or fail as the ranking says it: a fail with an overall score at or
 * above the mark names the skill that failed it, so a 61.7 that fails does
 * not read as a mistake.
 * @example resultText({ passed: false, score: 61.7, failedSkills: ['empathy'] }, 55) → 'fail (empathy)'
 */
export function resultText(row: Pick<TraineeRow, 'passed' | 'score' | 'failedSkills'>, overallMark: number): string {
  if (row.passed) return 'pass';
  if (row.score < overallMark || row.failedSkills.length === 0) return 'fail';
  return `fail (${row.failedSkills.map((s) => SKILL_LABELS[s].toLowerCase()).join(', ')})`;
}

/**
 * Version flags (`drill-version`, `scenario-version`) that every submission
 * has, word for word: the cohort's news, not any one trainee's.
 */
function cohortChanges(accepted: RescoredCohort['accepted']): string[] {
  const [first, ...rest] = accepted;
  if (!first) return [];
  return [...new Set(first.flags.filter((f) => f.kind === 'drill-version' || f.kind === 'scenario-version').map((f) => f.message))].filter((message) =>
    rest.every((entry) => entry.flags.some((f) => f.message === message)),
  );
}

/**
 * How many submissions re-score differently from the results they state
 * (`results-differ`), by how much overall, and how many a changed pass or fail
 * flags: one line, or none.
 */
function rescoredNote(accepted: RescoredCohort['accepted'], scorer: string | undefined): string[] {
  const differ = accepted.filter((entry) => entry.flags.some((f) => f.kind === 'results-differ'));
  if (differ.length === 0) return [];
  const moves = differ.map((entry) => oneDecimal(entry.verdict.score - entry.submission.result.score));
  const [low, high] = [Math.min(...moves), Math.max(...moves)];
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  const moved = low === 0 && high === 0 ? 'overall scores unchanged' : low === high ? `overall scores moved by ${signed(low)}` : `overall scores moved by ${signed(low)} to ${signed(high)}`;
  const flipped = differ.filter((entry) => entry.flags.some((f) => f.kind === 'verdict-changed')).length;
  const builds = [...new Set(differ.map((entry) => entry.submission.app?.version ?? 'an unrecorded version').filter((version) => version !== scorer))];
  const why = [
    ...(builds.length ? [`made by another Rapport build (${builds.slice(0, 3).join(', ')}${builds.length > 3 ? ` and ${builds.length - 3} more` : ''})`] : []),
    ...(differ.some((entry) => entry.flags.some((f) => f.kind === 'scenario-version')) ? ['a scenario changed since'] : []),
  ];
  return [
    `${differ.length} of ${accepted.length} submission${accepted.length === 1 ? '' : 's'} re-score differently from the results they state` +
      `${why.length ? ` (${why.join(', or ')})` : ''}: ${moved}; ${flipped === 0 ? 'no pass or fail changed' : `pass or fail changed for ${flipped} (flagged)`}`,
  ];
}

/**
 * The flagged trainees in the order the Flags section lists them: the most
 * serious flag first (an edited file before copied replies before a scenario
 * left unplayed), then in ranking order.
 */
export function flaggedTrainees(report: Pick<CohortReport, 'trainees'>): TraineeRow[] {
  const worst = (row: TraineeRow) => Math.min(...row.flags.map((f) => flagRank(f.kind)));
  return report.trainees
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.flags.length > 0)
    .sort((a, b) => worst(a.row) - worst(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

interface StateTally {
  scenario: string;
  state: string;
  customer: string;
  reached: Set<number>;
  losers: Set<number>;
  scoreSum: number;
  replies: number;
  skillSums: SkillScores;
  tips: Map<string, { message: string; rewrite: string; count: number }>;
}

function costlyTurns(cohort: RescoredCohort, scenarios: Readonly<Record<string, Scenario | undefined>>): CostlyTurn[] {
  const tallies = new Map<string, StateTally>();
  cohort.accepted.forEach((entry, trainee) => {
    for (const id of cohort.drill.scenarios) {
      const result = entry.results[id];
      if (!result) continue;
      const rubric = scenarios[id]?.rubric;
      let lastCustomer = result.opening.join(' ');
      for (const turn of result.turns) {
        const key = `${id}\u0000${turn.stateBefore}`;
        let tally = tallies.get(key);
        if (!tally) {
          tally = {
            scenario: id,
            state: turn.stateBefore,
            customer: '',
            reached: new Set(),
            losers: new Set(),
            scoreSum: 0,
            replies: 0,
            skillSums: { empathy: 0, positivity: 0, followThrough: 0 },
            tips: new Map(),
          };
          tallies.set(key, tally);
        }
        tally.reached.add(trainee);
        tally.scoreSum += weighted(turn.analysis.scores, rubric);
        tally.replies += 1;
        for (const s of SKILLS) tally.skillSums[s] += turn.analysis.scores[s];
        if (lostPoints(turn, rubric)) {
          if (tally.losers.size === 0) tally.customer = (turn.silence?.customer.at(-1) ?? lastCustomer).trim();
          tally.losers.add(trainee);
          const tip = turn.analysis.tips[0];
          if (tip) {
            const held = tally.tips.get(tip.rule);
            if (held) held.count += 1;
            else tally.tips.set(tip.rule, { message: tip.message, rewrite: tip.rewrite, count: 1 });
          }
        }
        lastCustomer = turn.customer.join(' ') || lastCustomer;
      }
    }
  });
  return [...tallies.values()]
    .filter((t) => t.losers.size > 0)
    .map((t): CostlyTurn => {
      // Least above where a neutral reply starts on each skill (their floors differ).
      const above = (skill: Skill): number => skillMargin(skill, t.skillSums[skill] / t.replies);
      const weakestSkill = [...SKILLS].sort((a, b) => above(a) - above(b))[0]!;
      const tip = [...t.tips.values()].sort((a, b) => b.count - a.count)[0];
      return {
        scenario: t.scenario,
        state: t.state,
        customer: t.customer,
        losers: t.losers.size,
        reached: t.reached.size,
        averageReplyScore: oneDecimal(t.scoreSum / t.replies),
        weakestSkill,
        ...(tip ? { tip } : {}),
      };
    })
    .sort((a, b) => b.losers - a.losers || a.averageReplyScore - b.averageReplyScore || a.scenario.localeCompare(b.scenario, 'en') || a.state.localeCompare(b.state, 'en'))
    .slice(0, COSTLY_TURNS_SHOWN);
}
