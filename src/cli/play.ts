/**
 * `rapport play <scenario> --script <file>`: a whole conversation with no
 * terminal UI, one trainee reply per script line. Prints the conversation
 * (or one JSON object with `--json`) and saves it like an interactive session.
 */
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gradeLetter } from '../core/grade.js';
import { inert } from '../core/sanitize.js';
import { scriptCommandProblem } from '../core/script-line.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { CommandRun } from './command-spec.js';
import { describeError, fileSystemReason, UsageError, UserError } from './errors.js';
import { toJson, write, type CliIo } from './io.js';
import { stars } from './table.js';
import { warner } from './warnings.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { saveSession } from '../store/save-session.js';
import { newSessionId } from '../store/session-id.js';
import { formatScores } from '../store/transcript-markdown.js';
import type { ScriptStep, SessionResult } from '../core/session.js';
import type { Session } from '../core/session-types.js';

/** Largest seed accepted (seeds are 32-bit unsigned integers). */
export const MAX_SEED = 2 ** 32 - 1;

/** Parse `--seed`; a whole number 0…2^32−1. */
export function parseSeed(value: string | boolean | undefined): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) > MAX_SEED) {
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED} (got "${value}").`, 'Example: --seed 42');
  }
  return Number(value);
}

/**
 * Script text → script lines for the engine's `playScript` (which skips blank
 * and `#` lines and reads `/wait 90` as silence). Stray `\r` is stripped so a
 * file saved on Windows plays the same.
 */
export function scriptLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r/g, ''));
}

/**
 * Play script steps into a session until the conversation ends. `reply`
 * sends one reply (the drill's note on an over-long one goes there).
 * @returns how many replies were left over: the conversation ended first.
 */
export function feedScript(session: Pick<Session, 'done' | 'wait' | 'reply'>, steps: readonly ScriptStep[], reply: (text: string) => void = (text) => session.reply(text)): number {
  let unused = 0;
  for (const step of steps) {
    if (session.done) unused += step.kind === 'reply' ? 1 : 0;
    else if (step.kind === 'wait') session.wait(step.seconds);
    else reply(step.text);
  }
  return unused;
}

/**
 * What `rapport play --script` and a headless `rapport drill` say about
 * replies left over, without the brackets play prints it in; `script` names
 * the file when there are several.
 * @example unusedScriptNote(2) → '2 script lines were not used: the conversation ended first.'
 */
export function unusedScriptNote(unused: number, script?: string): string {
  const where = script === undefined ? '' : ` in ${inert(script, { multiline: false })}`;
  return `${unused} script line${unused === 1 ? '' : 's'}${where} ${unused === 1 ? 'was' : 'were'} not used: the conversation ended first.`;
}

async function readScript(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`No script file at ${file}`, 'A script is a text file with one trainee reply per line.');
    if (code === 'EISDIR') throw new UserError(`${file} is a folder, not a script file.`, 'A script is a text file with one trainee reply per line.');
    throw new UserError(`Cannot read the script ${file} (${code ?? String(error)}).`);
  }
}

/** The conversation as plain text, every piece of file or reply text made inert. */
export function conversationText(scenario: Scenario, result: SessionResult): string {
  const name = inert(scenario.persona.name, { multiline: false });
  const say = (text: string) => `${name}: ${inert(text, { multiline: false })}`;
  const out = [
    `${inert(scenario.title, { multiline: false })}  (${inert(scenario.category)}, ${stars(scenario.difficulty)})`,
    `${name}, ${inert(scenario.persona.tier, { multiline: false })} customer — ${inert(scenario.persona.situation)}`,
    '',
    ...result.opening.map(say),
  ];
  const silence = (seconds: number, lines: readonly string[]) => out.push('', `(${seconds} s of silence)`, ...lines.map(say));
  for (const turn of result.turns) {
    if (turn.silence) silence(turn.silence.seconds, turn.silence.customer);
    out.push('', `You: ${inert(turn.reply, { multiline: false })}`);
    const intents = turn.analysis.intents.length ? ` · ${turn.analysis.intents.join(', ')}` : '';
    out.push(`     ${formatScores(turn.analysis.scores)}${intents}`);
    const tip = turn.analysis.tips[0];
    if (tip) out.push(`     Tip: ${inert(tip.message, { multiline: false })} Try: “${inert(tip.rewrite, { multiline: false })}”`);
    out.push(...turn.customer.map(say));
  }
  if (result.finalSilence) silence(result.finalSilence.seconds, result.finalSilence.customer);
  out.push('', `Ending: ${inert(result.ending)}${result.endingSummary ? ` — ${inert(result.endingSummary, { multiline: false })}` : ''}`);
  out.push(`Score: ${Math.round(result.score)}/100 (grade ${gradeLetter(result.score)}) — ${formatScores(result.scores)}`);
  if (result.goals.length) {
    out.push(`Goals: ${result.goals.map((goal) => `${goal.met ? '✓' : '✗'} ${inert(goal.description ?? goal.id, { multiline: false })}`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

export const run: CommandRun = async (args, io) => {
  const script = args.values.script;
  if (typeof script !== 'string') {
    // No script: the terminal app (or line-by-line play when stdin is not a terminal).
    const { runApp } = await import('./app.js');
    const mode = typeof args.values.mode === 'string' ? args.values.mode : undefined;
    const seed = parseSeed(args.values.seed);
    const name = typeof args.values.trainee === 'string' && args.values.trainee.trim() ? args.values.trainee.trim() : null;
    return runApp({ scenario: args.positionals[0]!, ...(mode ? { mode } : {}), ...(seed !== undefined ? { seed } : {}), trainee: name }, io);
  }
  const seed = parseSeed(args.values.seed) ?? randomInt(0, 2 ** 31);
  const trainee = typeof args.values.trainee === 'string' && args.values.trainee.trim() ? args.values.trainee.trim() : null;
  const paths = rapportPaths(rapportHome(io.env));
  // The engine and the analysis load here, not with this module: without
  // --script this command opens the app, whose first screen must not wait for them.
  const [{ analyze }, { createSession, parseScript }, { findScenario }] = await Promise.all([
    import('../core/analyze.js'),
    import('../core/session.js'),
    import('./find-scenario.js'),
  ]);
  const found = await findScenario(args.positionals[0]!, paths, io.cwd);
  const lines = scriptLines(await readScript(script, io));
  const notCommands = lines.flatMap((line, i) => {
    const problem = scriptCommandProblem(line);
    return problem === undefined ? [] : [`${script === '-' ? 'stdin' : script}:${i + 1}: "${inert(line.trim(), { multiline: false })}" is not a command (${problem})`];
  });
  if (notCommands.length > 0) {
    throw new UserError(`The script has ${notCommands.length === 1 ? 'a line that looks' : 'lines that look'} like a command but would be sent to the customer as a reply:\n  ${notCommands.join('\n  ')}`, 'Write silence as "/wait 30"; every other line is a reply.');
  }
  const steps = parseScript(lines);
  if (!steps.some((step) => step.kind === 'reply')) {
    throw new UserError(`The script ${script} has no replies.`, 'Write one trainee reply per line (blank lines and lines starting with # are skipped).');
  }

  const startedAt = new Date();
  const session = createSession(found.scenario, { seed, analyze });
  const unusedReplies = feedScript(session, steps);
  const result = session.result();
  const id = newSessionId(startedAt);
  // A store that cannot be written ($RAPPORT_HOME a file, a full disk) must not lose the conversation just played:
  // it is printed first, and the error follows.
  let transcripts: Awaited<ReturnType<typeof saveSession>>['transcripts'] | null = null;
  let notSaved: unknown;
  try {
    ({ transcripts } = await saveSession(
      paths,
      result,
      found.scenario,
      { id, startedAt, finishedAt: new Date(), scenarioVersion: found.version, trainee, mode: 'script' },
      { warn: warner(io) },
    ));
  } catch (error) {
    if (fileSystemReason(error) === undefined) throw error;
    notSaved = error;
  }
  const saveFailed = (): UserError => {
    const report = describeError(notSaved);
    return new UserError(`The session was played but not saved: ${report.message}`, report.next, { cause: notSaved });
  };

  if (args.values.json) {
    const output = {
      sessionId: id,
      scenario: found.scenario.id,
      scenarioVersion: found.version,
      seed,
      ending: result.ending,
      ...(result.endingSummary ? { endingSummary: result.endingSummary } : {}),
      score: result.score,
      scores: result.scores,
      goals: result.goals,
      mood: result.mood,
      opening: result.opening,
      turns: result.turns,
      unusedReplies,
      transcripts,
      progress: paths.progress,
    };
    await write(io.stdout, toJson(output, io.stdout));
    if (notSaved !== undefined) throw saveFailed();
    return 0;
  }
  await write(io.stdout, conversationText(found.scenario, result));
  if (unusedReplies > 0) {
    await write(io.stdout, `(${unusedScriptNote(unusedReplies)})\n`);
  }
  if (transcripts === null) {
    await write(io.stdout, `\nSeed ${seed} · session ${id} (not saved)\n`);
    throw saveFailed();
  }
  await write(io.stdout, `\nSeed ${seed} · session ${id}\nTranscript: ${inert(transcripts.markdown)}\n`);
  return 0;
};
