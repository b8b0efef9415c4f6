/**
 * Re-scoring submissions: every accepted file is replayed from its raw
 * events against the CURRENT drill and scenarios. The results stored in the
 * file are never used for grading, only compared, so editing a score inside
 * a file changes nothing and is flagged.
 */
import { createDrillSession, replayDrillEvents } from '../drill/drill-session.js';
import type { DrillSession } from '../drill/drill-session.js';
import { drillGrade, gradeDrill } from '../drill/grade-drill.js';
import type { DrillVerdict } from '../drill/grade-drill.js';
import type { Drill } from '../drill/schema.js';
import type { ParsedSubmission, RejectionKind, Submission } from '../drill/submission.js';
import type { Scenario } from '../scenario/schema.js';
import type { Analyzer, SessionResult } from '../session-types.js';
import { SKILL_LABELS, SKILLS } from '../types.js';

/** One file as the shell read it. */
export interface SubmissionFile {
  /** How the file is named in the report (its path as given). */
  file: string;
  parsed: ParsedSubmission;
}

/** A current scenario and its content hash. */
export interface CurrentScenario {
  scenario: Scenario;
  version: string;
}

/** Something a cohort lead should look at; the submission is still graded. */
export interface Flag {
  kind:
    | 'results-edited'
    | 'results-differ'
    | 'verdict-changed'
    | 'transcript-differs'
    | 'scenario-version'
    | 'drill-version'
    | 'seed'
    | 'missing-scenario'
    | 'extra-scenario'
    | 'shared-replies';
  message: string;
  /** For shared replies: the other trainees who handed in the same replies. */
  with?: string[];
  /** For a changed verdict: whether the trainee passes now. */
  passedNow?: boolean;
}

/** A submission graded from its replies. */
export interface RescoredSubmission {
  file: string;
  trainee: string;
  submission: Submission;
  /** Recomputed results per drill scenario (undefined: not played). */
  results: Record<string, SessionResult | undefined>;
  /** Turn numbers per scenario that ran out of time. */
  timedOut: Record<string, readonly number[]>;
  verdict: DrillVerdict;
  flags: Flag[];
}

/** A file that could not be graded, and why. */
export interface Rejection {
  file: string;
  kind: RejectionKind | 'other-drill';
  reason: string;
  /** Whose it is, when the file still says (a submission cut short, malformed, or for another drill). */
  trainee?: string;
}

/** A submission set aside because the same trainee handed in a later one. */
export interface Superseded {
  file: string;
  /** The trainee as the report names them everywhere: the name in the submission that was kept. */
  trainee: string;
  /** The name this file gave, when it is written differently (`gita good` for `Gita Good`). */
  submittedAs?: string;
  /** The same submission as the kept one, handed in twice (a mail client's `… (1).json`), not a retake. */
  copy?: true;
  finishedAt: string;
  keptFile: string;
  keptFinishedAt: string;
}

/** Everything re-scoring found. */
export interface RescoredCohort {
  drill: Drill;
  drillVersion: string;
  /** One per trainee (the latest submission), in file order. */
  accepted: RescoredSubmission[];
  superseded: Superseded[];
  rejected: Rejection[];
  /** The Rapport that re-scored (`RescoreInput.scorer`), when known. */
  scorer?: string;
}

/** Inputs to {@link rescoreCohort}. */
export interface RescoreInput {
  files: readonly SubmissionFile[];
  drill: Drill;
  drillVersion: string;
  /** Current scenarios by id (at least the drill's). */
  scenarios: Readonly<Record<string, CurrentScenario | undefined>>;
  analyze: Analyzer;
  /**
   * The Rapport re-scoring ("0.1.0+<build>", see `scorerVersion`). A file made by another one may
   * score differently without anyone editing it; unknown (undefined) is taken as the same.
   */
  scorer?: string;
}

/** The drill most accepted files are for (ties: first seen), or undefined when none parsed. */
export function mostCommonDrill(files: readonly SubmissionFile[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { parsed } of files) if (parsed.ok) counts.set(parsed.submission.drill.id, (counts.get(parsed.submission.drill.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return best;
}

/**
 * A trainee's name as the report shows it: trimmed, with runs of spaces as
 * one. Every table, list and CSV row uses this form, so one trainee reads
 * the same everywhere.
 */
export function traineeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Trainee names match across files regardless of case, spacing and accents. */
export function traineeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Re-score every submission against the current drill and scenarios.
 * @example rescoreCohort({ files, drill, drillVersion, scenarios, analyze }).accepted[0].verdict.score
 */
export function rescoreCohort(input: RescoreInput): RescoredCohort {
  const plan = planCohort(input.files, input.drill);
  const accepted = plan.candidates.map(({ file, submission }) => rescoreSubmission(file, submission, input));
  flagSharedReplies(accepted);
  return {
    drill: input.drill,
    drillVersion: input.drillVersion,
    accepted,
    superseded: plan.superseded,
    rejected: plan.rejected,
    ...(input.scorer === undefined ? {} : { scorer: input.scorer }),
  };
}

/** Fewer replies than this in a scenario are too few to call a copy ("Hello." can be anyone's). */
export const MIN_SHARED_REPLIES = 2;

/** A reply as compared across trainees: case, spacing and punctuation aside. */
function sameness(reply: string): string {
  return reply.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Flag trainees who handed in, word for word, the same replies to a scenario
 * as another trainee (at least {@link MIN_SHARED_REPLIES} of them, in order):
 * the scores stand, the lead decides. Adds to each submission's flags.
 */
export function flagSharedReplies(accepted: readonly RescoredSubmission[]): void {
  const groups = new Map<string, RescoredSubmission[]>();
  for (const entry of accepted) {
    for (const play of entry.submission.scenarios) {
      const replies = play.events.flatMap((event) => ('reply' in event ? [sameness(event.reply)] : [])).filter((reply) => reply !== '');
      if (replies.length < MIN_SHARED_REPLIES) continue;
      const key = `${play.id}\u0000${replies.join('\u0000')}`;
      const group = groups.get(key) ?? [];
      if (!group.includes(entry)) group.push(entry);
      groups.set(key, group);
    }
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const [id, ...replies] = key.split('\u0000');
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map((other) => other.trainee);
      entry.flags.push({ kind: 'shared-replies', message: `"${id}": the same ${replies.length} replies, word for word, as ${others.join(', ')}`, with: others });
    }
  }
}

/** A fixed order for paths, whatever the machine's locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Which files to grade: rejections, and for each trainee only the latest submission. */
export interface CohortPlan {
  /** One per trainee (the latest submission), in file order. */
  candidates: { file: string; submission: Submission }[];
  superseded: Superseded[];
  rejected: Rejection[];
}

/**
 * Sort files into rejected, superseded and to-grade, without replaying
 * anything (cheap; the replays can then run anywhere, e.g. in workers).
 */
export function planCohort(files: readonly SubmissionFile[], drill: Pick<Drill, 'id'>): CohortPlan {
  const rejected: Rejection[] = [];
  const candidates: { file: string; submission: Submission; order: number }[] = [];
  files.forEach(({ file, parsed }, order) => {
    if (!parsed.ok) rejected.push({ file, kind: parsed.kind, reason: parsed.reason, ...(parsed.trainee === undefined ? {} : { trainee: traineeName(parsed.trainee) }) });
    else if (parsed.submission.drill.id !== drill.id) {
      rejected.push({
        file,
        kind: 'other-drill',
        reason: `a submission for drill "${parsed.submission.drill.id}"; this report is for "${drill.id}" (report it separately with --drill ${parsed.submission.drill.id})`,
        trainee: traineeName(parsed.submission.trainee),
      });
    } else candidates.push({ file, submission: parsed.submission, order });
  });
  // The same files in any order give the same lists.
  rejected.sort((a, b) => byCodeUnits(a.file, b.file));

  // Same trainee twice: the latest finish wins; a tie goes to the file given last.
  const latest = new Map<string, (typeof candidates)[number]>();
  const superseded: Superseded[] = [];
  const submissionOf = new Map<Superseded, Submission>();
  for (const candidate of candidates) {
    const key = traineeKey(candidate.submission.trainee);
    const held = latest.get(key);
    if (!held) {
      latest.set(key, candidate);
      continue;
    }
    const newer = Date.parse(candidate.submission.finishedAt) >= Date.parse(held.submission.finishedAt) ? candidate : held;
    const older = newer === candidate ? held : candidate;
    latest.set(key, newer);
    const entry: Superseded = {
      file: older.file,
      trainee: older.submission.trainee,
      finishedAt: older.submission.finishedAt,
      keptFile: newer.file,
      keptFinishedAt: newer.submission.finishedAt,
    };
    superseded.push(entry);
    submissionOf.set(entry, older.submission);
  }
  // A file superseded first and superseding later must point at the final winner,
  // and is listed under the name the ranking shows (the winner's), not its own spelling.
  for (const entry of superseded) {
    const winner = latest.get(traineeKey(entry.trainee))!;
    const own = traineeName(entry.trainee);
    entry.trainee = traineeName(winner.submission.trainee);
    if (own !== entry.trainee) entry.submittedAs = own;
    entry.keptFile = winner.file;
    entry.keptFinishedAt = winner.submission.finishedAt;
    if (JSON.stringify(submissionOf.get(entry)) === JSON.stringify(winner.submission)) entry.copy = true;
  }
  superseded.sort((a, b) => a.trainee.localeCompare(b.trainee, 'en') || byCodeUnits(a.file, b.file));
  const kept = [...latest.values()].sort((a, b) => a.order - b.order).map(({ file, submission }) => ({ file, submission }));
  return { candidates: kept, superseded, rejected };
}

/**
 * Replay one submission against the current drill and scenarios, grade it,
 * and flag every difference from what the file claims.
 */
export function rescoreSubmission(file: string, submission: Submission, input: Omit<RescoreInput, 'files'>): RescoredSubmission {
  return rescoreOne(file, submission, input);
}

function rescoreOne(file: string, submission: Submission, input: Omit<RescoreInput, 'files'>): RescoredSubmission {
  const { drill, analyze } = input;
  const flags: Flag[] = [];
  if (submission.drill.version !== input.drillVersion) {
    flags.push({
      kind: 'drill-version',
      message: `taken with drill file version ${submission.drill.version}; the current one is ${input.drillVersion} (re-scored with the current drill)`,
    });
  }
  if (submission.seed !== drill.seed) {
    flags.push({ kind: 'seed', message: `the file says seed ${submission.seed}; the drill's seed is ${drill.seed} (re-scored with the drill's)` });
  }

  // Another Rapport build may score the same replies differently: a difference is then no sign of editing.
  const madeBy = submission.app?.version ?? 'an unrecorded Rapport version';
  const sameScorer = input.scorer === undefined || submission.app?.version === input.scorer;
  const results: Record<string, SessionResult | undefined> = {};
  const timedOut: Record<string, readonly number[]> = {};
  const scenariosById: Record<string, Scenario | undefined> = {};
  const plays = new Map(submission.scenarios.map((play) => [play.id, play]));
  for (const id of drill.scenarios) {
    const current = input.scenarios[id];
    scenariosById[id] = current?.scenario;
    const play = plays.get(id);
    if (!play) {
      flags.push({ kind: 'missing-scenario', message: `"${id}" was not played; it counts 0` });
      continue;
    }
    if (!current) {
      flags.push({ kind: 'missing-scenario', message: `"${id}" is not among the current scenarios, so it cannot be re-scored; it counts 0` });
      continue;
    }
    // An empty script hands in a scenario with nothing in it: as good as not played.
    if (!play.events.some((event) => 'reply' in event)) flags.push({ kind: 'missing-scenario', message: `"${id}" has no replies; it scores as not played` });
    const scenarioChanged = play.version !== current.version;
    const versionMatches = !scenarioChanged && sameScorer;
    if (scenarioChanged) {
      flags.push({
        kind: 'scenario-version',
        message: `"${id}" was played against scenario version ${play.version}; the current file is ${current.version} (re-scored against the current one)`,
      });
    }
    const session: DrillSession = play.events.length
      ? replayDrillEvents(current.scenario, drill, play.events, { analyze })
      : createDrillSession(current.scenario, drill, { analyze });
    const result = session.result();
    results[id] = slimResult(result);
    timedOut[id] = session.timedOut;

    const stored = play.result;
    const same = stored.ending === result.ending && stored.score === result.score && SKILLS.every((s) => stored.scores[s] === result.scores[s]);
    // Another build may score the same replies a few points apart, but it plays the same scenario the
    // same way: when the conversation in the file is the one the replay has, its ending is the replay's.
    const endingContradicted = !versionMatches && !scenarioChanged && stored.ending !== result.ending && sameTranscript(play, result) && sameFinalSilence(play, result);
    if (!same) {
      flags.push({
        kind: versionMatches || endingContradicted ? 'results-edited' : 'results-differ',
        message: versionMatches
          ? `"${id}": the file claims ${stored.score} (${stored.ending}); its replies score ${result.score} (${result.ending}) — the stored result was edited`
          : endingContradicted
            ? `"${id}": the file claims ${stored.score} (${stored.ending}), but the conversation in the file ends ${result.ending} (its replies score ${result.score}) — the stored result was edited`
            : scenarioChanged
              ? `"${id}": the file claims ${stated(stored, result)}; against the current scenario its replies score ${stated(result, stored)}`
              : `"${id}": the file claims ${stated(stored, result)}, as scored by ${madeBy}; this Rapport (${input.scorer}) scores its replies ${stated(result, stored)}`,
      });
    } else if (versionMatches && submission.seed === drill.seed && !sameTranscript(play, result)) {
      flags.push({ kind: 'transcript-differs', message: `"${id}": the customer lines in the file do not match a replay of its replies — the transcript was edited` });
    }
  }
  const seenPlays = new Set<string>();
  for (const play of submission.scenarios) {
    if (!drill.scenarios.includes(play.id)) flags.push({ kind: 'extra-scenario', message: `"${play.id}" is not part of this drill; ignored` });
    // A drill plays each scenario once: a second copy in the file was put there by hand.
    else if (seenPlays.has(play.id)) flags.push({ kind: 'extra-scenario', message: `"${play.id}" appears twice in the file; only the last one is graded` });
    seenPlays.add(play.id);
  }

  const verdict = gradeDrill(drill, results, scenariosById);
  // The overall a file states is the drill's arithmetic on the scenario results it states, whichever
  // build made it: when it is not, the overall was edited (the usual edit: it is the last thing in the file).
  if (submission.drill.version === input.drillVersion) {
    const stored = submission.result;
    const own = drillGrade(drill, Object.fromEntries(drill.scenarios.map((id) => [id, plays.get(id)?.result])));
    const consistent = stored.score === own.score && stored.passed === own.passed && SKILLS.every((s) => stored.scores[s] === own.scores[s]);
    if (!consistent) {
      const replayed = own.score === verdict.score && own.passed === verdict.passed ? '' : `; its replies score ${verdict.score}${verdict.passed ? ' (passed)' : ''}`;
      flags.push({
        kind: 'results-edited',
        message: `the file claims an overall ${stored.score}${stored.passed ? ' (passed)' : ''}; its own scenario results make ${own.score}${own.passed ? ' (passed)' : ''}${replayed} — the stored result was edited`,
      });
    }
  }
  // What the trainee's own result screen said, when the report now says otherwise (a scenario, the
  // drill's marks or the scoring changed since): the lead has news to give. An edited file is not news.
  const told = submission.result;
  if (told.passed !== verdict.passed && !flags.some((f) => f.kind === 'results-edited' || f.kind === 'transcript-differs')) {
    flags.push({
      kind: 'verdict-changed',
      message: `the trainee was told ${told.passed ? 'PASSED' : 'NOT PASSED'} (overall ${told.score}); re-scored now, ${verdict.passed ? 'PASSED' : 'NOT PASSED'} (overall ${verdict.score})`,
      passedNow: verdict.passed,
    });
  }
  return { file, trainee: traineeName(submission.trainee), submission, results, timedOut, verdict, flags };
}

/**
 * A scenario result as a flag message states it: score and ending, and the
 * skill scores that differ from the other result when score and ending do not.
 * @example stated({ score: 63, ending: 'resolved', scores: { empathy: 45, … } }, other) → '63 (resolved; empathy 45)'
 */
function stated(result: Pick<SessionResult, 'score' | 'ending' | 'scores'>, other: Pick<SessionResult, 'score' | 'ending' | 'scores'>): string {
  const skills = result.score === other.score && result.ending === other.ending ? SKILLS.filter((s) => result.scores[s] !== other.scores[s]) : [];
  return `${result.score} (${[result.ending, ...skills.map((s) => `${SKILL_LABELS[s].toLowerCase()} ${result.scores[s]}`)].join('; ')})`;
}

/**
 * A result without what the report never reads (the evidence that earned
 * points, commitment details, stems): a cohort holds thousands of them, and
 * the spans are most of their memory. The evidence that cost points stays:
 * each trainee's advice names the rule that cost them most.
 */
export function slimResult(result: SessionResult): SessionResult {
  return {
    ...result,
    turns: result.turns.map((turn) => ({
      ...turn,
      analysis: { ...turn.analysis, evidence: turn.analysis.evidence.filter((e) => e.skill !== null && e.points < 0), commitments: [], stems: [] },
    })),
  };
}

function sameTranscript(play: Submission['scenarios'][number], result: SessionResult): boolean {
  if (play.turns.length !== result.turns.length) return false;
  if (!sameLines(play.opening, result.opening)) return false;
  return play.turns.every((turn, i) => {
    const replayed = result.turns[i]!;
    return turn.reply === replayed.reply && sameLines(turn.customer, replayed.customer);
  });
}

function sameFinalSilence(play: Submission['scenarios'][number], result: SessionResult): boolean {
  return sameLines(play.finalSilence?.customer ?? [], result.finalSilence?.customer ?? []);
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
