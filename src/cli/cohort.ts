/**
 * `rapport cohort report <files or folders>… [--format md|csv|html] [--out FILE] [--drill ID]`:
 * re-score every submission from its raw replies against the current drill
 * and scenarios, and write one report for the cohort.
 */
import { mkdir, stat } from 'node:fs/promises';
import { writeAtomic } from '../store/write-atomic.js';
import path from 'node:path';
import { formatCohortCsv } from '../core/cohort/format-csv.js';
import { formatCohortHtml } from '../core/cohort/format-html.js';
import { formatCohortMarkdown } from '../core/cohort/format-markdown.js';
import { buildCohortReport } from '../core/cohort/report.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { CohortReport } from '../core/cohort/report.js';
import { mostCommonDrill } from '../core/cohort/rescore.js';
import { inert } from '../core/sanitize.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { readRenamedSubmissions, readSubmissionFiles } from '../store/submissions.js';
import type { CommandRun } from './command-spec.js';
import { fileSystemReason, UsageError, UserError } from './errors.js';
import { findDrill } from './find-drill.js';
import { rescoreWithWorkers, startRescoreWorkers } from './cohort-rescore.js';
import type { RescoreWorkers } from './cohort-rescore.js';
import { write } from './io.js';
import type { CliIo } from './io.js';

/** Report formats. */
export const FORMATS = ['md', 'csv', 'html'] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** --format, or the --out file's extension, or Markdown. */
export function reportFormat(format: string | boolean | undefined, out: string | undefined): ReportFormat {
  if (typeof format === 'string') {
    const value = format.toLowerCase() === 'markdown' ? 'md' : format.toLowerCase();
    if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be md, csv or html (got "${format}").`);
    return value as ReportFormat;
  }
  const ext = out ? path.extname(out).toLowerCase().replace('.', '') : '';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'csv') return 'csv';
  return 'md';
}

/** Render a report in a format (the HTML footer carries the generation time). */
export function renderReport(report: CohortReport, format: ReportFormat, generatedAt: string): string {
  if (format === 'csv') return formatCohortCsv(report);
  if (format === 'html') return formatCohortHtml(report, { generatedAt });
  return formatCohortMarkdown(report);
}

export const run: CommandRun = async (args, io) => {
  const [sub, ...targets] = args.positionals;
  if (sub !== 'report') {
    const hint = sub === undefined ? undefined : didYouMean(sub, ['report']);
    throw new UsageError(`Unknown cohort command "${sub ?? ''}"${hint ? ` (${hint})` : ''}.`, 'Usage: rapport cohort report <files or folders>… [--format md|csv|html] [--out FILE]');
  }
  if (targets.length === 0) throw new UsageError('`rapport cohort report` needs submission files or folders.', 'Example: rapport cohort report submissions/ --format html --out cohort.html');
  const outArg = typeof args.values.out === 'string' ? args.values.out : undefined;
  const outFolder = outArg !== undefined && (/[\\/]$/.test(outArg) || (await stat(path.resolve(io.cwd, outArg)).catch(() => undefined))?.isDirectory() === true);
  const format = reportFormat(args.values.format, outFolder ? undefined : outArg);

  // Worker threads (RAPPORT_THREADS=N) load the analysis while this thread reads the files.
  const workers = startRescoreWorkers(io.env);
  try {
    return await report(targets, { outArg, outFolder, format, drillArg: typeof args.values.drill === 'string' ? args.values.drill : undefined }, io, workers);
  } finally {
    await workers?.close();
  }
};

/** Read the files, re-score them (in the workers too, when there are any) and write the report. */
async function report(
  targets: readonly string[],
  { outArg, outFolder, format, drillArg }: { outArg: string | undefined; outFolder: boolean; format: ReportFormat; drillArg: string | undefined },
  io: CliIo,
  workers: RescoreWorkers | undefined,
): Promise<number> {
  const read = await readSubmissionFiles(targets, io.cwd);
  const { missing } = read;
  if (missing.length) throw new UserError(`No such file or folder: ${missing.map((m) => inert(m, { multiline: false })).join(', ')}`, 'Give submission .json files or folders of them.');
  // A submission whose name lost its .json on the way (a mail client's ….json.txt) is still the trainee's work.
  const renamed = await readRenamedSubmissions(read.skipped, io.cwd);
  const files = [...read.files, ...renamed.files];
  const skipped = renamed.others;
  if (skipped.length) {
    const shown = skipped.slice(0, 10).map((f) => inert(f, { multiline: false }));
    io.stderr.write(
      `rapport: not read, because neither the name (no .json) nor the content makes it a submission: ${shown.join(', ')}${skipped.length > 10 ? ` and ${skipped.length - 10} more` : ''}.\n`,
    );
  }
  if (files.length === 0) throw new UserError(`No .json files in ${targets.map((t) => inert(t, { multiline: false })).join(', ')}.`, 'Submissions are the .json files `rapport drill` writes (in $RAPPORT_HOME/submissions/).');

  const drillId = drillArg ?? mostCommonDrill(files);
  if (!drillId) {
    throw new UserError(
      `None of the ${files.length} file${files.length === 1 ? ' is a' : 's is a'} readable drill submission, so the drill is unknown.`,
      'Say which drill with --drill <id> to list the rejected files, or check you gave the right folder.',
    );
  }
  const paths = rapportPaths(rapportHome(io.env));
  // The submissions name a drill this machine does not have (a lead's own drill file, given to trainees as a path).
  const notInstalled = drillArg
    ? undefined
    : (known: readonly string[]) =>
        new UserError(`The submissions are for drill "${drillId}", which is not installed here (installed: ${known.length ? known.join(', ') : 'none'}).`, [
          `Give its file: rapport cohort report ${targets.map((t) => inert(t, { multiline: false })).join(' ')} --drill path/to/${drillId}.yaml`,
          `Or copy that file into ${inert(paths.drills, { multiline: false })}/ and run the report again.`,
        ]);
  const loaded = await findDrill(drillId, paths, io.cwd, notInstalled);
  const cohort = await rescoreWithWorkers(files, loaded, workers);
  const byId = Object.fromEntries(Object.entries(loaded.scenarios).map(([id, s]) => [id, s.scenario]));
  const report = buildCohortReport(cohort, byId);
  const text = renderReport(report, format, new Date().toISOString());

  // --out a folder: the report goes inside it, named after the drill.
  const out = outArg === undefined ? undefined : outFolder ? path.resolve(io.cwd, outArg, `cohort-${loaded.drill.id}.${format}`) : path.resolve(io.cwd, outArg);
  const edited = report.edited ? `, ${report.edited} file${report.edited === 1 ? '' : 's'} edited by hand` : '';
  const summary = `${report.trainees.length} trainee${report.trainees.length === 1 ? '' : 's'} (${report.passed} passed, ${report.flagged} flagged${edited}), ${report.rejected.length} rejected, ${report.superseded.length} superseded`;
  // What changed since the drill was taken, once, instead of a flag on every trainee.
  for (const change of report.changes) io.stderr.write(`rapport: changed since the drill was taken: ${inert(change, { multiline: false })}.\n`);
  if (out) {
    // Excel reads a CSV file as the legacy code page unless it starts with a
    // byte-order mark, which garbles every accented or non-Latin name.
    await writeReport(out, format === 'csv' ? `\uFEFF${text}` : text);
    io.stderr.write(`Cohort report for ${loaded.drill.id}: ${summary}. Written to ${inert(out)}\n`);
  } else {
    // A terminal shows the Markdown as is; the escape-free formats are safe to print.
    await write(io.stdout, format === 'md' ? inert(text) : text);
    io.stderr.write(`Cohort report for ${loaded.drill.id}: ${summary}.\n`);
  }
  return 0;
}

/**
 * Write the report atomically (two reports run at once never leave a mix of
 * both), creating its folder; a path that cannot be written is the user's to fix.
 */
async function writeReport(file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomic(file, text);
  } catch (error) {
    // ENOENT once the folder exists: a place that takes no new files (/proc), or the folder went away meanwhile.
    const why = fileSystemReason(error) ?? ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no file can be created there' : undefined);
    if (why) throw new UserError(`Cannot write the report to ${inert(file, { multiline: false })}: ${why}.`, 'Give --out a file in a folder you can write to.', { cause: error });
    throw error;
  }
}
