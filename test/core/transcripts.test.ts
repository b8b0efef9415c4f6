import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { loadDrillText } from '../../src/core/drill/load.js';
import { gradeLetter } from '../../src/core/grade.js';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import type { Scenario } from '../../src/core/scenario/schema.js';
import { checkExpectations, parseExpectations } from '../../src/core/script-expectations.js';
import { playScript } from '../../src/core/session.js';

const scenarioById = new Map<string, Scenario>();
for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))) {
  const path = join('scenarios', file);
  const { scenario } = loadScenarioText(readFileSync(path, 'utf8'), path);
  if (scenario) scenarioById.set(scenario.id, scenario);
}
const scripts = readdirSync('transcripts').filter((f) => f.endsWith('.txt')).sort();
const readLines = (path: string) => readFileSync(path, 'utf8').split('\n');

describe('reference transcripts replay with the real analyzer', () => {
  it('every built-in scenario has an exemplary and a poor transcript, each rendered', () => {
    for (const id of scenarioById.keys()) {
      for (const kind of ['exemplary', 'poor']) {
        expect(scripts).toContain(`${id}.${kind}.txt`);
        expect(readdirSync('transcripts')).toContain(`${id}.${kind}.md`);
      }
    }
  });

  it.each(scripts)('%s meets its declared ending and score band', (file) => {
    const lines = readLines(join('transcripts', file));
    const expectations = parseExpectations(lines);
    expect(expectations.ending).toBeDefined();
    expect(expectations.scoreMin ?? expectations.scoreMax).toBeDefined();
    const scenario = scenarioById.get(file.split('.')[0] ?? '');
    expect(scenario).toBeDefined();
    const result = playScript(scenario as Scenario, lines, { seed: expectations.seed, analyze });
    expect(checkExpectations(expectations, result)).toEqual([]);
    // The rendered Markdown shows the same outcome (scores may drift as the analyzer improves: `npm run transcripts`).
    expect(readFileSync(join('transcripts', file.replace(/\.txt$/, '.md')), 'utf8')).toContain(`- Ending: **${result.ending}**`);
  });

  it('exemplary transcripts clearly outscore poor ones (≥ 20 points)', () => {
    for (const [id, scenario] of scenarioById) {
      const score = (kind: string) => {
        const lines = readLines(join('transcripts', `${id}.${kind}.txt`));
        return playScript(scenario, lines, { seed: parseExpectations(lines).seed, analyze }).score;
      };
      expect(score('exemplary') - score('poor'), id).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('grade letters are calibrated on the reference conversations', () => {
  const play = (id: string, kind: string) => {
    const lines = readLines(join('transcripts', `${id}.${kind}.txt`));
    return playScript(scenarioById.get(id) as Scenario, lines, { seed: parseExpectations(lines).seed, analyze });
  };
  it.each([...scenarioById.keys()])('%s: the exemplary run grades A or B, the poor run F', (id) => {
    const exemplary = play(id, 'exemplary');
    const poor = play(id, 'poor');
    expect(['A', 'B'], `exemplary scored ${exemplary.score}`).toContain(gradeLetter(exemplary.score));
    expect(gradeLetter(poor.score), `poor scored ${poor.score}`).toBe('F');
  });

  it('the rendered transcripts show the letter of their score', () => {
    for (const id of scenarioById.keys()) {
      for (const kind of ['exemplary', 'poor']) {
        const { score } = play(id, kind);
        expect(readFileSync(join('transcripts', `${id}.${kind}.md`), 'utf8')).toContain(`- Score: **${score}** (${gradeLetter(score)})`);
      }
    }
  });

  it('the built-in drill pass marks an overall C: passing is neither a D nor a B', () => {
    for (const file of readdirSync('scenarios/drills').filter((f) => f.endsWith('.yaml'))) {
      const path = join('scenarios/drills', file);
      const { drill } = loadDrillText(readFileSync(path, 'utf8'), path);
      expect(drill, path).toBeDefined();
      expect(gradeLetter(drill?.pass.overall ?? -1), path).toBe('C');
    }
  });
});

describe('a generic courteous trainee and a generic rude one, in every built-in scenario', () => {
  const courteous = readLines('test/fixtures/scripts/generic-courteous.txt');
  const rude = readLines('test/fixtures/scripts/generic-rude.txt');
  const courteousAlt = readLines('test/fixtures/scripts/generic-courteous-alt.txt');
  const rudeAlt = readLines('test/fixtures/scripts/generic-rude-alt.txt');
  it.each([...scenarioById.keys()])('%s: different endings, scores ≥ 30 apart, courteous resolves', (id) => {
    const scenario = scenarioById.get(id) as Scenario;
    const good = playScript(scenario, courteous, { seed: 1, analyze });
    const bad = playScript(scenario, rude, { seed: 1, analyze });
    expect(good.ending).not.toBe(bad.ending);
    expect(good.ending).toBe('resolved');
    expect(['lost', 'escalated']).toContain(bad.ending);
    expect(good.score - bad.score).toBeGreaterThanOrEqual(30);
    expect(['A', 'B'], `courteous scored ${good.score}`).toContain(gradeLetter(good.score));
    expect(gradeLetter(bad.score), `rude scored ${bad.score}`).toBe('F');
  });

  // Differently worded trainees, so the scenarios are not tuned to one script's phrasing.
  it.each([...scenarioById.keys()])('%s: the same holds for a second pair worded differently (every pairing)', (id) => {
    const scenario = scenarioById.get(id) as Scenario;
    for (const goodLines of [courteous, courteousAlt]) {
      for (const badLines of [rude, rudeAlt]) {
        const good = playScript(scenario, goodLines, { seed: 1, analyze });
        const bad = playScript(scenario, badLines, { seed: 1, analyze });
        expect(good.ending).not.toBe(bad.ending);
        expect(['lost', 'escalated', 'unfinished']).not.toContain(good.ending);
        expect(['lost', 'escalated']).toContain(bad.ending);
        expect(good.score - bad.score).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it.each([...scenarioById.keys()])('%s: the outcome does not depend on the seed', (id) => {
    const scenario = scenarioById.get(id) as Scenario;
    const endings = new Set<string>();
    for (const seed of [1, 2, 3, 99, 12345]) endings.add(playScript(scenario, courteous, { seed, analyze }).ending);
    expect([...endings]).toEqual(['resolved']);
  });
});

describe('determinism with the real analyzer', () => {
  it.each([...scenarioById.keys()])('%s: same seed and replies give an identical result', (id) => {
    const scenario = scenarioById.get(id) as Scenario;
    const lines = [...readLines('test/fixtures/scripts/generic-courteous.txt').slice(0, 5), '/wait 100', 'Thanks.'];
    const a = playScript(scenario, lines, { seed: 7, analyze });
    const b = playScript(scenario, lines, { seed: 7, analyze });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('script expectations', () => {
  it('reads ending, bounds and seed', () => {
    expect(parseExpectations(['# expect: ending=resolved score>=65 score<=90', '# seed: 4', 'Hello'])).toEqual({ ending: 'resolved', scoreMin: 65, scoreMax: 90, seed: 4 });
  });
  it('rejects an unknown term instead of ignoring it', () => {
    expect(() => parseExpectations(['# expect: ending=resolved scor>=3'])).toThrow(/unknown expectation "scor>=3"/);
  });
  it('reports each miss', () => {
    expect(checkExpectations({ ending: 'resolved', scoreMin: 60, seed: 1 }, { ending: 'lost', score: 20 })).toEqual(['expected ending resolved, got lost', 'expected score >= 60, got 20']);
  });
});
