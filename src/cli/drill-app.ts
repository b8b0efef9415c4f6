/**
 * The interactive drill: `rapport drill <id>` without --script-dir. In a
 * terminal it runs the Ink drill app (exam mode, scenario after scenario,
 * then a result screen); when stdin or stdout is not a terminal it falls back
 * to line by line: each stdin line is one reply (`/wait N` is silence), and a
 * scenario that ends hands the next lines to the next scenario.
 */
import { createInterface } from 'node:readline';
import { analyze } from '../core/analyze.js';
import { createDrillSession } from '../core/drill/drill-session.js';
import type { DrillSession } from '../core/drill/drill-session.js';
import type { PlayedScenario } from '../core/drill/submission.js';
import { inert } from '../core/sanitize.js';
import { parseScript } from '../core/session.js';
import { TIMED_OUT_REPLY } from '../core/session-types.js';
import { rapportHome, rapportPaths } from '../store/paths.js';
import { findSubmissions } from '../store/submissions.js';
import type { DrillAppServices } from '../ui/drill/services.js';
import { isInteractive } from './app.js';
import type { ParsedArgs } from './command-spec.js';
import { drillResultText, outTarget, traineeName } from './drill.js';
import { finishDrill } from './drill-finish.js';
import type { FinishAttempt, FinishedDrill } from './drill-finish.js';
import type { LoadedDrill } from './find-drill.js';
import { write, type CliIo } from './io.js';
import { holdKeys, inkStreams, useColorFrom, withExitSignals } from './ink-run.js';

const one = (text: string) => inert(text, { multiline: false });

interface Running {
  session: DrillSession;
  startedAt: string;
  finishedAt?: string;
}

/** The drill's state across the app: one running session per scenario, and the finish step. */
export function createDrillServices(loaded: LoadedDrill, trainee: string, io: Pick<CliIo, 'env'>, warn: (message: string) => void, options: { out?: string } = {}) {
  const paths = rapportPaths(rapportHome(io.env));
  const started = new Date();
  const running: (Running | undefined)[] = [];
  let finished: FinishedDrill | undefined;
  let finishedAt: Date | undefined;
  // Every try at saving (a full disk, then space freed) finishes this one attempt: one file, not one per try.
  const attempt: FinishAttempt = {};
  // Counted before the first try: a copy that try wrote is this attempt, not an earlier one.
  let before: ReturnType<typeof findSubmissions> | undefined;
  const scenarios = loaded.drill.scenarios.map((id) => loaded.scenarios[id]!);

  const services: DrillAppServices & { finished(): FinishedDrill | undefined; saved(): string[] } = {
    drill: { ...loaded.drill, scenarios: scenarios.map((s) => s.scenario) },
    trainee,
    startScenario(index) {
      const current = scenarios[index]!;
      const session = createDrillSession(current.scenario, loaded.drill, { analyze });
      running[index] = { session, startedAt: new Date().toISOString() };
      return session;
    },
    endScenario(index) {
      const entry = running[index];
      if (entry && !entry.finishedAt) entry.finishedAt = new Date().toISOString();
    },
    earlierAttempts: () => findSubmissions(paths.submissions, loaded.drill.id, trainee),
    async finish() {
      before ??= findSubmissions(paths.submissions, loaded.drill.id, trainee).catch(() => []);
      const earlier = (await before).length;
      // A scenario never started (abandoned input) still counts, unplayed, as a session with no replies.
      const played: PlayedScenario[] = scenarios.map((current, i) => {
        const entry = running[i] ?? { session: createDrillSession(current.scenario, loaded.drill, { analyze }), startedAt: new Date().toISOString() };
        return { scenario: current.scenario, version: current.version, session: entry.session, startedAt: entry.startedAt, finishedAt: entry.finishedAt ?? new Date().toISOString() };
      });
      // One finish time however many tries saving takes (a full disk, then space freed).
      finishedAt ??= new Date();
      finished = await finishDrill({ loaded, trainee, played, startedAt: started, finishedAt, paths, mode: 'exam', warn, attempt, ...(options.out ? { out: options.out } : {}) });
      return {
        verdict: finished.verdict,
        scenarios: scenarios.map(({ scenario }) => {
          const r = finished!.results[scenario.id]!;
          return { id: scenario.id, title: scenario.title, ending: r.ending, score: r.score, scores: r.scores, timedOut: r.turns.filter((t) => t.timedOut).length };
        }),
        submissionPaths: finished.files,
        earlier,
      };
    },
    finished: () => finished,
    /** The submission files written so far, finished or not (a try that failed part way may have written the home copy). */
    saved: () => [attempt.home, attempt.out].filter((file): file is string => file !== undefined),
  };
  return services;
}

/**
 * What an abandoned drill leaves: nothing, and how to start again; or, when
 * saving failed part way and the trainee gave up, the copy that was written.
 */
export function abandonedText(args: ParsedArgs, saved: readonly string[] = []): string {
  if (saved.length) {
    // Saying "nothing is kept" here would send the trainee to take it again: a second submission.
    return `Drill finished, but not every copy of the submission could be saved. It is saved in ${one(saved.join(' and '))}.\nHand that file to your cohort lead: there is no need to take the drill again.\n`;
  }
  const drill = args.positionals[0] ?? '';
  const again = /^[\w./-]+$/.test(drill) ? drill : `"${one(drill)}"`;
  return `Drill abandoned: no submission was written, and nothing of this attempt is kept.\nTo take it, start again from the first scenario: rapport drill ${again}\n`;
}

/** Run a drill interactively; returns the exit code. */
export async function runInteractiveDrill(loaded: LoadedDrill, args: ParsedArgs, io: CliIo): Promise<number> {
  const trainee = await traineeName(args.values.trainee, io, rapportPaths(rapportHome(io.env)).home);
  // A hand-in folder named on the command line gets a copy too, as with --script-dir.
  const out = await outTarget(args.values.out, io.cwd);
  const notes: string[] = [];
  const services = createDrillServices(loaded, trainee, io, (message) => notes.push(message), out ? { out } : {});
  const flush = () => {
    for (const note of notes.splice(0)) io.stderr.write(`rapport: warning: ${one(note)}\n`);
  };
  if (!isInteractive(io)) {
    const code = await runLineDrill(services, loaded, args, io);
    flush();
    return code;
  }

  const color = useColorFrom(io.env);
  // Keys typed while the UI loads wait, un-echoed, for the first screen (as in the practice app).
  const releaseKeys = holdKeys(io.stdin);
  const exit = await import('../ui/drill/render-drill.js')
    .then(({ renderDrillApp }) => withExitSignals((exitSignal) => renderDrillApp({ services, color, exitSignal }, inkStreams(io))))
    .finally(releaseKeys);
  const finished = services.finished();
  if (finished) {
    await write(io.stdout, `Drill ${finished.verdict.passed ? 'passed' : 'not passed'} (${finished.verdict.score}). Submission: ${one(finished.files.join(' and '))}\nHand this file to your cohort lead.\n`);
  }
  else await write(io.stdout, abandonedText(args, services.saved()));
  flush();
  return exit.code;
}

/** Line-by-line drill for a pipe or a file on stdin. */
async function runLineDrill(services: ReturnType<typeof createDrillServices>, loaded: LoadedDrill, args: ParsedArgs, io: CliIo): Promise<number> {
  const out = (text: string) => write(io.stdout, text);
  const { drill } = services;
  await out(`${one(drill.title)} — drill in exam mode for ${one(services.trainee)}\n(stdin is not a terminal, so each line is one reply; /wait N is N seconds of silence.)\n`);
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let abandoned = false;
  const onSigint = () => {
    abandoned = true;
    lines.close();
  };
  process.once('SIGINT', onSigint);
  try {
    for (let index = 0; index < drill.scenarios.length && !abandoned; index++) {
      const scenario = drill.scenarios[index]!;
      const name = one(scenario.persona.name);
      await out(`\nScenario ${index + 1} of ${drill.scenarios.length}: ${one(scenario.title)}\n${name}: ${one(scenario.persona.situation)}\n`);
      const session = services.startScenario(index);
      for (const line of session.opening) await out(`${name}: ${one(line)}\n`);
      while (!session.done) {
        const next = await iterator.next();
        if (next.done) break;
        for (const step of parseScript([next.value])) {
          if (session.done) break;
          if (step.kind === 'wait') {
            for (const silence of session.elapse(step.seconds)) {
              if ('lines' in silence) {
                for (const line of silence.lines) await out(`${name} (waiting): ${one(line)}\n`);
              } else {
                await out(`You: ${TIMED_OUT_REPLY}\n`);
                for (const line of silence.timedOut.customer) await out(`${name}: ${one(line)}\n`);
              }
            }
          } else {
            const turn = session.reply(step.text);
            await out(`You: ${one(turn.reply)}\n`);
            for (const line of turn.customer) await out(`${name}: ${one(line)}\n`);
          }
        }
      }
      services.endScenario(index);
      if (!session.done) break;
    }
  } finally {
    process.off('SIGINT', onSigint);
    lines.close();
  }
  if (abandoned) {
    await out(`\n${abandonedText(args)}`);
    return 1;
  }
  await services.finish();
  const finished = services.finished()!;
  await out(`\n${drillResultText(loaded, finished)}\nSubmission: ${one(finished.files.join(' and '))}\nHand this file to your cohort lead.\n`);
  return 0;
}
