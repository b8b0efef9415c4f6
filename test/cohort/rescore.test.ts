import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { buildCohortReport, LOSS_THRESHOLD, lostPoints } from '../../src/core/cohort/report.js';
import { NEUTRAL_SCORES } from '../../src/core/progress-stats.js';
import { weightedScore } from '../../src/core/costliest-turn.js';
import { formatCohortCsv } from '../../src/core/cohort/format-csv.js';
import { formatCohortMarkdown } from '../../src/core/cohort/format-markdown.js';
import { rescoreCohort, traineeKey } from '../../src/core/cohort/rescore.js';
import type { SubmissionFile } from '../../src/core/cohort/rescore.js';
import type { Submission } from '../../src/core/drill/submission.js';
import { parseSubmission } from '../../src/core/drill/submission.js';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { asFile, builtInDrill, playSubmission } from '../drill/helpers.js';

const base = builtInDrill();
const good = playSubmission('good', 'Gita Good');
const middling = playSubmission('middling', 'Milo Middling');
const poor = playSubmission('poor', 'Pat Poor');

function report(files: SubmissionFile[], scenarios = base.scenarios) {
  const cohort = rescoreCohort({ files, drill: base.drill, drillVersion: base.version, scenarios, analyze });
  return { cohort, report: buildCohortReport(cohort, base.byId) };
}

/** A copy with the stored results raised to look like a top score. */
function inflated(submission: Submission): Submission {
  const copy = structuredClone(submission);
  for (const play of copy.scenarios) {
    play.result.score = 97;
    play.result.ending = 'resolved';
    play.result.scores = { empathy: 95, positivity: 96, followThrough: 97 };
  }
  copy.result = { score: 97, scores: { empathy: 95, positivity: 96, followThrough: 97 }, passed: true };
  return copy;
}

describe('cohort re-scoring', () => {
  it('ranks trainees consistently with their replies: good > middling > poor', () => {
    const { report: r } = report([asFile('poor.json', poor), asFile('good.json', good), asFile('middling.json', middling)]);
    expect(r.trainees.map((t) => [t.rank, t.trainee])).toEqual([
      [1, 'Gita Good'],
      [2, 'Milo Middling'],
      [3, 'Pat Poor'],
    ]);
    expect(r.trainees[0]!.score - r.trainees[2]!.score).toBeGreaterThanOrEqual(25);
    expect(r.trainees.map((t) => t.passed)).toEqual([true, false, false]);
    expect(r.trainees.every((t) => t.flags.length === 0)).toBe(true);
    // The stored results of honest files match the replay exactly.
    expect(r.trainees.find((t) => t.trainee === 'Gita Good')!.score).toBe(good.result.score);
  });

  it('ignores a score edited inside a file and flags the mismatch', () => {
    const { report: r } = report([asFile('good.json', good), asFile('poor-edited.json', inflated(poor)), asFile('middling.json', middling)]);
    const cheat = r.trainees.find((t) => t.trainee === 'Pat Poor')!;
    expect(cheat.score).toBe(poor.result.score);
    expect(cheat.rank).toBe(3);
    expect(cheat.passed).toBe(false);
    expect(cheat.flags.map((f) => f.kind)).toEqual(['results-edited', 'results-edited', 'results-edited']);
    expect(cheat.flags[0]!.message).toMatch(/claims 97 \(resolved\); its replies score \d+ \(lost\) — the stored result was edited/);
    expect(r.flagged).toBe(1);
  });

  it("script lines a headless drill did not use are shown with the scenario's score in every format, as the trainee was told, without flagging anyone; a file without the field (older Rapport, or every line used) loads as 0", () => {
    const wordy = structuredClone(good);
    wordy.scenarios[1]!.unusedReplies = 3;
    wordy.scenarios[2]!.unusedReplies = 1;
    const parsed = parseSubmission(JSON.stringify(wordy));
    expect(parsed.ok).toBe(true);
    const { report: r } = report([asFile('wordy.json', parsed.ok ? { ...parsed.submission, trainee: 'Wendy Wordy' } : wordy)]);
    const row = r.trainees[0]!;
    const [first, second, third] = wordy.scenarios.map((p) => p.id) as [string, string, string];
    expect(row.scenarios[first]).not.toHaveProperty('unusedReplies');
    expect(row.scenarios[second]).toMatchObject({ unusedReplies: 3 });
    expect(row.scenarios[third]).toMatchObject({ unusedReplies: 1 });
    // Not graded and not a flag: the scores are the replay's, the same as the file without the field.
    const plain = report([asFile('good.json', good)]).report.trainees[0]!;
    expect(row.score).toBe(plain.score);
    expect(row.flags).toEqual([]);
    expect(Object.values(plain.scenarios).some((cell) => cell && 'unusedReplies' in cell)).toBe(false);

    const cell = row.scenarios[second]!;
    expect(formatCohortMarkdown(r)).toContain(`| ${cell.score} (${cell.ending}; 3 script lines unused) |`);
    expect(formatCohortHtml(r)).toContain(`${cell.score}<br><span class="muted">${cell.ending}</span><br><span class="muted">3 script lines unused</span></td>`);
    const rows = formatCohortCsv(r).trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(rows[1]!.split(',')[header.indexOf('unusedReplies')]).toBe('4');
    expect(rows[1]!.split(',')[header.indexOf('status')]).toBe('ok');
    expect(rows[1]).toContain(`""${second}"": 3 script lines unused in ${second}.txt: the conversation ended first | ""${third}"": 1 script line unused in ${third}.txt: the conversation ended first`);
    // A zero or a fraction is no count.
    for (const bad of [0, 1.5, -2]) expect(parseSubmission(JSON.stringify({ ...wordy, scenarios: wordy.scenarios.map((p) => ({ ...p, unusedReplies: bad })) })).ok).toBe(false);
  });

  it('a file scored by another Rapport build is re-scored without being called edited; the same build still catches an edit', () => {
    const made = (version: string, submission: Submission): Submission => ({ ...structuredClone(submission), app: { name: 'rapport', version } });
    const rescore = (submission: Submission, scorer: string) =>
      rescoreCohort({ files: [asFile('p.json', submission)], drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze, scorer }).accepted[0]!;
    // Scores alone edited (the endings left as played): another build could score them so, so nothing is called edited.
    const raised = structuredClone(poor);
    for (const play of raised.scenarios) play.result = { ...play.result, score: play.result.score + 30 };
    raised.result = { ...raised.result, score: Math.round((raised.result.score + 30) * 10) / 10 };
    const older = rescore(made('0.1.0+0000aaaa', raised), '0.1.0+1111bbbb');
    expect(older.flags.map((f) => f.kind)).toEqual(['results-differ', 'results-differ', 'results-differ']);
    expect(older.flags[0]!.message).toMatch(/claims \d+ \(lost\), as scored by 0\.1\.0\+0000aaaa; this Rapport \(0\.1\.0\+1111bbbb\) scores its replies \d+/);
    expect(older.flags.some((f) => /edited/.test(f.message))).toBe(false);
    expect(older.verdict.score).toBe(poor.result.score);
    const same = rescore(made('0.1.0+1111bbbb', inflated(poor)), '0.1.0+1111bbbb');
    expect(same.flags.map((f) => f.kind)).toEqual(['results-edited', 'results-edited', 'results-edited']);
    // An honest file from another build whose replies score the same raises nothing.
    expect(rescore(made('0.1.0+0000aaaa', good), '0.1.0+1111bbbb').flags).toEqual([]);
  });

  it('a file from another build that contradicts itself is called edited: an ending its own conversation does not reach, an overall its own scenarios do not make', () => {
    const made = (version: string, submission: Submission): Submission => ({ ...structuredClone(submission), app: { name: 'rapport', version } });
    const rescore = (submission: Submission) =>
      rescoreCohort({ files: [asFile('p.json', submission)], drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze, scorer: '0.1.0+1111bbbb' }).accepted[0]!;
    // Every scenario claimed "resolved", but the customer lines in the file are the conversation a replay has, which is lost.
    const resolved = rescore(made('0.1.0+0000aaaa', inflated(poor)));
    expect(resolved.flags.map((f) => f.kind)).toEqual(['results-edited', 'results-edited', 'results-edited']);
    expect(resolved.flags[0]!.message).toMatch(/^"irate-double-charge": the file claims 97 \(resolved\), but the conversation in the file ends lost \(its replies score \d+\) — the stored result was edited$/);
    // The customer lines edited too, to match the claim: no longer the replay's conversation, so another build is not ruled out.
    const rewritten = inflated(poor);
    rewritten.scenarios[0]!.turns[0]!.customer = ['Thank you, that is all I needed.'];
    expect(rescore(made('0.1.0+0000aaaa', rewritten)).flags[0]!.kind).toBe('results-differ');
    // Only the overall raised: the mean of the file's own scenario results says otherwise, whichever build made it.
    const overall = made('0.1.0+0000aaaa', poor);
    overall.result = { ...overall.result, score: 81.3, passed: true };
    const flags = rescore(overall).flags;
    expect(flags.map((f) => f.kind)).toEqual(['results-edited']);
    expect(flags[0]!.message).toBe(`the file claims an overall 81.3 (passed); its own scenario results make ${poor.result.score} — the stored result was edited`);
  });

  it('flags trainees who handed in the same replies word for word, naming each other; different replies raise nothing', () => {
    const copy: Submission = { ...structuredClone(good), trainee: 'Cody Copy' };
    // Case, spacing and punctuation do not hide a copy.
    const play = copy.scenarios[0]!;
    play.events = play.events.map((event) => ('reply' in event ? { reply: `  ${event.reply.toUpperCase()}!! ` } : event));
    const { report: r } = report([asFile('good.json', good), asFile('copy.json', copy), asFile('middling.json', middling)]);
    const flagsOf = (name: string) => r.trainees.find((t) => t.trainee === name)!.flags;
    expect(flagsOf('Gita Good').filter((f) => f.kind === 'shared-replies').map((f) => f.message)).toEqual(
      good.scenarios.map((s) => expect.stringMatching(new RegExp(`^"${s.id}": the same \\d+ replies, word for word, as Cody Copy$`))),
    );
    expect(flagsOf('Cody Copy').filter((f) => f.kind === 'shared-replies')).toHaveLength(good.scenarios.length);
    expect(flagsOf('Milo Middling')).toEqual([]);
  });

  it('a scenario handed in with no replies is flagged and scores as not played', () => {
    const empty = structuredClone(middling);
    const play = empty.scenarios[0]!;
    play.events = [];
    play.turns = [];
    const { report: r } = report([asFile('empty.json', empty)]);
    const flags = r.trainees[0]!.flags;
    expect(flags.map((f) => f.message)).toContain(`"${play.id}" has no replies; it scores as not played`);
  });

  it('a scenario listed twice in one file is flagged; the last copy is graded', () => {
    const twice = structuredClone(middling);
    twice.scenarios.push(structuredClone(twice.scenarios[0]!));
    const { report: r } = report([asFile('twice.json', twice)]);
    expect(r.trainees[0]!.flags.map((f) => f.message)).toContain(`"${twice.scenarios[0]!.id}" appears twice in the file; only the last one is graded`);
  });

  it('flags an edited overall result even when each scenario was left alone', () => {
    const copy = structuredClone(middling);
    copy.result = { ...copy.result, score: 88, passed: true };
    const { report: r } = report([asFile('m.json', copy)]);
    expect(r.trainees[0]!.flags.map((f) => f.kind)).toEqual(['results-edited']);
    expect(r.trainees[0]!.passed).toBe(false);
  });

  it('flags customer lines edited in a transcript', () => {
    const copy = structuredClone(good);
    copy.scenarios[0]!.turns[0]!.customer = ['You are the best agent I have ever spoken to.'];
    const { report: r } = report([asFile('g.json', copy)]);
    expect(r.trainees[0]!.flags.map((f) => f.kind)).toEqual(['transcript-differs']);
  });

  it('flags a submission made against a different scenario version, and re-scores it against the current one', () => {
    const scenarios = { ...base.scenarios, 'irate-double-charge': { ...base.scenarios['irate-double-charge']!, version: 'aaaaaaaaaaaa' } };
    const { cohort, report: r } = report([asFile('g.json', good)], scenarios);
    expect(cohort.accepted[0]!.flags.map((f) => f.kind)).toEqual(['scenario-version']);
    expect(cohort.accepted[0]!.flags[0]!.message).toContain('aaaaaaaaaaaa');
    // One trainee is the whole cohort: the report says it once, not as that trainee's flag.
    expect(r.changes).toEqual([`every submission: ${cohort.accepted[0]!.flags[0]!.message}`]);
    expect(r.trainees[0]!.flags).toEqual([]);
    expect(r.trainees[0]!.score).toBe(good.result.score);
  });

  it('flags a changed drill file and a tampered seed, and grades with the drill’s own', () => {
    const copy = structuredClone(good);
    copy.seed = 1;
    const cohort = rescoreCohort({ files: [asFile('g.json', copy)], drill: base.drill, drillVersion: 'bbbbbbbbbbbb', scenarios: base.scenarios, analyze });
    expect(cohort.accepted[0]!.flags.map((f) => f.kind)).toEqual(['drill-version', 'seed']);
  });

  it('counts a missing scenario as 0 and ignores an extra one, flagging both', () => {
    const copy = structuredClone(good);
    const [first] = copy.scenarios.splice(2, 1);
    copy.scenarios.push({ ...first!, id: 'some-other-scenario' });
    const { report: r } = report([asFile('g.json', copy)]);
    // Most serious first: the stored overall no longer adds up (the file was edited), a scenario put in by hand, one not played.
    expect(r.trainees[0]!.flags.map((f) => f.kind)).toEqual(['results-edited', 'extra-scenario', 'missing-scenario']);
    expect(r.trainees[0]!.scenarios['ethics-cheaper-elsewhere']).toBeNull();
    expect(r.trainees[0]!.score).toBeLessThan(good.result.score);
  });

  it('lists malformed, foreign, truncated and other-drill files as rejected and reports the rest', () => {
    const other = structuredClone(good);
    other.drill.id = 'week-2';
    const files = [
      asFile('good.json', good),
      asFile('garbage.json', '\u0000\u0001 not a submission at all'),
      asFile('truncated.json', JSON.stringify(middling).slice(0, 500)),
      asFile('package.json', '{"name": "x", "version": "1.0.0"}'),
      asFile('week-2.json', other),
      asFile('poor.json', poor),
    ];
    const { report: r } = report(files);
    expect(r.trainees.map((t) => t.trainee)).toEqual(['Gita Good', 'Pat Poor']);
    // By file name, whatever order they came in, each with whose it is when the file still says.
    expect(r.rejected.map((x) => [x.file, x.kind, x.trainee])).toEqual([
      ['garbage.json', 'foreign', undefined],
      ['package.json', 'foreign', undefined],
      ['truncated.json', 'truncated', 'Milo Middling'],
      ['week-2.json', 'other-drill', 'Gita Good'],
    ]);
    expect(report([...files].reverse()).report.rejected).toEqual(r.rejected);
    expect(r.files).toBe(6);
  });

  it('keeps the latest of two submissions from one trainee and notes the other, under the name the ranking shows', () => {
    const early = playSubmission('poor', 'Milo Middling', '2026-11-20T09:00:00.000Z');
    const late = playSubmission('middling', '  milo   MIDDLING ', '2026-11-21T09:00:00.000Z');
    const { report: r } = report([asFile('late.json', late), asFile('early.json', early)]);
    expect(r.trainees).toHaveLength(1);
    expect(r.trainees[0]!.file).toBe('late.json');
    // One trainee, one name: the kept submission's, spaces tidied; the other spelling is kept as a note.
    expect(r.trainees[0]!.trainee).toBe('milo MIDDLING');
    expect(r.superseded).toEqual([
      {
        file: 'early.json',
        trainee: 'milo MIDDLING',
        submittedAs: 'Milo Middling',
        finishedAt: '2026-11-20T09:00:00.000Z',
        keptFile: 'late.json',
        keptFinishedAt: '2026-11-21T09:00:00.000Z',
      },
    ]);
  });

  it('a superseded file spelt like the kept one has no second spelling; three files all point at the last', () => {
    const files = ['2026-11-19', '2026-11-21', '2026-11-20'].map((day, i) => asFile(`${i}.json`, playSubmission('middling', i === 0 ? 'Ana  Lima ' : 'Ana Lima', `${day}T09:00:00.000Z`)));
    const { report: r } = report(files);
    expect(r.trainees.map((t) => [t.trainee, t.file])).toEqual([['Ana Lima', '1.json']]);
    expect(r.superseded.map((s) => [s.file, s.trainee, s.submittedAs, s.keptFile])).toEqual([
      ['0.json', 'Ana Lima', undefined, '1.json'],
      ['2.json', 'Ana Lima', undefined, '1.json'],
    ]);
  });

  it('a file handed in twice (a mail client’s “(1)” copy) is noted as an identical copy, not as a retake', () => {
    const retake = playSubmission('good', 'Milo Middling', '2026-11-21T09:00:00.000Z');
    const { report: r } = report([asFile('m.json', middling), asFile('m (1).json', middling), asFile('retake.json', retake)]);
    expect(r.trainees.map((t) => t.file)).toEqual(['retake.json']);
    expect(r.superseded.map((s) => [s.file, s.keptFile, s.copy])).toEqual([
      ['m (1).json', 'retake.json', undefined],
      ['m.json', 'retake.json', undefined],
    ]);
    // Equal finish times: the file given last is kept (a folder is read in name order, where "m (1).json" comes first).
    const { report: twice } = report([asFile('m (1).json', middling), asFile('m.json', middling)]);
    expect(twice.superseded.map((s) => [s.file, s.keptFile, s.copy])).toEqual([['m (1).json', 'm.json', true]]);
    expect(formatCohortMarkdown(twice)).toContain('- **Milo Middling**: kept m.json; ignored m (1).json, an identical copy of it');
    expect(formatCohortCsv(twice)).toContain(',Milo Middling,m (1).json,superseded,,,,,,,,,,,,,,,,an identical copy of m.json\r\n');
  });

  it('matches trainee names across case, spacing and accents', () => {
    expect(traineeKey('  José   Lima ')).toBe(traineeKey('jose lima'));
    expect(traineeKey('Ana')).not.toBe(traineeKey('Anna'));
  });
});

describe('cohort report data', () => {
  const { report: r } = report([asFile('good.json', good), asFile('middling.json', middling), asFile('poor.json', poor)]);

  it('averages each skill and names the weakest', () => {
    for (const skill of r.skills) {
      const mean = Math.round((r.trainees.reduce((sum, t) => sum + t.scores[skill.skill], 0) / 3) * 10) / 10;
      expect(skill.average).toBe(mean);
    }
    // Most trainees below the mark, then least above the mark (or, without one, above a neutral reply's score).
    const margin = (s: (typeof r.skills)[number]) => s.average - (s.mark ?? NEUTRAL_SCORES[s.skill]);
    const weakest = [...r.skills].sort((a, b) => b.below - a.below || margin(a) - margin(b))[0]!;
    expect(r.weakestSkills[0]).toEqual(weakest);
  });

  it('lists the turns most trainees lost points on, by scenario state, most losers first', () => {
    expect(r.costlyTurns.length).toBeGreaterThan(0);
    const losers = r.costlyTurns.map((t) => t.losers);
    expect([...losers].sort((a, b) => b - a)).toEqual(losers);
    for (const turn of r.costlyTurns) {
      expect(base.byId[turn.scenario]!.states[turn.state]).toBeDefined();
      expect(turn.losers).toBeLessThanOrEqual(turn.reached);
    }
    // The poor trainee's opening reply in the irate scenario loses points.
    expect(r.costlyTurns.some((t) => t.scenario === 'irate-double-charge' && t.state === 'opening')).toBe(true);
  });

  it('never counts a reply that raised the customer’s mood as a turn lost on, however low it scored', () => {
    // The good trainee's plainly worded but winning replies: below the score threshold, mood up.
    const { cohort: alone, report: only } = report([asFile('good.json', good)]);
    const winners = base.drill.scenarios.flatMap((id) =>
      alone.accepted[0]!.results[id]!.turns.filter((t) => t.moodDelta > 0 && weightedScore(t.analysis.scores, base.byId[id]!.rubric) < LOSS_THRESHOLD).map((t) => `${id} › ${t.stateBefore}`),
    );
    expect(winners.length).toBeGreaterThan(0);
    const listed = only.costlyTurns.map((t) => `${t.scenario} › ${t.state}`);
    for (const state of winners) expect(listed).not.toContain(state);
  });

  it('a turn loses points when it lowers the mood, times out, or scores low without pleasing the customer', () => {
    const turn = (scores: [number, number, number], mood: number, moodDelta: number, timedOut?: true) => ({
      analysis: { ...analyze('x', {}), scores: { empathy: scores[0], positivity: scores[1], followThrough: scores[2] } },
      mood,
      moodDelta,
      ...(timedOut ? { timedOut } : {}),
    });
    const rubric = { empathy: 1, positivity: 1, followThrough: 1 };
    expect(lostPoints(turn([30, 30, 30], 60, 20), rubric)).toBe(false);
    expect(lostPoints(turn([80, 80, 80], 50, -5), rubric)).toBe(true);
    expect(lostPoints(turn([30, 30, 30], 50, 0), rubric)).toBe(true);
    expect(lostPoints(turn([50, 50, 50], 50, 0), rubric)).toBe(false);
    // At the top of the scale the mood cannot rise: kept there is not a loss.
    expect(lostPoints(turn([30, 30, 30], 100, 0), rubric)).toBe(false);
    expect(lostPoints(turn([0, 0, 0], 40, 0, true), rubric)).toBe(true);
  });

  it('summarises each scenario’s endings', () => {
    const irate = r.scenarios.find((s) => s.id === 'irate-double-charge')!;
    expect(Object.values(irate.endings).reduce((a, b) => a + b, 0)).toBe(3);
  });
});
