/**
 * A small cohort report that exercises every part of the formats: a pass, a
 * fail, an edited file, a superseded file, a rejected file, and a trainee
 * name built to break HTML, Markdown, CSV and terminals.
 */
import { analyze } from '../../src/core/analyze.js';
import { buildCohortReport } from '../../src/core/cohort/report.js';
import type { CohortReport } from '../../src/core/cohort/report.js';
import { rescoreCohort } from '../../src/core/cohort/rescore.js';
import { asFile, builtInDrill, playSubmission } from '../drill/helpers.js';

/** A name built to break every format: HTML, Markdown tables, CSV quoting, formulas, terminal escapes. */
export const NASTY = '=HYPERLINK("http://evil") <script>alert(1)</script> | *x* "q", \u001b[31m';

export function sampleReport(): CohortReport {
  const base = builtInDrill();
  const good = playSubmission('good', 'Gita Good');
  const nasty = playSubmission('middling', NASTY);
  const poor = playSubmission('poor', 'Pat Poor');
  const edited = structuredClone(poor);
  edited.result = { ...edited.result, score: 99, passed: true };
  const files = [
    asFile('good.json', good),
    asFile('nasty.json', nasty),
    asFile('poor.json', edited),
    asFile('garbage.json', 'definitely not json'),
    asFile('old-gita.json', playSubmission('poor', 'gita good', '2026-11-01T00:00:00.000Z')),
  ];
  const cohort = rescoreCohort({ files, drill: base.drill, drillVersion: base.version, scenarios: base.scenarios, analyze });
  return buildCohortReport(cohort, base.byId);
}


/**
 * The sample report with ten scenarios whose titles are long, one word too
 * long for a line, and non-Latin: what the scenario chart's labels must fit.
 */
export function wideReport(): CohortReport {
  const report = sampleReport();
  const titles = [
    'Premier client, dashboard down before the morning run',
    'Calling back about the repair that never happened, and the customer is already late for work',
    'Supercalifragilisticexpialidociousnessandthensomemorewithoutanyspace',
    '李雷的账单被重复扣款，而且没有人回电话，客户非常生气',
    'WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM',
    'Charged twice, and nobody called back',
    NASTY,
    'The big plan, on a small budget',
    'Locked out forty minutes before payroll',
    'x',
  ];
  const scenarios = titles.map((title, i) => ({ id: `scenario-${i + 1}`, title, average: i === 9 ? 100 : 10 * i, endings: { resolved: 1 } }));
  return { ...report, scenarios, drill: { ...report.drill, scenarios: scenarios.map((s) => s.id) } };
}
