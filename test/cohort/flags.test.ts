import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { flagLabels, sortFlags } from '../../src/core/cohort/flags.js';
import { formatCohortCsv } from '../../src/core/cohort/format-csv.js';
import { formatCohortHtml } from '../../src/core/cohort/format-html.js';
import { formatCohortMarkdown } from '../../src/core/cohort/format-markdown.js';
import { buildCohortReport, flaggedTrainees } from '../../src/core/cohort/report.js';
import { rescoreCohort } from '../../src/core/cohort/rescore.js';
import type { Flag } from '../../src/core/cohort/rescore.js';
import type { Submission } from '../../src/core/drill/submission.js';
import { asFile, builtInDrill, playScripts, playSubmission, scriptLines } from '../drill/helpers.js';

const base = builtInDrill();
const flag = (kind: Flag['kind'], extra: Partial<Flag> = {}): Flag => ({ kind, message: `${kind} message`, ...extra });

describe('flags in a few words', () => {
  it('one label per kind, most serious first, with counts and the trainees replies were shared with', () => {
    const flags = [flag('missing-scenario'), flag('missing-scenario'), flag('shared-replies', { with: ['Olga'] }), flag('shared-replies', { with: ['Olga', 'Ivan'] }), flag('results-edited')];
    expect(flagLabels(flags)).toEqual(['score edited', 'same replies as Olga, Ivan', '2 scenarios not played']);
    expect(flagLabels([flag('results-edited'), flag('results-edited'), flag('transcript-differs')])).toEqual(['score edited', 'transcript edited']);
    expect(flagLabels([flag('results-differ'), flag('results-differ')])).toEqual(['scored differently then (2 scenarios)']);
    expect(flagLabels([])).toEqual([]);
  });

  it('sorts flags most serious first and keeps the order within a kind', () => {
    const flags = [flag('drill-version'), flag('missing-scenario', { message: 'a' }), flag('transcript-differs'), flag('missing-scenario', { message: 'b' })];
    expect(sortFlags(flags).map((f) => f.message)).toEqual(['transcript-differs message', 'a', 'b', 'drill-version message']);
  });
});

describe('flags in the report', () => {
  const good = playSubmission('good', 'Gita Good');
  const poor = playSubmission('poor', 'Pat Poor');
  // Pat raises every stored score; Milo hands in one scenario with an empty script; Cody copies Gita.
  const edited: Submission = structuredClone(poor);
  for (const play of edited.scenarios) play.result = { ...play.result, score: 90, ending: 'resolved' };
  const empty = playScripts((id) => (id === 'presales-budget-fit' ? [] : scriptLines('middling', id)), 'Milo Middling');
  const copy: Submission = { ...structuredClone(good), trainee: 'Cody Copy' };
  const files = [asFile('good.json', good), asFile('copy.json', copy), asFile('empty.json', empty), asFile('pat.json', edited)];
  const cohort = rescoreCohort({ files, drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze });
  const report = buildCohortReport(cohort, base.byId);

  it('counts the files edited by hand apart from the other flags', () => {
    expect(report.flagged).toBe(4);
    expect(report.edited).toBe(1);
    expect(formatCohortMarkdown(report)).toContain('4 flagged (1 file edited by hand)');
    expect(formatCohortHtml(report)).toContain('<small>1 file edited by hand</small>');
  });

  it('the Flags section starts with the edited file, then the copies, then the scenario not played', () => {
    expect(flaggedTrainees(report).map((t) => t.trainee)).toEqual(['Pat Poor', 'Cody Copy', 'Gita Good', 'Milo Middling']);
    const section = formatCohortMarkdown(report).split('## Flags')[1]!.split('\n## ')[0]!;
    const heads = section.split('\n').filter((line) => line.startsWith('- '));
    expect(heads[0]).toBe('- **Pat Poor**: score edited (pat.json)');
    expect(heads[1]).toBe('- **Cody Copy**: same replies as Gita Good (copy.json)');
    expect(heads[3]).toBe('- **Milo Middling**: 1 scenario not played (empty.json)');
    // Every message is still there, under its trainee, with its kind.
    expect(section).toMatch(/\n {2}- results-edited: "irate-double-charge": the file claims 90 \(resolved\)/);
  });

  it('the ranking says what kind of flag in a few words, not every message', () => {
    const markdown = formatCohortMarkdown(report);
    const ranking = markdown.split('## Ranking')[1]!.split('\n## ')[0]!;
    const row = (name: string) => ranking.split('\n').find((line) => line.includes(`| ${name} |`))!;
    // Beside the result: the columns after it run off a narrow screen.
    expect(row('Pat Poor')).toContain('| fail | ⚑ score edited |');
    expect(row('Cody Copy')).toMatch(/\| (pass|fail) \| ⚑ same replies as Gita Good \|/);
    expect(ranking.split('\n').find((line) => line.startsWith('| #'))).toMatch(/^\| # \| Trainee \| Overall \| Result \| Flags \|/);
    expect(ranking).not.toContain('the stored result was edited');

    const html = formatCohortHtml(report);
    const table = html.split('<section id="ranking">')[1]!.split('</section>')[0]!;
    expect(table).toContain('<td class="fail">fail</td><td class="flag edited">⚑ score edited</td>');
    // The file is a tooltip on the name, as the Markdown ranking leaves it out: a path per row pushed the columns off screen.
    expect(table).toContain('<td class="who" title="pat.json">Pat Poor</td>');
    expect(table).toContain('<td class="flag">⚑ same replies as Gita Good</td>');
    expect(table).not.toContain('the stored result was edited');
  });
});

describe('a file changed since the drill was taken', () => {
  const good = playSubmission('good', 'Gita Good');
  const poor = playSubmission('poor', 'Pat Poor');
  const build = (files: ReturnType<typeof asFile>[], drillVersion: string) =>
    buildCohortReport(rescoreCohort({ files, drill: base.drill, drillVersion, scenarios: base.scenarios, analyze }), base.byId);

  it('for every trainee alike, is said once for the cohort instead of flagging everyone', () => {
    const report = build([asFile('good.json', good), asFile('poor.json', poor)], 'bbbbbbbbbbbb');
    const message = `taken with drill file version ${base.version}; the current one is bbbbbbbbbbbb (re-scored with the current drill)`;
    expect(report.changes).toEqual([`every submission: ${message}`]);
    expect(report.flagged).toBe(0);
    expect(report.trainees.every((t) => t.flags.length === 0)).toBe(true);
    expect(formatCohortMarkdown(report)).toContain(`**Changed since the drill was taken** (every score here is the current files’ and this Rapport’s):\n\n- every submission: ${message}\n`);
    expect(formatCohortHtml(report)).toContain(`<ul><li>every submission: ${message}</li></ul>`);
    // A spreadsheet has no summary line: every row carries it, and no row is marked flagged for it.
    const csv = formatCohortCsv(report).split('\r\n').slice(1, 3);
    for (const row of csv) expect(row).toMatch(new RegExp(`,ok,.*${message.replace(/[()]/g, '\\$&')}$`));
  });

  it('for some trainees only, flags those', () => {
    const other = structuredClone(poor);
    other.drill.version = 'cccccccccccc';
    const report = build([asFile('good.json', good), asFile('poor.json', other)], base.version);
    expect(report.changes).toEqual([]);
    expect(report.trainees.find((t) => t.trainee === 'Pat Poor')!.flags.map((f) => f.kind)).toContain('drill-version');
    expect(report.trainees.find((t) => t.trainee === 'Gita Good')!.flags).toEqual([]);
  });
});

describe('a file that re-scores differently without being edited (another Rapport build, a changed scenario)', () => {
  const good = playSubmission('good', 'Gita Good');
  const middling = playSubmission('middling', 'Milo Middling');
  /** As if an older build had scored Milo's replies 2 points lower on empathy in the first scenario (the overall kept consistent). */
  const older = (submission: Submission, shift: number): Submission => {
    const copy: Submission = { ...structuredClone(submission), app: { name: 'rapport', version: '0.1.0+0000aaaa' } };
    const play = copy.scenarios[0]!;
    play.result = { ...play.result, scores: { ...play.result.scores, empathy: play.result.scores.empathy - 2 }, score: play.result.score - shift };
    const n = copy.scenarios.length;
    const mean = (pick: (p: Submission['scenarios'][number]) => number) => Math.round((copy.scenarios.reduce((sum, p) => sum + pick(p), 0) / n) * 10) / 10;
    const score = mean((p) => p.result.score);
    copy.result = {
      score,
      scores: { empathy: mean((p) => p.result.scores.empathy), positivity: mean((p) => p.result.scores.positivity), followThrough: mean((p) => p.result.scores.followThrough) },
      passed: score >= base.drill.pass.overall && mean((p) => p.result.scores.empathy) >= base.drill.pass.empathy! && mean((p) => p.result.scores.positivity) >= base.drill.pass.positivity! && mean((p) => p.result.scores.followThrough) >= base.drill.pass.followThrough!,
    };
    return copy;
  };
  const build = (files: ReturnType<typeof asFile>[]) =>
    buildCohortReport(rescoreCohort({ files, drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze, scorer: '0.1.0+1111bbbb' }), base.byId);

  it('is summed up once for the cohort, kept in the CSV notes, and says which skill moved', () => {
    const report = build([asFile('good.json', good), asFile('milo.json', older(middling, 0))]);
    const milo = report.trainees.find((t) => t.trainee === 'Milo Middling')!;
    expect(milo.flags).toEqual([]);
    expect(milo.notes).toEqual([
      expect.stringMatching(/^"irate-double-charge": the file claims \d+ \(\w+; empathy \d+\), as scored by 0\.1\.0\+0000aaaa; this Rapport \(0\.1\.0\+1111bbbb\) scores its replies \d+ \(\w+; empathy \d+\)$/),
    ]);
    expect(report.flagged).toBe(0);
    expect(report.changes).toEqual([
      '1 of 2 submissions re-score differently from the results they state (made by another Rapport build (0.1.0+0000aaaa)): overall scores unchanged; no pass or fail changed',
    ]);
    expect(formatCohortCsv(report)).toContain(milo.notes[0]!.replace(/"/g, '""'));
  });

  it('a pass or fail that changed is flagged: the trainee was told otherwise', () => {
    // Good's first scenario stated 60 points lower: the file says NOT PASSED, its replies pass.
    const report = build([asFile('good.json', older(good, 60)), asFile('milo.json', middling)]);
    const gita = report.trainees.find((t) => t.trainee === 'Gita Good')!;
    expect(gita.passed).toBe(true);
    expect(gita.flags.map((f) => f.kind)).toEqual(['verdict-changed']);
    expect(gita.flags[0]!.message).toMatch(/^the trainee was told NOT PASSED \(overall [\d.]+\); re-scored now, PASSED \(overall [\d.]+\)$/);
    expect(flagLabels(gita.flags)).toEqual(['failed then, passes now']);
    expect(report.changes[0]).toMatch(/^1 of 2 submissions re-score differently .*: overall scores moved by \+20; pass or fail changed for 1 \(flagged\)$/);
  });
});
