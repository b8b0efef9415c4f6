/**
 * `rapport progress [--json]`: past sessions from the progress log, with
 * averages per skill and the weakest one.
 */
import { NEUTRAL_SCORES, suggestScenario } from '../core/progress-stats.js';
import { summarizeProgress } from '../core/progress-summary.js';
import { SKILL_LABELS } from '../core/types.js';
import type { CommandRun } from './command-spec.js';
import { toJson, write } from './io.js';
import { table } from './table.js';
import { warner } from './warnings.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { ProgressStore } from '../store/progress-store.js';
import { listScenarios } from '../store/scenario-catalog.js';
import { transcriptPaths } from '../store/transcripts.js';
import { formatScores } from '../store/transcript-markdown.js';

/** How many sessions the text view shows (the JSON has all). */
const RECENT = 20;

export const run: CommandRun = async (args, io) => {
  const paths = rapportPaths(rapportHome(io.env));
  const store = new ProgressStore(paths, { warn: warner(io) });
  const data = await store.read();
  // Plain comparison, not localeCompare: ISO times and ids sort as code units, ~10× faster on 10,000 sessions.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sessions = [...data.sessions].sort((a, b) => order(a.startedAt, b.startedAt) || order(a.id, b.id));
  const summary = summarizeProgress(sessions);

  if (args.values.json) {
    const transcriptDir = transcriptPaths(paths, 'x').json.slice(0, -'x.json'.length);
    const output = {
      sessions: sessions.map((session) => ({ ...session, transcript: `${transcriptDir}${session.id}.json` })),
      summary,
      store: paths.progress,
    };
    await write(io.stdout, toJson(output, io.stdout));
    return 0;
  }
  if (sessions.length === 0) {
    await write(io.stdout, `No sessions yet. Play one: rapport list, then rapport play <id> --script <file>.\n(Progress is kept in ${paths.progress})\n`);
    return 0;
  }
  const recent = sessions.slice(-RECENT);
  const rows = recent.map((session) => [
    session.startedAt.slice(0, 16).replace('T', ' '),
    session.scenario,
    session.ending,
    String(Math.round(session.score)),
    String(Math.round(session.scores.empathy)),
    String(Math.round(session.scores.positivity)),
    String(Math.round(session.scores.followThrough)),
  ]);
  const shown = sessions.length > RECENT ? ` (last ${RECENT} of ${sessions.length}; --json has all)` : '';
  await write(io.stdout, `Sessions${shown}:\n\n`);
  await write(io.stdout, table(['WHEN (UTC)', 'SCENARIO', 'ENDING', 'SCORE', 'EMP', 'POS', 'FT'], rows));
  const lines = [''];
  if (summary.averageScores && summary.averageScore !== null) {
    lines.push(`Average over ${summary.completed} completed session${summary.completed === 1 ? '' : 's'}: ${summary.averageScore}/100 — ${formatScores(summary.averageScores)}`);
  }
  if (summary.weakestSkill) {
    // Least above where a neutral reply starts on that skill: the floors differ, so the lowest mean is not always it.
    const mean = summary.recentScores?.[summary.weakestSkill];
    lines.push(`Weakest skill lately: ${SKILL_LABELS[summary.weakestSkill]}${mean === undefined ? '' : ` (mean ${mean}; a neutral reply scores ${NEUTRAL_SCORES[summary.weakestSkill]})`}`);
    // Problems in scenario files are `rapport list`'s to report; here they would only be noise.
    const { scenarios } = await listScenarios(paths.home);
    const next = suggestScenario(
      scenarios.map((scenario) => ({ ...scenario, best: summary.bestByScenario[scenario.id] ?? null })),
      summary.weakestSkill,
    );
    if (next) lines.push(`Practise it next: ${next.title} — rapport play ${next.id}`);
  }
  lines.push(`Progress log: ${paths.progress}`, `Transcripts: ${paths.transcripts}`);
  await write(io.stdout, lines.join('\n') + '\n');
  return 0;
};
