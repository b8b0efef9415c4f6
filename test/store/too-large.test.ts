/**
 * A scenario or drill file far too large to be one (a log pasted in, the
 * wrong file picked) is refused before it is read, in words a trainer can act
 * on: the size in the unit of the limit, and what to do.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.js';
import { readDrillFile } from '../../src/store/drill-files.js';
import { readScenarioFile } from '../../src/store/scenario-files.js';

describe('a file too large to be a scenario or a drill', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-too-large-'));
  const big = (name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, 'id: big\n');
    truncateSync(file, 40_600_008); // sparse: no 40 MB written
    return file;
  };

  it('says so in characters, as the limit is, and how to fix it (it said "40600008 bytes" against a limit "under 1000000 characters", and a drill got no hint)', async () => {
    const scenario = big('big.yaml');
    expect((await readScenarioFile(scenario)).problems.map(formatProblem)).toEqual([
      `${scenario}:1:1: file is too large (40,600,008 bytes, so more than 1,000,000 characters) (a scenario must be under 1,000,000 characters, and a real one is a few hundred lines (split a longer one into several scenarios): check this is the file you meant)`,
    ]);
    const drill = big('big-drill.yaml');
    expect((await readDrillFile(drill)).problems.map(formatProblem)).toEqual([
      `${drill}:1:1: file is too large (40,600,008 bytes, so more than 1,000,000 characters) (a drill must be under 1,000,000 characters, and a real one is a list of scenario ids and pass marks, a few dozen lines: check this is the file you meant)`,
    ]);
  });
});
