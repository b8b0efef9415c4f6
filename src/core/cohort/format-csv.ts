/**
 * The cohort report as CSV for spreadsheets: one row per file, so nothing is
 * silently left out. `status` is ok, flagged, superseded or rejected.
 */
import { SKILLS } from '../types.js';
import { csvField } from './escape.js';
import { practiseLine } from './practise.js';
import type { CohortReport } from './report.js';

/**
 * Render the report as CSV (RFC 4180, `\r\n` line ends, header row first).
 * Per drill scenario, a block of score columns (named by scenario id), then a
 * block of ending columns (`<id> ending`); then the turns that timed out,
 * the times a customer grew impatient, the script lines a headless drill
 * did not use, what to practise next, and notes.
 * @example formatCohortCsv(report).split('\r\n')[0] → "rank,trainee,file,status,overall,passed,empathy,…"
 */
export function formatCohortCsv(report: CohortReport): string {
  const ids = report.drill.scenarios;
  const header = ['rank', 'trainee', 'file', 'status', 'overall', 'passed', ...SKILLS, ...ids, ...ids.map((id) => `${id} ending`), 'timedOut', 'impatient', 'unusedReplies', 'practise', 'notes'];
  const rows: (string | number | boolean | null)[][] = [header];
  for (const t of report.trainees) {
    rows.push([
      t.rank,
      t.trainee,
      t.file,
      t.flags.length > 0 ? 'flagged' : 'ok',
      t.score,
      t.passed,
      ...SKILLS.map((s) => t.scores[s]),
      ...ids.map((id) => t.scenarios[id]?.score ?? null),
      ...ids.map((id) => t.scenarios[id]?.ending ?? null),
      t.timedOut,
      t.impatient,
      Object.values(t.scenarios).reduce((sum, cell) => sum + (cell?.unusedReplies ?? 0), 0),
      practiseLine(t.practise),
      // Notes too (results re-scored differently, a change every submission shares): a spreadsheet has no summary line.
      // A fail on a skill alone says which first: `passed` is only false, where the ranking says `fail (empathy)`.
      [...(t.failedOn ? [`not passed${t.failedOn}`] : []), ...t.flags.map((f) => f.message), ...t.notes].join(' | '),
    ]);
  }
  // A file that was not graded leaves blank every column but rank, trainee, file, status and notes.
  const blanks = () => Array.from({ length: header.length - 5 }, () => null);
  for (const s of report.superseded) {
    const as = s.submittedAs === undefined ? '' : ` (handed in as "${s.submittedAs}")`;
    const why = s.copy ? `an identical copy of ${s.keptFile}` : `a later submission (${s.keptFile}) replaces this one`;
    rows.push([null, s.trainee, s.file, 'superseded', ...blanks(), `${why}${as}`]);
  }
  for (const r of report.rejected) {
    rows.push([null, r.trainee ?? null, r.file, 'rejected', ...blanks(), r.reason]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
