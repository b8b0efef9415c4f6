/**
 * Saving a finished drill again after it failed part way (the app's "try
 * again" after a full disk or a hand-in folder that could not be written):
 * the retry finishes the same attempt. It must not hand in a second copy of
 * it, which the cohort report would list as the trainee taking the drill
 * twice, and the app would count as an earlier attempt.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { abandonedText, createDrillServices } from '../../src/cli/drill-app.js';
import { UserError } from '../../src/cli/errors.js';
import { findDrill } from '../../src/cli/find-drill.js';
import { planCohort } from '../../src/core/cohort/rescore.js';
import { parseSubmission } from '../../src/core/drill/submission.js';
import { rapportPaths } from '../../src/store/paths.js';
import { ProgressStore } from '../../src/store/progress-store.js';
import { ROOT } from './helpers.js';

const jsonIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

/** A drill played through the app's services, ready to finish; `out` is a hand-in folder. */
async function playedDrill(home: string, out?: string) {
  const warnings: string[] = [];
  const loaded = await findDrill('onboarding-week-1', rapportPaths(home), ROOT);
  const services = createDrillServices(loaded, 'Robin Roe', { env: { RAPPORT_HOME: home } }, (message) => warnings.push(message), out ? { out } : {});
  loaded.drill.scenarios.forEach((_, i) => {
    const session = services.startScenario(i);
    session.reply("I'm sorry about this; I will sort it out today and email you by 5 pm.");
    services.endScenario(i);
  });
  return { services, warnings, scenarios: loaded.drill.scenarios.length };
}

describe('saving a finished drill again after a failure', () => {
  it('the hand-in folder could not be written, then could: one submission at home, one in the folder, and no earlier attempt', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-retry-home-'));
    const root = mkdtempSync(path.join(tmpdir(), 'rapport-retry-handin-'));
    const handIn = path.join(root, 'hand-in');
    // Where the hand-in folder should be there is a file: the copy fails after the home copy was written.
    writeFileSync(handIn, '');
    const { services, scenarios } = await playedDrill(home, `${handIn}${path.sep}`);

    const failure = await services.finish().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect(services.finished()).toBeUndefined();
    // The home copy was written: the error says where, and so would leaving now.
    const [saved] = services.saved();
    expect(saved).toBeDefined();
    expect((failure as UserError).next.join(' ')).toContain(saved);
    const left = abandonedText({ positionals: ['onboarding-week-1'], values: {} }, services.saved());
    expect(left).toContain(saved);
    expect(left).not.toMatch(/no submission was written|start again/);

    rmSync(handIn);
    const outcome = await services.finish();
    const homeFiles = jsonIn(rapportPaths(home).submissions);
    expect(homeFiles).toHaveLength(1);
    expect(jsonIn(handIn)).toHaveLength(1);
    expect(outcome.submissionPaths[0]).toBe(saved);
    expect(outcome.submissionPaths).toEqual([path.join(rapportPaths(home).submissions, homeFiles[0]!), path.join(handIn, jsonIn(handIn)[0]!)]);
    // The first try's own home copy is not an earlier attempt.
    expect(outcome.earlier).toBe(0);
    expect((await new ProgressStore(rapportPaths(home)).read()).sessions).toHaveLength(scenarios);
    // Both copies are the same attempt, byte for byte.
    expect(readFileSync(outcome.submissionPaths[0]!, 'utf8')).toBe(readFileSync(outcome.submissionPaths[1]!, 'utf8'));
  });

  it('the progress log could not be written after the submission was: the drill is handed in once, and the log failure is said', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-retry-home-'));
    const handIn = `${mkdtempSync(path.join(tmpdir(), 'rapport-retry-handin-'))}${path.sep}`;
    // Where the transcripts folder should be there is a file: logging the sessions fails.
    writeFileSync(rapportPaths(home).transcripts, '');
    const { services, warnings } = await playedDrill(home, handIn);

    // Whatever the first try says, a trainee who is shown an error tries again once it is fixed.
    const first = await services.finish().catch((error: unknown) => error);
    rmSync(rapportPaths(home).transcripts);
    if (first instanceof Error) await services.finish();

    expect(jsonIn(rapportPaths(home).submissions)).toHaveLength(1);
    const handedIn = jsonIn(handIn).map((name) => ({ file: name, parsed: parseSubmission(readFileSync(path.join(handIn, name), 'utf8')) }));
    expect(handedIn).toHaveLength(1);
    expect(planCohort(handedIn, { id: 'onboarding-week-1' }).superseded).toEqual([]);
    // The submission was saved, so the finish succeeds; the log failure is a warning naming why.
    expect(first).not.toBeInstanceOf(Error);
    expect(services.finished()?.files).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/progress log/);
  });
});

describe('leaving a drill', () => {
  it('before anything was saved: nothing is kept, and how to start again', () => {
    const text = abandonedText({ positionals: ['onboarding-week-1'], values: {} });
    expect(text).toMatch(/no submission was written/);
    expect(text).toContain('rapport drill onboarding-week-1');
  });
});

describe('the same attempt saved twice in a row', () => {
  it('a second finish() after a successful one writes nothing new', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-retry-home-'));
    const handIn = path.join(home, 'hand-in');
    mkdirSync(handIn);
    const { services, scenarios } = await playedDrill(home, `${handIn}${path.sep}`);
    const first = await services.finish();
    const second = await services.finish();
    expect(second.submissionPaths).toEqual(first.submissionPaths);
    expect(second.earlier).toBe(0);
    expect(jsonIn(rapportPaths(home).submissions)).toHaveLength(1);
    expect(jsonIn(handIn)).toHaveLength(1);
    expect((await new ProgressStore(rapportPaths(home)).read()).sessions).toHaveLength(scenarios);
  });
});
