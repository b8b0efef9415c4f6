/**
 * The starter `rapport new` writes: its header names the file the way the
 * trainer reaches it, and its end-of-line comments stay in one column.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/core/scenario/load.js';
import { starterScenario } from '../../src/core/scenario/starter.js';

const schema = '../schema/scenario.schema.json';

/** The columns the comments after `key: value` lines start in. */
function commentColumns(text: string): Set<number> {
  return new Set(
    text
      .split('\n')
      .filter((line) => /^[a-z]\w*: \S.*\s#\s/i.test(line))
      .map((line) => line.indexOf('#')),
  );
}

describe('starterScenario', () => {
  it('its header commands name the file from the folder above scenarios/, where rapport new is run (it said "rapport validate late-parcel.yaml")', () => {
    const text = starterScenario({ id: 'late-parcel', category: 'irate-customer', schema });
    for (const command of ['validate', 'test', 'paths']) expect(text).toContain(`#   rapport ${command} scenarios/late-parcel.yaml `);
    expect(text).not.toMatch(/rapport \w+ late-parcel\.yaml/);
  });

  it('names the file as rapport new printed it, quoted for the shell when it must be', () => {
    expect(starterScenario({ id: 'late-parcel', category: 'irate-customer', schema, file: 'my/own/late-parcel.yaml' })).toContain('#   rapport test my/own/late-parcel.yaml ');
    expect(starterScenario({ id: 'late-parcel', category: 'irate-customer', schema, file: 'my scenarios/late-parcel.yaml' })).toContain(`#   rapport test 'my scenarios/late-parcel.yaml' `);
  });

  it.each(['late-parcel', 'a-much-longer-scenario-id-than-usual'])('keeps every end-of-line comment in one column, and stays valid (id %s)', (id) => {
    const text = starterScenario({ id, category: 'irate-customer', schema });
    expect([...commentColumns(text)]).toEqual([32]);
    expect(text).toMatch(new RegExp(`^id: ${id}\\b`, 'm'));
    const { scenario, problems } = loadScenarioText(text, `${id}.yaml`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(scenario?.id).toBe(id);
  });
});
