import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppServices } from '../../src/cli/app-services.js';

describe('the app services', () => {
  it('a session that cannot be saved (a file where the transcripts folder should be) says why in words, for the debrief', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'rapport-app-'));
    const services = createAppServices({ env: { RAPPORT_HOME: home }, cwd: home }, () => {});
    await services.listScenarios();
    const scenario = await services.loadScenario('irate-double-charge');
    const session = await services.startSession(scenario, 1);
    session.reply("I'm so sorry about the double charge.");
    writeFileSync(path.join(home, 'transcripts'), 'a file, not a folder');
    const saving = services.saveAttempt({ scenario, session, mode: 'coach', seed: 1, trainee: 'Sam', abandoned: false });
    await expect(saving).rejects.toThrow(/^cannot use .*transcripts.*: part of the path is a file, not a folder\. Rapport keeps its data in \$RAPPORT_HOME/);
  });
});
