/**
 * The cohort report as CSV for spreadsheets: one row per file, so nothing is
 * silently left out. `status` is ok, flagged, superseded or rejected.
 */
import { SKILLS } from '../types.js';
import { csvField } from './escape.js';
import type { CohortReport } from './report.js';

/**
 * Render the report as CSV (RFC 4180, `\r\n` line ends, header row first).
 * @example formatCohortCsv(report).split('\r\n')[0] → "rank,trainee,file,status,overall,passed,empathy,…"
 */
export function formatCohortCsv(report: CohortReport): string {
  const ids = report.drill.scenarios;
  const header = ['rank', 'trainee', 'file', 'status', 'overall', 'passed', ...SKILLS, ...ids, 'notes'];
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
      t.flags.map((f) => f.message).join(' | '),
    ]);
  }
  const blanks = (n: number) => Array.from({ length: n }, () => null);
  for (const s of report.superseded) {
    const as = s.submittedAs === undefined ? '' : ` (handed in as "${s.submittedAs}")`;
    rows.push([null, s.trainee, s.file, 'superseded', ...blanks(2 + SKILLS.length + ids.length), `a later submission (${s.keptFile}) replaces this one${as}`]);
  }
  for (const r of report.rejected) {
    rows.push([null, null, r.file, 'rejected', ...blanks(2 + SKILLS.length + ids.length), r.reason]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
