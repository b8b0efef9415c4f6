/**
 * `rapport drill <id> [--trainee NAME] [--script-dir DIR] [--json] [--out FILE]`:
 * take a graded drill. With --script-dir it runs headless, one script file
 * per scenario (`<scenario-id>.txt`, the same format as `rapport play
 * --script`, `/wait N` included); otherwise it opens the terminal app in exam mode.
 * Either way it writes the submission file and records the sessions.
 */
import { access, constants, mkdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../core/analyze.js';
import { createDrillSession, MAX_DRILL_REPLY_CHARS } from '../core/drill/drill-session.js';
import { failedOnSkills } from '../core/drill/grade-drill.js';
import type { DrillVerdict } from '../core/drill/grade-drill.js';
import type { PlayedScenario } from '../core/drill/submission.js';
import { inert } from '../core/sanitize.js';
import { parseScript } from '../core/session.js';
import { TIMED_OUT_REPLY } from '../core/session-types.js';
import { SKILL_LABELS } from '../core/types.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import type { RapportPaths } from '../store/paths.js';
import { readTraineeConfig } from '../store/trainee-config.js';
import type { CommandRun } from './command-spec.js';
import { finishDrill } from './drill-finish.js';
import type { FinishedDrill } from './drill-finish.js';
import { fileSystemReason, UsageError, UserError } from './errors.js';
import { findDrill, installedDrills, installedScenarios } from './find-drill.js';
import type { LoadedDrill } from './find-drill.js';
import { toJson, write, type CliIo } from './io.js';
import { feedScript, unusedScriptNote } from './play.js';
import { table } from './table.js';
import { warner } from './warnings.js';

/** The longest trainee name a submission holds (its format's limit): a longer one would write a file every report rejects. */
export const MAX_TRAINEE_CHARS = 200;

/**
 * A name as the submission and the report show it: control characters
 * dropped (an escape pasted into --trainee), tabs, line breaks and runs of
 * spaces as one space, trimmed.
 * @example cleanTraineeName(' Ana\tLima ') → 'Ana Lima'
 */
export function cleanTraineeName(name: string): string {
  return name
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/**
 * The trainee's name: --trainee, else the name the app remembers, else the
 * login name; a fallback is said on stderr. Headless and interactive drills
 * alike, so both write a name every cohort report accepts.
 */
export async function traineeName(value: string | boolean | undefined, io: CliIo, home: string): Promise<string> {
  if (typeof value === 'string') {
    const name = cleanTraineeName(value);
    if (!name) throw new UsageError('--trainee needs a name.', 'Example: --trainee "Ana Lima"');
    if (name.length > MAX_TRAINEE_CHARS) throw new UsageError(`--trainee is limited to ${MAX_TRAINEE_CHARS} characters.`);
    return name;
  }
  const stored = cleanTraineeName((await readTraineeConfig(home)).trainee ?? '').slice(0, MAX_TRAINEE_CHARS).trim();
  if (stored) {
    io.stderr.write(`rapport: no --trainee given; the submission is in the name the app remembers, "${inert(stored, { multiline: false })}".\n`);
    return stored;
  }
  let login = io.env.USER ?? io.env.USERNAME;
  if (!login) {
    try {
      login = os.userInfo().username;
    } catch {
      login = 'trainee';
    }
  }
  login = cleanTraineeName(login).slice(0, MAX_TRAINEE_CHARS).trim() || 'trainee';
  io.stderr.write(`rapport: no --trainee given; the submission is in the name "${inert(login, { multiline: false })}".\n`);
  return login;
}

/** Output `--out`: a folder (existing, or ending in a slash) gets the submission's own file name. */
export async function outTarget(out: string | boolean | undefined, cwd: string): Promise<string | undefined> {
  if (typeof out !== 'string') return undefined;
  const absolute = path.resolve(cwd, out);
  const info = await stat(absolute).catch(() => undefined);
  const target = info?.isDirectory() || /[\\/]$/.test(out) ? `${absolute}${path.sep}` : absolute;
  // Checked before the drill is played, so a bad --out never ends a finished drill in a crash.
  const folder = target.endsWith(path.sep) ? absolute : path.dirname(absolute);
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (error) {
    const why = fileSystemReason(error) ?? (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(`--out ${inert(out, { multiline: false })}: cannot write there (${why}).`, 'Give --out a folder (ending in /) or a .json file path you can write to.');
  }
  return target;
}

/** Read every scenario's script; all missing files are named at once. */
async function readScripts(loaded: LoadedDrill, dir: string, cwd: string): Promise<Record<string, string[]>> {
  const base = path.resolve(cwd, dir);
  const info = await stat(base).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UserError(`--script-dir ${dir} is not a folder.`, `Make a folder with one script per scenario: ${loaded.drill.scenarios.map((id) => `${id}.txt`).join(', ')}.`);
  }
  const scripts: Record<string, string[]> = {};
  const missing: string[] = [];
  for (const id of loaded.drill.scenarios) {
    try {
      scripts[id] = (await readFile(path.join(base, `${id}.txt`), 'utf8')).split('\n');
    } catch {
      missing.push(`${id}.txt`);
    }
  }
  if (missing.length) {
    throw new UserError(`The drill "${loaded.drill.id}" needs a script per scenario; missing in ${dir}: ${missing.join(', ')}.`, [
      'A script has one trainee reply per line; `/wait 30` is 30 seconds of silence.',
    ]);
  }
  return scripts;
}

/**
 * The drill result as plain text, for a trainee at a terminal. `unused`:
 * replies left over per scenario in a headless drill's scripts.
 */
export function drillResultText(loaded: LoadedDrill, finished: FinishedDrill, unused: Readonly<Record<string, number>> = {}): string {
  const { drill } = loaded;
  const { verdict } = finished;
  const out: string[] = [
    `${inert(drill.title, { multiline: false })}  (drill ${drill.id}, exam mode)`,
    `Trainee: ${inert(finished.submission.trainee, { multiline: false })}`,
    '',
  ];
  out.push(
    table(
      ['SCENARIO', 'ENDING', 'SCORE', 'EMPATHY', 'POSITIVE', 'FOLLOW-THROUGH'],
      drill.scenarios.map((id) => {
        const r = finished.results[id];
        return r ? [id, r.ending, String(r.score), String(r.scores.empathy), String(r.scores.positivity), String(r.scores.followThrough)] : [id, 'not played', '0', '–', '–', '–'];
      }),
    ).trimEnd(),
    '',
  );
  // The time limit costs points without a word in the advice: say where it did.
  const timedOut = drill.scenarios.flatMap((id) => {
    const n = finished.results[id]?.turns.filter((t) => t.timedOut).length ?? 0;
    return n > 0 ? [`${n === 1 ? '1 turn' : `${n} turns`} in ${id}`] : [];
  });
  if (timedOut.length) out.push(`Ran out of time (no reply within ${drill.replyTimeLimit} s; each scored 0): ${timedOut.join(', ')}.`, '');
  // Replies a script had after its conversation ended were never played: the trainee's answer was not all heard.
  const leftOver = drill.scenarios.flatMap((id) => ((unused[id] ?? 0) > 0 ? [`(${unusedScriptNote(unused[id]!, `${id}.txt`)})`] : []));
  if (leftOver.length) out.push(...leftOver, '');
  out.push(...verdictLines(verdict));
  return `${out.join('\n')}\n`;
}

/** Pass/fail per skill and what to practise next, one line each. */
export function verdictLines(verdict: DrillVerdict): string[] {
  const mark = (passed: boolean) => (passed ? 'pass' : 'FAIL');
  const width = Math.max(...Object.values(SKILL_LABELS).map((l) => l.length));
  const lines = [
    `Overall ${verdict.score} (pass mark ${verdict.overall.mark}): ${verdict.passed ? 'PASSED' : `NOT PASSED${failedOnSkills(verdict)}`}`,
    `  ${'Overall'.padEnd(width)}  ${String(verdict.score).padStart(5)}  mark ${verdict.overall.mark}  ${mark(verdict.overall.passed)}`,
    ...verdict.skills.map(
      (s) => `  ${SKILL_LABELS[s.skill].padEnd(width)}  ${String(s.score).padStart(5)}  ${s.mark === undefined ? 'no mark' : `mark ${s.mark}`}  ${mark(s.passed)}`,
    ),
    '',
    'What to practise next:',
  ];
  for (const advice of verdict.practise) {
    lines.push(`  • ${SKILL_LABELS[advice.skill]}: ${inert(advice.reason, { multiline: false })} Practise: rapport play ${advice.scenario}`);
    if (advice.example) {
      lines.push(`    You said: ${advice.example.timedOut ? TIMED_OUT_REPLY : `“${inert(advice.example.reply, { multiline: false })}”`}`);
      lines.push(`    ${inert(advice.example.message, { multiline: false })} Try: “${inert(advice.example.rewrite, { multiline: false })}”`);
    }
  }
  return lines;
}

/** The `--json` result; `unused` (headless drills) adds each scenario's `unusedReplies`. */
export function drillResultJson(loaded: LoadedDrill, finished: FinishedDrill, unused?: Readonly<Record<string, number>>) {
  const { verdict } = finished;
  return {
    drill: loaded.drill.id,
    drillVersion: loaded.version,
    trainee: finished.submission.trainee,
    passed: verdict.passed,
    score: verdict.score,
    scores: verdict.scores,
    overall: verdict.overall,
    skills: verdict.skills,
    practise: verdict.practise,
    scenarios: finished.submission.scenarios.map((play) => ({
      id: play.id,
      version: play.version,
      ending: play.result.ending,
      score: play.result.score,
      scores: play.result.scores,
      goalsMet: play.result.goalsMet,
      turns: play.turns.length,
      timedOut: play.turns.filter((t) => t.timedOut).length,
      ...(unused ? { unusedReplies: unused[play.id] ?? 0 } : {}),
    })),
    submission: finished.files[0],
    ...(finished.files[1] ? { out: finished.files[1] } : {}),
  };
}

/** `rapport drill` with no id: which drills there are, and how to take one. */
async function noDrillGiven(paths: RapportPaths): Promise<UsageError> {
  const drills = await installedDrills(paths, Object.keys(await installedScenarios(paths)));
  const list = drills.map((file) => `${file.drill!.id} (${inert(file.drill!.title, { multiline: false })})`);
  const example = drills[0]?.drill?.id ?? '<id>';
  return new UsageError('`rapport drill` needs the id of the drill to take.', [
    list.length ? `Drills: ${list.join(', ')}.` : 'No drills are installed; give a path to a drill .yaml file.',
    `Example: rapport drill ${example} --trainee "Ana Lima"`,
  ]);
}

export const run: CommandRun = async (args, io) => {
  const paths = rapportPaths(rapportHome(io.env));
  const id = args.positionals[0];
  if (id === undefined) throw await noDrillGiven(paths);
  const loaded = await findDrill(id, paths, io.cwd);
  const scriptDir = args.values['script-dir'];
  if (typeof scriptDir !== 'string') {
    if (args.values.json) throw new UsageError('--json needs --script-dir: the interactive drill shows its result on screen.');
    return (await import('./drill-app.js')).runInteractiveDrill(loaded, args, io);
  }
  const trainee = await traineeName(args.values.trainee, io, paths.home);
  const out = await outTarget(args.values.out, io.cwd);
  const scripts = await readScripts(loaded, scriptDir, io.cwd);

  const startedAt = new Date();
  const unused: Record<string, number> = {};
  const played: PlayedScenario[] = loaded.drill.scenarios.map((id) => {
    const current = loaded.scenarios[id]!;
    const began = new Date().toISOString();
    const session = createDrillSession(current.scenario, loaded.drill, { analyze });
    unused[id] = feedScript(session, parseScript(scripts[id]!), (text) => {
      if (text.length > MAX_DRILL_REPLY_CHARS) {
        io.stderr.write(`rapport: a reply in ${id}.txt is ${text.length} characters long; the drill keeps its first ${MAX_DRILL_REPLY_CHARS}.\n`);
      }
      session.reply(text);
    });
    return { scenario: current.scenario, version: current.version, session, startedAt: began, finishedAt: new Date().toISOString(), unusedReplies: unused[id] };
  });
  const finished = await finishDrill({ loaded, trainee, played, startedAt, finishedAt: new Date(), paths, mode: 'script', ...(out ? { out } : {}), warn: warner(io) });

  if (args.values.json) {
    // Said on stderr too: stdout is the JSON, and a person running this reads stderr.
    for (const id of loaded.drill.scenarios) if (unused[id]! > 0) io.stderr.write(`rapport: ${unusedScriptNote(unused[id]!, `${id}.txt`)}\n`);
    await write(io.stdout, toJson(drillResultJson(loaded, finished, unused), io.stdout));
    return 0;
  }
  await write(io.stdout, drillResultText(loaded, finished, unused));
  await write(io.stdout, `\nSubmission: ${inert(finished.files.join(' and '))}\nHand this file to your cohort lead.\n`);
  return 0;
};
