/**
 * Submissions whose name lost its `.json` on the way to the cohort lead (a
 * mail client's `….json.txt`, a download with no extension) are still read,
 * by their content; other files are not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRenamedSubmissions, readSubmissionFiles, submissionText } from '../../src/store/submissions.js';
import { playSubmission } from '../drill/helpers.js';

const text = submissionText(playSubmission('good', 'Bo Renamed'));

describe('readRenamedSubmissions', () => {
  it('reads what is a submission by its content, whatever the name, and leaves the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-renamed-'));
    writeFileSync(path.join(dir, 'ana.json'), text);
    writeFileSync(path.join(dir, 'bo.json.txt'), text);
    // Re-saved as UTF-16 by a Windows editor, and no extension at all.
    writeFileSync(path.join(dir, 'cy'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    // Cut short: still a submission, so it is read (and rejected with its reason), not passed over.
    writeFileSync(path.join(dir, 'dee.download'), text.slice(0, 300));
    writeFileSync(path.join(dir, 'notes.txt'), 'Chase Noah for his file.');
    // Last week's report quotes the format in a rejection reason: not a submission.
    writeFileSync(path.join(dir, 'cohort.md'), '# Cohort report\n\n- x.json (foreign): no "format": "rapport.drill-submission"\n');
    writeFileSync(path.join(dir, 'other.txt'), '{"format": "something-else", "note": "rapport.drill-submission"}');

    const read = await readSubmissionFiles([dir], '/');
    expect(read.files.map((f) => path.basename(f.file))).toEqual(['ana.json']);
    const renamed = await readRenamedSubmissions(read.skipped, '/');
    expect(renamed.files.map((f) => [path.basename(f.file), f.parsed.ok ? f.parsed.submission.trainee : f.parsed.kind])).toEqual([
      ['bo.json.txt', 'Bo Renamed'],
      ['cy', 'Bo Renamed'],
      ['dee.download', 'truncated'],
    ]);
    expect(renamed.others.map((f) => path.basename(f))).toEqual(['cohort.md', 'notes.txt', 'other.txt']);
  });
});
