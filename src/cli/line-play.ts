/**
 * The conversation without a terminal UI, for when stdin or stdout is not a
 * terminal (a pipe, a file, an editor's task runner): the customer's lines
 * are printed, each line read from stdin is one reply, and in coach mode the
 * feedback follows each reply. Saved like any session; end of input before an
 * ending saves it as unfinished, Ctrl-C as abandoned.
 */
import { createInterface } from 'node:readline';
import { inert } from '../core/sanitize.js';
import { readingNotices, SKILLS, SKILL_LABELS } from '../core/types.js';
import type { SkillScores } from '../core/types.js';
import type { AppServices, Mode, PlaySession, PlayTurn } from '../ui/services.js';
import { UsageError } from './errors.js';
import { write, type CliIo } from './io.js';
import type { AppOptions } from './app.js';

const one = (text: string) => inert(text, { multiline: false });
const scoresLine = (scores: SkillScores) => SKILLS.map((s) => `${SKILL_LABELS[s]} ${Math.round(scores[s])}`).join(' · ');

/** The coach-mode feedback for one reply, as plain lines. */
export function feedbackLines(turn: PlayTurn): string[] {
  const lines = [`   ${scoresLine(turn.analysis.scores)}`];
  const earned = turn.analysis.evidence.filter((e) => e.skill && e.points > 0).map((e) => `“${one(e.text)}”`);
  const cost = turn.analysis.evidence.filter((e) => e.skill && e.points < 0).map((e) => `“${one(e.text)}”`);
  if (earned.length) lines.push(`   + ${earned.join(', ')}`);
  if (cost.length) lines.push(`   − ${cost.join(', ')}`);
  // What the analysis could not read (another language, a cut-off paste), as the app's coaching panel says it.
  for (const e of readingNotices(turn.analysis.evidence)) lines.push(`   ! ${one(e.note)}`);
  const tip = [...turn.analysis.tips].sort((a, b) => turn.analysis.scores[a.skill] - turn.analysis.scores[b.skill])[0];
  if (tip) lines.push(`   Tip (${SKILL_LABELS[tip.skill]}): ${one(tip.message)} Try: “${one(tip.rewrite)}”`);
  return lines;
}

/** Plays one scenario line by line on `io`; returns the exit code. */
export async function runLinePlay(options: AppOptions & { mode: Mode }, io: CliIo, services: AppServices, notes: string[]): Promise<number> {
  const out = (text: string) => write(io.stdout, text);
  const flushNotes = () => {
    for (const note of notes.splice(0)) io.stderr.write(`rapport: warning: ${one(note)}\n`);
  };
  if (!options.scenario) {
    const scenarios = await services.listScenarios();
    flushNotes();
    await out('The Rapport app needs a terminal. Without one, play a scenario line by line:\n');
    for (const s of scenarios) await out(`  rapport play ${s.id} < replies.txt    # ${one(s.title)}\n`);
    throw new UsageError('No scenario given.', 'Run `rapport` in a terminal, or `rapport play <id>` with one reply per line on stdin.');
  }
  const scenario = await services.loadScenario(options.scenario);
  const trainee = options.trainee ?? (await services.getTraineeName());
  const seed = options.seed ?? services.newSeed();
  const session: PlaySession = await services.startSession(scenario, seed);
  const name = one(scenario.persona.name);

  await out(`${one(scenario.title)} — ${options.mode} mode\n${name}, ${one(scenario.persona.tier)} customer: ${one(scenario.persona.situation)}\n`);
  if (scenario.goals.length) await out(`Goals: ${scenario.goals.map((g) => one(g.description ?? g.id)).join('; ')}\n`);
  await out('(stdin is not a terminal, so each line you send is one reply.)\n\n');
  for (const line of session.opening) await out(`${name}: ${one(line)}\n`);

  let abandoned = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const onSigint = () => {
    abandoned = true;
    lines.close();
  };
  process.once('SIGINT', onSigint);
  try {
    for await (const raw of lines) {
      const reply = raw.replace(/\r/g, '').trim();
      if (reply === '') continue;
      const turn = session.reply(reply);
      await out(`\nYou: ${one(turn.reply)}\n`);
      if (options.mode === 'coach') await out(feedbackLines(turn).join('\n') + '\n');
      for (const line of turn.customer) await out(`${name}: ${one(line)}\n`);
      if (session.done) break;
    }
  } finally {
    process.off('SIGINT', onSigint);
    lines.close();
  }

  if (session.turn === 0) {
    await out('\nNo replies were sent, so nothing was saved.\n');
    flushNotes();
    return 0;
  }
  const saved = await services.saveAttempt({ scenario, session, mode: options.mode, seed, trainee, abandoned: abandoned && !session.done });
  const result = session.result();
  const ending = saved.attempt.ending;
  await out(`\nEnding: ${one(ending)}${result.endingSummary && ending === result.ending ? ` — ${one(result.endingSummary)}` : ''}\n`);
  await out(`Score: ${Math.round(result.score)}/100 (grade ${services.grade(result.score)}) — ${scoresLine(result.scores)}\n`);
  if (result.goals.length) await out(`Goals: ${result.goals.map((g) => `${g.met ? '✓' : '✗'} ${one(g.description ?? g.id)}`).join(', ')}\n`);
  await out(`Transcript: ${one(saved.transcriptPath)}\n`);
  flushNotes();
  return 0;
}
