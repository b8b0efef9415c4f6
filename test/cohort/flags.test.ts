import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { flagLabels, sortFlags } from '../../src/core/cohort/flags.js';
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
