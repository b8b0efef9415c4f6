import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/core/scenario/load.js';

const valid = readFileSync('scenarios/irate-double-charge.yaml', 'utf8');

function assertWellFormed(text: string): void {
  const result = loadScenarioText(text, 'fuzz.yaml');
  const lineCount = text.split('\n').length;
  for (const p of result.problems) {
    expect(p.path).toBe('fuzz.yaml');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
  // Either a scenario or at least one error, never both missing.
  expect(result.scenario !== undefined || result.problems.some((p) => p.severity === 'error')).toBe(true);
}

describe('loader on arbitrary input', () => {
  it('never throws and always locates its problems inside the file (random text)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => assertWellFormed(text)), { numRuns: 300 });
  });

  it('never throws on a valid scenario with a random slice deleted or a random line duplicated', () => {
    const lines = valid.split('\n');
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(200), fc.nat(lines.length - 1), (start, length, line) => {
        assertWellFormed(valid.slice(0, start) + valid.slice(start + length));
        assertWellFormed([...lines.slice(0, line + 1), ...lines.slice(line)].join('\n'));
      }),
      { numRuns: 60 },
    );
  });
});
