/**
 * The interactive drill's screens, driven as a trainee would with
 * ink-testing-library, against real drill sessions of the built-in drill.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { analyze } from '../../src/core/analyze.js';
import { createDrillSession } from '../../src/core/drill/drill-session.js';
import { gradeDrill } from '../../src/core/drill/grade-drill.js';
import type { Drill } from '../../src/core/drill/schema.js';
import type { SessionResult } from '../../src/core/session-types.js';
import { DrillApp } from '../../src/ui/drill/DrillApp.js';
import { NO_HINT } from '../../src/ui/drill/DrillApp.js';
import type { DrillExit } from '../../src/ui/drill/DrillApp.js';
import type { DrillAppServices } from '../../src/ui/drill/services.js';
import { plain, resize, tick, waitFor } from '../ui/fixtures.js';
import { builtInDrill, scriptLines } from './helpers.js';

afterEach(() => cleanup());

/** Real drill sessions of the built-in drill; `finish` grades them without touching a disk. */
function memoryServices(overrides: Partial<Drill> = {}) {
  const builtIn = builtInDrill();
  const { byId } = builtIn;
  const drill = { ...builtIn.drill, ...overrides };
  const sessions: ReturnType<typeof createDrillSession>[] = [];
  const ended: number[] = [];
  const services: DrillAppServices = {
    drill: { ...drill, scenarios: drill.scenarios.map((id) => byId[id]!) },
    trainee: 'Sam <b>Test</b>',
    startScenario(index) {
      const session = createDrillSession(byId[drill.scenarios[index]!]!, drill, { analyze });
      sessions[index] = session;
      return session;
    },
    endScenario: (index) => void ended.push(index),
    async finish() {
      const results: Record<string, SessionResult> = {};
      drill.scenarios.forEach((id, i) => {
        if (sessions[i]) results[id] = sessions[i].result();
      });
      const verdict = gradeDrill(drill, results, byId);
      return {
        verdict,
        scenarios: drill.scenarios.map((id) => ({ id, title: byId[id]!.title, ending: results[id]!.ending, score: results[id]!.score, scores: results[id]!.scores })),
        submissionPaths: ['/tmp/home/submissions/onboarding-week-1_sam_x.json'],
      };
    },
  };
  return { services, sessions, ended, drill };
}

/** From a drill step card: Enter, and wait for the conversation (exam mode) to be on screen. */
async function beginScenario(stdin: { write(data: string): void }, lastFrame: () => string | undefined, index: number) {
  await waitFor(() => expect(plain(lastFrame())).toContain(`Scenario ${index + 1} of 3`));
  await tick();
  stdin.write('\r');
  await waitFor(() => expect(plain(lastFrame())).toContain('EXAM'));
  await tick();
}

/** Renders the drill with 100 ms ticks and walks through the intro into the first conversation. */
async function intoFirstScenario(services: ReturnType<typeof memoryServices>['services']) {
  const view = render(<DrillApp services={services} color={false} tickMs={100} onExit={() => {}} />);
  await tick();
  view.stdin.write('\r');
  await beginScenario(view.stdin, view.lastFrame, 0);
  return view;
}

/** Plays each scenario with the good script (then polite goodbyes until it ends) and leaves its ending with Enter. */
async function playEveryScenario(
  stdin: { write(data: string): void },
  lastFrame: () => string | undefined,
  sessions: readonly { done: boolean }[],
  scenarios: readonly string[],
) {
  for (const [index, id] of scenarios.entries()) {
    await beginScenario(stdin, lastFrame, index);
    for (const reply of scriptLines('good', id).filter((line) => line.trim())) {
      if (sessions[index]!.done) break;
      await type(stdin, reply);
    }
    while (!sessions[index]!.done) await type(stdin, 'Thank you, goodbye.');
    await waitFor(() => expect(plain(lastFrame())).toContain('The conversation has ended'));
    stdin.write('\r');
    await tick();
  }
}

async function type(stdin: { write(data: string): void }, text: string) {
  stdin.write(text);
  await tick(20);
  stdin.write('\r');
  await tick(60);
}

describe('DrillApp', () => {
  it('runs every scenario in exam mode, then shows pass/fail per skill and what to practise next', async () => {
    const { services, sessions, ended, drill } = memoryServices();
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={onExit} />);
    await tick();
    const intro = plain(lastFrame());
    expect(intro).toContain('Onboarding, week 1');
    expect(intro).toContain('Trainee: Sam <b>Test</b>');
    expect(intro).toMatch(/1\. Charged twice.*\n.*2\. The big plan.*\n.*3\. The same machine/);
    expect(intro).toContain('Time limit: 120 s per reply');
    expect(intro).toContain('Pass marks: overall 55');
    stdin.write('\r');
    await tick();

    for (const [index, id] of drill.scenarios.entries()) {
      await beginScenario(stdin, lastFrame, index);
      const replies = scriptLines('good', id).filter((line) => line.trim() && !line.startsWith('/'));
      for (const reply of replies) {
        if (sessions[index]!.done) break;
        await type(stdin, reply);
        // Exam mode: no coaching between replies.
        expect(plain(lastFrame())).not.toMatch(/Tip:|Empathy\s+[█░]/);
      }
      await waitFor(() => expect(plain(lastFrame())).toContain('The conversation has ended'));
      expect(ended).toContain(index);
      // Enter leads on to the next scenario, or to the result after the last: there is no debrief in a drill.
      const last = index === drill.scenarios.length - 1;
      expect(plain(lastFrame())).toContain(last ? 'Press Enter for the drill result.' : 'Press Enter for the next scenario.');
      expect(plain(lastFrame())).not.toContain('debrief');
      stdin.write('\r');
      await tick();
    }

    await waitFor(() => expect(plain(lastFrame())).toContain('Drill result'));
    const result = plain(lastFrame());
    expect(result).toMatch(/✓ PASSED\s+overall [\d.]+ \(pass mark 55\)/);
    expect(result).toMatch(/✓ Empathy\s+[\d.]+\s+pass mark 40/);
    expect(result).toContain('What to practise next');
    expect(result).toMatch(/Submission saved:\s+\/tmp\/home\/submissions\/onboarding-week-1_sam_x\.json/);
    await tick();
    stdin.write('\r');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ code: 0 })));
  });

  it('a poor drill shows NOT PASSED with the failed skills marked', async () => {
    const { services, sessions, drill } = memoryServices();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={() => {}} />);
    await tick();
    stdin.write('\r');
    for (const [index, id] of drill.scenarios.entries()) {
      await beginScenario(stdin, lastFrame, index);
      for (const reply of scriptLines('poor', id).filter((line) => line.trim())) {
        if (sessions[index]!.done) break;
        await type(stdin, reply);
      }
      // Out of prepared replies: keep answering until the customer ends it.
      while (!sessions[index]!.done) await type(stdin, 'Whatever.');
      await waitFor(() => expect(plain(lastFrame())).toContain('The conversation has ended'));
      stdin.write('\r');
      await tick();
    }
    await waitFor(() => expect(plain(lastFrame())).toContain('Drill result'));
    const result = plain(lastFrame());
    expect(result).toContain('✗ NOT PASSED');
    expect(result).toMatch(/✗ Empathy/);
    // The scenario to practise is named by its title, as home lists it.
    expect(result.replace(/\s+/g, ' ')).toMatch(/(in|finish) “(Charged twice|The big plan|The same machine)[^”]*”.*Practise that scenario next\./);
  });

  it('the conversation menu offers no restart in a drill and says why; "r" keeps the same attempt going', async () => {
    const { services, sessions } = memoryServices();
    const start = vi.spyOn(services, 'startScenario');
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={() => {}} />);
    await tick();
    stdin.write('\r');
    await beginScenario(stdin, lastFrame, 0);
    expect(plain(lastFrame())).toContain('Esc menu (quit)');
    expect(plain(lastFrame())).toContain('Ctrl-C abandon the drill');
    await type(stdin, 'Hello, I am sorry about the double charge.');
    expect(sessions[0]!.turn).toBe(1);

    stdin.write('\u001b');
    await waitFor(() => expect(plain(lastFrame())).toContain('Resume the conversation'));
    const menu = plain(lastFrame());
    expect(menu).not.toContain('Restart');
    expect(menu).toContain('Abandon the drill (no submission is written)');
    expect(menu).toContain('No restart in a drill: each scenario is one graded attempt');

    stdin.write('r');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Resume the conversation'));
    const after = plain(lastFrame());
    expect(after).toContain('No restart in a drill');
    // Same attempt: the reply already sent is still on screen and in the session; no new session was started.
    expect(after).toContain('You: Hello, I am sorry about the double charge.');
    expect(start).toHaveBeenCalledTimes(1);
    expect(sessions[0]!.turn).toBe(1);
    expect(after).toContain('Turn 1/');
  });

  it('a graded drill offers no hint: not in the menu, not with "h", not by walking the menu; it says why', async () => {
    const { services, sessions } = memoryServices();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={() => {}} />);
    await tick();
    stdin.write('\r');
    await beginScenario(stdin, lastFrame, 0);
    expect(plain(lastFrame())).not.toMatch(/hint/i);
    await type(stdin, 'Hello, I am sorry about the double charge.');

    stdin.write('\u001b');
    await waitFor(() => expect(plain(lastFrame())).toContain('Resume the conversation'));
    const menu = plain(lastFrame());
    expect(menu).not.toContain('Hint: what would help now');
    expect(menu).toContain(NO_HINT);

    // "h", the practice shortcut, shows why instead of a hint.
    stdin.write('h');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Resume the conversation'));
    expect(plain(lastFrame())).toContain('No hint in a drill');
    expect(plain(lastFrame())).not.toContain('Hint:');

    // Walking the menu: Resume, then Abandon, then back to Resume — nothing in between is a hint.
    stdin.write('\u001b');
    await waitFor(() => expect(plain(lastFrame())).toMatch(/› Resume the conversation/));
    stdin.write('\u001b[B');
    await waitFor(() => expect(plain(lastFrame())).toMatch(/› Abandon the drill/));
    stdin.write('\u001b[B');
    await waitFor(() => expect(plain(lastFrame())).toMatch(/› Resume the conversation/));
    stdin.write('\r');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Resume the conversation'));
    expect(plain(lastFrame())).not.toContain('Hint:');
    expect(sessions[0]!.turn).toBe(1);
  });

  it('a turn that runs out of time shows in the chat as a missing reply, then the customer’s reaction', async () => {
    // 0.1 s per reply and 100 ms ticks: the first tick of silence runs out the time.
    const { services, sessions } = memoryServices({ replyTimeLimit: 0.1 });
    const { lastFrame } = await intoFirstScenario(services);
    await waitFor(() => expect(plain(lastFrame())).toContain('You: (no reply — time ran out)'));
    const frame = plain(lastFrame());
    expect(sessions[0]!.timedOut.length).toBeGreaterThan(0);
    const name = services.drill.scenarios[0]!.persona.name;
    // The reaction to the non-answer is the customer speaking, not a "(waiting)" line. The clock
    // keeps running, so later turns may time out too: any of them may be the one on screen.
    const shown = [...frame.matchAll(new RegExp(`You: \\(no reply — time ran out\\)\\n${name}: (.{1,20})`, 'g'))].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    const reactions = sessions[0]!.result().turns.filter((t) => t.timedOut).map((t) => (t.customer[0] ?? '').slice(0, 20));
    for (const start of shown) expect(reactions.some((r) => r.startsWith(start) || start.startsWith(r))).toBe(true);
    expect(frame).not.toMatch(/You: *\n/);
  });

  it('the reply time limit keeps running while the Esc menu is open (it cannot be parked there)', async () => {
    // 0.5 s per reply, 100 ms ticks: the menu opens well before the limit.
    const { services, sessions } = memoryServices({ replyTimeLimit: 0.5 });
    const { stdin, lastFrame } = await intoFirstScenario(services);
    stdin.write('\u001b');
    await waitFor(() => expect(plain(lastFrame())).toContain('Resume the conversation'));
    await waitFor(() => expect(sessions[0]!.timedOut.length).toBeGreaterThan(0), 3000);
  });

  it('the header counts down the reply time limit, and a reply starts it again', async () => {
    // 100 ms ticks of 0.1 s: ten ticks take a second off the clock.
    const { services } = memoryServices({ replyTimeLimit: 120 });
    const { stdin, lastFrame } = await intoFirstScenario(services);
    expect(plain(lastFrame()).split('\n')[0]).toMatch(/EXAM {2}(120|119) s to reply {2}Turn 0\//);
    await waitFor(() => expect(plain(lastFrame())).toContain('118 s to reply'), 4000);
    await type(stdin, "I'm sorry about the double charge. I will refund it today.");
    await waitFor(() => expect(plain(lastFrame())).toMatch(/(120|119) s to reply {2}Turn 1\//));
  });

  it('abandoning from the menu asks first: a stray q after Esc does not throw the drill away', async () => {
    const { services, sessions } = memoryServices();
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={onExit} />);
    await tick();
    stdin.write('\r');
    await beginScenario(stdin, lastFrame, 0);
    stdin.write('\u001b');
    await waitFor(() => expect(plain(lastFrame())).toContain('Resume the conversation'));
    // Esc by habit, then a reply that starts with "q": asked, not abandoned; the next letter takes it back.
    stdin.write('q');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the whole drill?'));
    expect(onExit).not.toHaveBeenCalled();
    stdin.write('u');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Abandon the whole drill?'));
    expect(plain(lastFrame())).toContain('Resume the conversation');
    // Meant: q, then q again.
    stdin.write('q');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the whole drill?'));
    stdin.write('q');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 1 }));
    expect(sessions[0]!.turn).toBe(0);
  });

  it('once a scenario has begun, Ctrl-C asks first: another key goes back with every reply kept, a second Ctrl-C abandons', async () => {
    const { services, sessions } = memoryServices();
    const finish = vi.spyOn(services, 'finish');
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={onExit} />);
    await tick();
    stdin.write('\r');
    await beginScenario(stdin, lastFrame, 0);
    await type(stdin, "I'm so sorry about the double charge.");
    // A stray Ctrl-C (the copy shortcut, by habit) asks instead of throwing the attempt away.
    stdin.write('\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the drill?'));
    expect(plain(lastFrame()).replace(/[\s│]+/g, ' ')).toContain('A drill cannot be resumed: the next start begins again at scenario 1.');
    expect(onExit).not.toHaveBeenCalled();
    stdin.write('n');
    await waitFor(() => expect(plain(lastFrame())).not.toContain('Abandon the drill?'));
    expect(plain(lastFrame())).toContain("You: I'm so sorry about the double charge.");
    expect(sessions[0]!.turn).toBe(1);
    // The key that answers the question goes no further: an Enter does not send the draft behind it.
    stdin.write('I will refund it');
    await tick();
    stdin.write('\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the drill?'));
    stdin.write('\r');
    // Back at the reply box with the question gone (the draft shows behind the question too).
    await waitFor(() => {
      expect(plain(lastFrame())).not.toContain('Abandon the drill?');
      expect(plain(lastFrame())).toContain('› I will refund it');
    });
    expect(sessions[0]!.turn).toBe(1);
    // Meant: Ctrl-C twice.
    stdin.write('\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the drill?'));
    stdin.write('\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 1 }));
    expect(finish).not.toHaveBeenCalled();
  });

  it('Ctrl-C on the result screen leaves with the saved outcome, not as an abandoned drill', async () => {
    const { services, sessions, drill } = memoryServices();
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={onExit} />);
    await tick();
    stdin.write('\r');
    await playEveryScenario(stdin, lastFrame, sessions, drill.scenarios);
    await waitFor(() => expect(plain(lastFrame())).toContain('Drill result'));
    await tick();
    stdin.write('\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith(expect.objectContaining({ code: 0, outcome: expect.objectContaining({ submissionPaths: ['/tmp/home/submissions/onboarding-week-1_sam_x.json'] }) })));
  });

  it('when the submission cannot be saved, says what to fix and tries again with r: the finished replies are not lost', async () => {
    const { services, sessions, drill } = memoryServices();
    const saved = services.finish.bind(services);
    let tries = 0;
    services.finish = async () => {
      tries += 1;
      if (tries === 1) throw Object.assign(new Error('Could not save the submission in /home/sam/submissions (the disk is full).'), { next: ['Make that folder writable (or free some space), then try again.'] });
      return saved();
    };
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={onExit} />);
    await tick();
    stdin.write('\r');
    await playEveryScenario(stdin, lastFrame, sessions, drill.scenarios);
    await waitFor(() => expect(plain(lastFrame())).toContain('the submission could not be saved'));
    const failed = plain(lastFrame());
    expect(failed).toContain('(the disk is full)');
    expect(failed).not.toContain('hit a bug');
    expect(failed).toContain('r try again');
    stdin.write('r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Drill result'));
    expect(tries).toBe(2);
    expect(onExit).not.toHaveBeenCalled();
  });

  it('a window smaller than 60×16 says so instead of drawing the drill cut off; growing it back shows it again', async () => {
    const { services } = memoryServices();
    const { stdin, stdout, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={() => {}} />);
    await tick();
    const size = (columns: number, rows: number) => resize(stdout, columns, rows);
    size(50, 14);
    await waitFor(() => expect(plain(lastFrame()).replace(/\s+/g, ' ')).toContain('The window is 50×14; the drill needs at least 60×16.'));
    expect(plain(lastFrame())).not.toContain('Enter start the drill');
    // An Enter typed blind does not start the drill.
    stdin.write('\r');
    await tick();
    size(80, 24);
    await waitFor(() => expect(plain(lastFrame())).toContain('Enter start the drill'));
    expect(plain(lastFrame())).not.toContain('Scenario 1 of 3');
  });

  it('the intro says that leaving part-way keeps nothing, and names an earlier submission that a retake replaces', async () => {
    const { services } = memoryServices();
    const withEarlier = { ...services, earlierAttempts: async () => [{ finishedAt: '2026-11-20T10:30:00.000Z', score: 48.5, passed: false }] };
    const { lastFrame } = render(<DrillApp services={withEarlier} color={false} tickMs={60_000} onExit={() => {}} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('You took this drill before'));
    const intro = plain(lastFrame()).replace(/\s+/g, ' ');
    expect(intro).toMatch(/You took this drill before \(latest 2026-11-2\d \d\d:\d\d: 48\.5, not passed\)\. Taking it again writes a new submission, and the cohort report counts only the latest one you hand in, even if it scores lower\./);
    expect(intro).toContain('Leaving part-way (Ctrl-C twice, or Esc → Abandon) keeps nothing: a drill cannot be resumed');
  });

  it('at 60×16 the intro keeps its title and the trainee’s name in view, and the rest scrolls', async () => {
    const { services } = memoryServices();
    const { stdin, stdout, lastFrame } = render(<DrillApp services={services} color={false} tickMs={60_000} onExit={() => {}} />);
    resize(stdout, 60, 16);
    await waitFor(() => expect(plain(lastFrame())).toContain('more below'));
    const frame = plain(lastFrame());
    expect(frame.split('\n').length).toBeLessThan(16);
    expect(frame).toContain('Drill  ·  Onboarding, week 1');
    expect(frame).toContain('Trainee: Sam <b>Test</b>');
    expect(frame).toContain('Enter start the drill');
    for (let i = 0; i < 30; i++) {
      stdin.write('\u001b[B');
      await tick(5);
    }
    expect(plain(lastFrame()).replace(/\s+/g, ' ')).toContain('the next start is a new attempt from scenario 1.');
  });

  it('Ctrl-C abandons the drill without finishing it', async () => {
    const { services } = memoryServices();
    const finish = vi.spyOn(services, 'finish');
    const onExit = vi.fn<(exit: DrillExit) => void>();
    const { stdin } = render(<DrillApp services={services} color={false} onExit={onExit} />);
    await tick();
    stdin.write('\r');
    await tick();
    stdin.write('\u0003');
    await waitFor(() => expect(onExit).toHaveBeenCalledWith({ code: 1 }));
    expect(finish).not.toHaveBeenCalled();
  });
});

describe('a drill opened from home', () => {
  /** The app with one drill listed, that drill chosen from home: its intro is on screen. */
  async function openFromHome() {
    const { App } = await import('../../src/ui/App.js');
    const { MemoryServices } = await import('../ui/fixtures.js');
    const { services: drillServices } = memoryServices();
    const services = Object.assign(new MemoryServices(), {
      listDrills: async () => [{ id: 'onboarding-week-1', title: 'Onboarding, week 1', scenarios: 3 }],
      startDrill: async () => drillServices,
    });
    const onExit = vi.fn();
    const { stdin, lastFrame } = render(<App services={services} onExit={onExit} tickMs={60_000} />);
    await waitFor(() => expect(plain(lastFrame())).toContain('Onboarding, week 1'));
    for (let i = 0; i < 10 && !/› Onboarding/.test(plain(lastFrame())); i++) {
      await tick();
      stdin.write('\u001b[B');
      await tick();
    }
    stdin.write('\r');
    await waitFor(() => expect(plain(lastFrame())).toContain('Enter start the drill'));
    return { stdin, lastFrame, onExit };
  }

  it('its intro says q leads back to home, and q does', async () => {
    const { stdin, lastFrame, onExit } = await openFromHome();
    // The hint names where q goes: home, not out of the app.
    expect(plain(lastFrame())).toContain('q back to home');
    await tick();
    stdin.write('q');
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Sam'));
    expect(onExit).not.toHaveBeenCalled();
  });

  it('Ctrl-C in its conversation asks first, as in `rapport drill`, instead of closing the whole app; confirmed, it leads home', async () => {
    const { stdin, lastFrame, onExit } = await openFromHome();
    await tick();
    stdin.write('\r');
    await beginScenario(stdin, lastFrame, 0);
    stdin.write('\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Abandon the drill?'));
    expect(onExit).not.toHaveBeenCalled();
    stdin.write('\u0003');
    await waitFor(() => expect(plain(lastFrame())).toContain('Hello, Sam'));
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('DrillResultScreen', () => {
  it('quotes a turn with no reply in time as such, not as empty quotes', async () => {
    const { DrillResultScreen } = await import('../../src/ui/drill/DrillResultScreen.js');
    const { drill, byId } = builtInDrill();
    const one = { ...drill, scenarios: [drill.scenarios[0]!], replyTimeLimit: 60, pass: { overall: 90, followThrough: 90 } };
    const scenario = byId[one.scenarios[0]!]!;
    const session = createDrillSession(scenario, one, { analyze });
    session.reply("I'm sorry about the double charge, that is frustrating.");
    session.wait(61);
    const result = session.result();
    const verdict = gradeDrill(one, { [scenario.id]: result }, byId);
    const outcome = { verdict, scenarios: [{ id: scenario.id, title: scenario.title, ending: result.ending, score: result.score, scores: result.scores }], submissionPaths: ['/tmp/x.json'] };
    const { lastFrame } = render(<DrillResultScreen drill={{ ...one, scenarios: [scenario] }} outcome={outcome} onDone={() => {}} />);
    const frame = plain(lastFrame());
    expect(frame).toContain('You said (no reply — time ran out) — try:');
    expect(frame).not.toContain('You said “”');
  });

  it('after a retake, says which submission the cohort report counts', async () => {
    const { DrillResultScreen } = await import('../../src/ui/drill/DrillResultScreen.js');
    const { services } = memoryServices();
    const scores = { empathy: 50, positivity: 50, followThrough: 50 };
    const verdict = { score: 60, scores, overall: { score: 60, mark: 55, passed: true }, skills: [], passed: true, practise: [] };
    const outcome = { verdict, scenarios: [], submissionPaths: ['/tmp/x.json'], earlier: 2 };
    const { lastFrame } = render(<DrillResultScreen drill={services.drill} outcome={outcome} onDone={() => {}} />);
    expect(plain(lastFrame()).replace(/\s+/g, ' ')).toContain(
      'Hand this file to your cohort lead. It replaces your 2 earlier submissions of this drill: the cohort report counts only the latest one you hand in.',
    );
  });
});

describe('HomeScreen with drills', () => {
  it('lists drills under their own heading and opens the chosen one', async () => {
    const { HomeScreen } = await import('../../src/ui/screens/HomeScreen.js');
    const onDrill = vi.fn();
    const onProgress = vi.fn();
    const scenarios = [{ id: 'a', title: 'A scenario', category: 'irate-customer', difficulty: 2, rubric: { empathy: 1, positivity: 1, followThrough: 1 }, best: null }];
    const drills = [{ id: 'onboarding-week-1', title: 'Onboarding, week 1', scenarios: 3 }];
    const { stdin, lastFrame } = render(
      <HomeScreen trainee="Sam" scenarios={scenarios} grade={() => 'A'} onPick={() => {}} onProgress={onProgress} onQuit={() => {}} drills={drills} onDrill={onDrill} />,
    );
    const frame = plain(lastFrame());
    expect(frame).toMatch(/A scenario[\s\S]*Drills[\s\S]*Onboarding, week 1 +\(graded drill, 3 scenarios, exam mode\)[\s\S]*Progress/);
    await tick();
    stdin.write('\u001b[B');
    await tick();
    stdin.write('\r');
    await tick();
    expect(onDrill).toHaveBeenCalledWith('onboarding-week-1');
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('shows no Drills heading when there are none', async () => {
    const { HomeScreen } = await import('../../src/ui/screens/HomeScreen.js');
    const { lastFrame } = render(<HomeScreen trainee="Sam" scenarios={[]} grade={() => 'A'} onPick={() => {}} onProgress={() => {}} onQuit={() => {}} />);
    expect(plain(lastFrame())).not.toContain('Drills');
  });
});
