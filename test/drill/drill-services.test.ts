/**
 * The services the terminal drill runs on (src/cli/drill-app.ts), against a
 * temporary RAPPORT_HOME: what the result screen is told about each
 * scenario, and about a retake.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDrillServices } from '../../src/cli/drill-app.js';
import { findDrill } from '../../src/cli/find-drill.js';
import { rapportPaths } from '../../src/store/paths.js';
import { ROOT } from './helpers.js';

async function services(home: string) {
  const loaded = await findDrill('onboarding-week-1', rapportPaths(home), ROOT);
  return createDrillServices(loaded, 'Slow Sam', { env: { RAPPORT_HOME: home } }, () => {});
}

describe('createDrillServices', () => {
  it('tells the result screen how many turns of each scenario ran out of time, and counts earlier submissions', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-drill-services-'));
    const first = await services(home);
    const session = first.startScenario(0);
    // Two full reply times of silence, then a reply.
    session.elapse(240);
    session.reply("I'm sorry about the double charge; I will refund it today.");
    const outcome = await first.finish();
    expect(outcome.scenarios.map((s) => s.timedOut)).toEqual([2, 0, 0]);
    expect(outcome.earlier).toBe(0);

    const again = await services(home);
    expect(await again.earlierAttempts!()).toHaveLength(1);
    expect((await again.finish()).earlier).toBe(1);
  });
});
