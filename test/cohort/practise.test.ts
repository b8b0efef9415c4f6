/**
 * Per trainee, the report says what to practise next and how long they kept
 * customers waiting: derived from the re-scored sessions alone, the same in
 * every format and on every run.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { formatCohortCsv } from '../../src/core/cohort/format-csv.js';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { formatCohortMarkdown } from '../../src/core/cohort/format-markdown.js';
import { escapeHtml, escapeMarkdown } from '../../src/core/cohort/escape.js';
import { practiseLine, practiseText } from '../../src/core/cohort/practise.js';
import { buildCohortReport } from '../../src/core/cohort/report.js';
import { rescoreCohort } from '../../src/core/cohort/rescore.js';
import type { SubmissionFile } from '../../src/core/cohort/rescore.js';
import { parseCsvRows } from '../../src/core/csv.js';
import { asFile, builtInDrill, playScripts, playSubmission, scriptLines } from '../drill/helpers.js';

const base = builtInDrill();
const good = playSubmission('good', 'Gita Good');
const middling = playSubmission('middling', 'Milo Middling');
const poor = playSubmission('poor', 'Pat Poor');
/** The good trainee's replies, after 50 s of silence in the first scenario and 250 s in the second. */
const slow = playScripts(
  (id) => [...(id === 'irate-double-charge' ? ['/wait 50'] : id === 'presales-budget-fit' ? ['/wait 250'] : []), ...scriptLines('good', id)],
  'Sam Slow',
);

function reportOf(files: SubmissionFile[]) {
  const cohort = rescoreCohort({ files, drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze });
  return { cohort, report: buildCohortReport(cohort, base.byId) };
}

describe('practise next, per trainee', () => {
  const { cohort, report } = reportOf([asFile('good.json', good), asFile('middling.json', middling), asFile('poor.json', poor)]);
  const row = (name: string) => report.trainees.find((t) => t.trainee === name)!;

  it('names the skill the drill advises, the scenario it was lowest in, and the rule that cost most points on it', () => {
    const entry = cohort.accepted.find((e) => e.trainee === 'Pat Poor')!;
    const [skill] = row('Pat Poor').practise;
    const advice = entry.verdict.practise[0]!;
    expect(skill).toMatchObject({ kind: 'skill', skill: advice.skill, scenario: advice.scenario, below: true });
    if (skill?.kind !== 'skill') throw new Error('expected a skill');
    // The rule is the one whose evidence took the most points on that skill, over the whole drill.
    const lost = new Map<string, number>();
    for (const result of Object.values(entry.results)) {
      for (const turn of result?.turns ?? []) {
        for (const e of turn.analysis.evidence) if (e.skill === advice.skill && e.points < 0) lost.set(e.rule, (lost.get(e.rule) ?? 0) + e.points);
      }
    }
    const worst = [...lost].sort((a, b) => a[1] - b[1])[0]!;
    expect(skill.rule).toMatchObject({ kind: 'penalty', rule: worst[0], points: worst[1] });
    // Pat blamed the customer: the advice quotes the words.
    expect(practiseText(skill)).toMatch(/^Empathy [\d.]+ \(below the mark of 40\), lowest in [a-z-]+; cost most by empathy\.blame: \d+ points over \d+ repl(y|ies), e\.g\. “you should have checked”$/);
  });

  it('adds a habit: the first goal missed in the lowest-scoring scenario', () => {
    const entry = cohort.accepted.find((e) => e.trainee === 'Milo Middling')!;
    const lowest = [...base.drill.scenarios].sort((a, b) => entry.results[a]!.score - entry.results[b]!.score)[0]!;
    const goal = entry.results[lowest]!.goals.find((g) => !g.met)!;
    const all = Object.values(entry.results).flatMap((r) => r!.goals);
    expect(row('Milo Middling').practise[1]).toEqual({
      kind: 'goal',
      scenario: lowest,
      goal: goal.id,
      description: goal.description,
      missed: all.filter((g) => !g.met).length,
      total: all.length,
    });
  });

  it('a trainee with nothing failed still gets their weakest skill, and no habit when every goal was met', () => {
    const gita = row('Gita Good');
    expect(gita.passed).toBe(true);
    expect(gita.practise).toHaveLength(1);
    expect(gita.practise[0]).toMatchObject({ kind: 'skill', below: false });
    expect(practiseText(gita.practise[0]!)).toMatch(/\(weakest skill\), lowest in /);
  });

  it('a skill lowest in a scenario handed in with no reply says so, as the drill advice does, not "lowest in" it', () => {
    const unplayed = 'ethics-cheaper-elsewhere';
    const blank = playScripts((id) => (id === unplayed ? [] : scriptLines('good', id)), 'Nell Noreply');
    const { report: r } = reportOf([asFile('blank.json', blank)]);
    const [skill, habit] = r.trainees[0]!.practise;
    expect(skill).toMatchObject({ kind: 'skill', scenario: unplayed, noReply: true });
    const text = practiseText(skill!);
    expect(text).toContain(`no reply sent in ${unplayed}, so it counts 0 on every skill`);
    expect(text).not.toContain(`lowest in ${unplayed}`);
    expect(habit).toEqual({ kind: 'not-played', scenarios: [unplayed] });
  });

  it('CSV: a fail on a skill alone says which in notes, as the ranking says "fail (empathy)"; a pass or a fail below the overall mark adds nothing', () => {
    const strict = { ...base.drill, pass: { ...base.drill.pass, empathy: 60 } };
    const cohort = rescoreCohort({ files: [asFile('good.json', good), asFile('poor.json', poor)], drill: strict, drillVersion: base.version, scenarios: base.scenarios, analyze });
    const r = buildCohortReport(cohort, base.byId);
    const gita = r.trainees.find((t) => t.trainee === 'Gita Good')!;
    expect(gita.score).toBeGreaterThanOrEqual(strict.pass.overall);
    expect(gita.passed).toBe(false);
    const rows = parseCsvRows(formatCohortCsv(r));
    const [header] = rows;
    const rowOf = (name: string) => rows.find((x) => x[1] === name)!;
    expect(rowOf('Gita Good')[header!.indexOf('passed')]).toBe('false');
    expect(rowOf('Gita Good')[header!.indexOf('notes')]).toMatch(new RegExp(`^not passed — empathy \\(${gita.scores.empathy}, mark 60\\) is below its mark`));
    expect(rowOf('Pat Poor')[header!.indexOf('notes')]).not.toContain('not passed');
    // The header is unchanged: readers of the existing columns find them where they were.
    expect(header!.slice(-2)).toEqual(['practise', 'notes']);
  });

  it('is one line per trainee in ranking order, the same text in Markdown, HTML and CSV', () => {
    const markdown = formatCohortMarkdown(report);
    const section = markdown.split('## Practise next\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(section).toEqual(report.trainees.map((t) => `- **${escapeMarkdown(t.trainee)}**: ${escapeMarkdown(practiseLine(t.practise))}`));

    const html = formatCohortHtml(report);
    expect(html).toContain('<h2>Practise next</h2>');
    for (const t of report.trainees) expect(html).toContain(`<li><b>${escapeHtml(t.trainee)}</b>: ${t.practise.map((p) => escapeHtml(practiseText(p))).join(' · ')}</li>`);

    const rows = parseCsvRows(formatCohortCsv(report));
    const col = rows[0]!.indexOf('practise');
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1, 4).map((r) => [r[1], r[col]])).toEqual(report.trainees.map((t) => [t.trainee, practiseLine(t.practise)]));
  });

  it('is deterministic: the same files in another order give the same advice', () => {
    const again = reportOf([asFile('poor.json', poor), asFile('good.json', good), asFile('middling.json', middling)]).report;
    expect(again.trainees.map((t) => [t.trainee, t.practise])).toEqual(report.trainees.map((t) => [t.trainee, t.practise]));
  });

  it('the slimmed results keep the evidence that cost points (and only that), so worker threads give the same advice', () => {
    const entry = cohort.accepted.find((e) => e.trainee === 'Pat Poor')!;
    const copy = structuredClone(entry);
    expect(Object.values(copy.results).some((r) => r!.turns.some((t) => t.analysis.evidence.length > 0))).toBe(true);
    // Only what cost points is kept: the memory goes to nothing the report does not read.
    for (const r of Object.values(copy.results)) for (const t of r!.turns) for (const e of t.analysis.evidence) expect(e.points).toBeLessThan(0);
  });
});

describe('customers kept waiting', () => {
  const { report } = reportOf([asFile('slow.json', slow), asFile('middling.json', middling)]);
  const sam = report.trainees.find((t) => t.trainee === 'Sam Slow')!;

  it('counts turns that timed out and silences in which a customer ran out of patience', () => {
    // 50 s in the first scenario sets off its 45 s patience timer; 250 s in the second times out twice
    // (120 s each), and the customer spoke up both times.
    expect(sam.timedOut).toBe(2);
    expect(sam.impatient).toBe(3);
    expect(report.trainees.find((t) => t.trainee === 'Milo Middling')).toMatchObject({ timedOut: 0, impatient: 0 });
  });

  it('makes replying in time the habit to practise', () => {
    expect(sam.practise[1]).toEqual({ kind: 'timed-out', turns: 2, limit: 120, scenarios: ['presales-budget-fit'] });
    expect(practiseText(sam.practise[1]!)).toBe('Reply within 120 s: 2 turns timed out (presales-budget-fit)');
  });

  it('shows a "Kept waiting" column in Markdown and HTML when someone did, and counts in CSV', () => {
    const markdown = formatCohortMarkdown(report);
    expect(markdown).toMatch(/-elsewhere` \| Kept waiting \|\n/);
    expect(markdown).toMatch(/\| Sam Slow \|.*\| 2 timed out, 3× impatient \|\n/);
    expect(formatCohortHtml(report)).toContain('<th>Kept waiting</th>');
    expect(formatCohortHtml(report)).toContain('<td>2 timed out, 3× impatient</td>');
    const rows = parseCsvRows(formatCohortCsv(report));
    const [header] = rows;
    const samRow = rows.find((r) => r[1] === 'Sam Slow')!;
    expect([samRow[header!.indexOf('timedOut')], samRow[header!.indexOf('impatient')]]).toEqual(['2', '3']);
  });

  it('leaves the column out when nobody kept a customer waiting', () => {
    const { report: prompt } = reportOf([asFile('good.json', good), asFile('middling.json', middling)]);
    expect(formatCohortMarkdown(prompt)).not.toContain('Kept waiting');
    expect(formatCohortHtml(prompt)).not.toContain('Kept waiting');
  });
});
