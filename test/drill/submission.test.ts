import { describe, expect, it } from 'vitest';
import { parseSubmission, SUBMISSION_FORMAT, submissionFileName } from '../../src/core/drill/submission.js';
import { builtInDrill, playSubmission } from './helpers.js';

describe('submissions', () => {
  const submission = playSubmission('middling', 'Ana Lima');
  const text = JSON.stringify(submission, null, 2);

  it('are self-contained: drill and scenario versions, seed, every event and customer line, results', () => {
    const { drill, version, scenarios } = builtInDrill();
    expect(submission).toMatchObject({ format: SUBMISSION_FORMAT, formatVersion: 1, trainee: 'Ana Lima', seed: drill.seed, drill: { id: drill.id, version } });
    expect(submission.scenarios.map((s) => [s.id, s.version])).toEqual(drill.scenarios.map((id) => [id, scenarios[id]!.version]));
    const irate = submission.scenarios[0]!;
    expect(irate.events).toContainEqual({ wait: 30 });
    expect(irate.events.filter((e) => 'reply' in e).length).toBe(irate.turns.length);
    expect(irate.opening.length).toBeGreaterThan(0);
    expect(irate.turns.every((t) => t.customer.length > 0)).toBe(true);
    expect(submission.result.score).toBeGreaterThan(0);
  });

  it('round-trip through JSON unchanged', () => {
    const parsed = parseSubmission(text);
    expect(parsed).toEqual({ ok: true, submission });
  });

  it.each([
    ['an empty file', '', 'empty', /empty/],
    ['a truncated file', text.slice(0, Math.floor(text.length / 2)), 'truncated', /cut short/],
    ['a file cut inside a string', text.slice(0, text.indexOf('"trainee"') + 5), 'truncated', /cut short/],
    ['binary junk', '\u0000\u0001PK\u0003\u0004 garbage', 'foreign', /not JSON/],
    ['plain text', 'my answers were great, please pass me', 'foreign', /not JSON/],
    ['someone else’s JSON', '{"name": "left-pad", "version": "1.0.0"}', 'foreign', /no "format"/],
    ['another format tag', '{"format": "quiz-results", "score": 100}', 'foreign', /format "quiz-results"/],
    ['a JSON list', '[1, 2, 3]', 'foreign', /a list/],
    ['a newer format version', JSON.stringify({ ...submission, formatVersion: 2 }), 'unsupported', /newer Rapport/],
    ['a wrong field type', JSON.stringify({ ...submission, seed: 'lucky' }), 'malformed', /seed/],
    ['an unknown field', JSON.stringify({ ...submission, bonus: 10 }), 'malformed', /bonus/],
    ['a score above 100', JSON.stringify({ ...submission, result: { ...submission.result, score: 140 } }), 'malformed', /result\.score/],
    ['broken JSON in the middle', text.replace('"trainee":', '"trainee"'), 'malformed', /not valid JSON/],
  ])('%s is rejected with a reason', (_, content, kind, reason) => {
    const parsed = parseSubmission(content);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.kind).toBe(kind);
    expect(parsed.reason).toMatch(reason);
  });

  it.each([
    ['cut short', text.slice(0, text.indexOf('"scenarios"')), 'Ana Lima'],
    ['cut inside the name', text.slice(0, text.indexOf('"trainee"') + 16), undefined],
    ['a newer format version', JSON.stringify({ ...submission, formatVersion: 2 }), 'Ana Lima'],
    ['a wrong field type', JSON.stringify({ ...submission, seed: 'lucky' }), 'Ana Lima'],
    ['someone else’s JSON with a trainee field', '{"trainee": "Not Ours", "score": 100}', undefined],
    ['another format cut short', '{"format": "quiz", "trainee": "Not Ours", ', undefined],
  ])('a damaged submission says whose it is when it still can: %s', (_, content, trainee) => {
    const parsed = parseSubmission(content);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.trainee).toBe(trainee);
  });

  it('get a file name safe on any file system', () => {
    expect(submissionFileName({ drill: { id: 'week-1', title: '', version: 'abc123' }, trainee: ' José  O’Neil / ../x ', finishedAt: '2026-11-20T10:30:05.123Z' })).toBe(
      'week-1_jose-o-neil-x_20261120T103005Z.json',
    );
  });
});
