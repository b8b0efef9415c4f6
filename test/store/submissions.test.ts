/**
 * Reading handed-in files: a genuine submission that an editor re-saved
 * (byte-order mark, CRLF line ends, UTF-16) is still graded; only files that
 * are not text are rejected as binary.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionFileName } from '../../src/core/drill/submission.js';
import { readSubmissionFiles, saveSubmission, submissionText } from '../../src/store/submissions.js';
import { playSubmission } from '../drill/helpers.js';

const text = submissionText(playSubmission('good', 'Ana Lima'));

describe('readSubmissionFiles', () => {
  it('accepts a submission re-saved as UTF-8 with BOM and CRLF, UTF-16 LE and UTF-16 BE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-read-'));
    const crlf = text.replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'a-utf8-bom-crlf.json'), `\uFEFF${crlf}`, 'utf8');
    writeFileSync(path.join(dir, 'b-utf16le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, 'utf16le')]));
    writeFileSync(path.join(dir, 'c-utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    const { files } = await readSubmissionFiles([dir], '/');
    expect(files.map((f) => [path.basename(f.file), f.parsed.ok ? f.parsed.submission.trainee : f.parsed.reason])).toEqual([
      ['a-utf8-bom-crlf.json', 'Ana Lima'],
      ['b-utf16le.json', 'Ana Lima'],
      ['c-utf16be.json', 'Ana Lima'],
    ]);
  });

  it('still rejects binary data, including a UTF-16 mark on an odd number of bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-read-'));
    writeFileSync(path.join(dir, 'odd.json'), Buffer.from([0xff, 0xfe, 0x7b]));
    writeFileSync(path.join(dir, 'zip.json'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x9f, 0x92, 0x96]));
    const { files } = await readSubmissionFiles([dir], '/');
    for (const f of files) expect(f.parsed.ok ? 'accepted' : f.parsed.reason, f.file).toMatch(/binary data/);
  });

  it('names the files in a folder that it does not read, so no submission vanishes unmentioned', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-read-'));
    writeFileSync(path.join(dir, 'ana.json'), text);
    writeFileSync(path.join(dir, 'bo.json.txt'), text);
    writeFileSync(path.join(dir, 'cy'), text);
    writeFileSync(path.join(dir, '.DS_Store'), 'x');
    const { files, skipped } = await readSubmissionFiles([dir], '/');
    expect(files.map((f) => path.basename(f.file))).toEqual(['ana.json']);
    expect(skipped.map((f) => path.basename(f))).toEqual(['bo.json.txt', 'cy']);
  });

  it('reads a file named twice (a folder and a file in it, or the folder twice) once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-read-'));
    writeFileSync(path.join(dir, 'ana.json'), text);
    const { files } = await readSubmissionFiles([dir, path.join(dir, 'ana.json'), `${dir}/`], '/');
    expect(files).toHaveLength(1);
  });
});

describe('saveSubmission after a failed write', () => {
  it('leaves no empty file and no temporary file: the retry is the one submission in the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-save-'));
    const submission = playSubmission('good', 'Ana Lima');
    const name = submissionFileName(submission);
    // A folder where the temporary file would go makes the first write fail, as a full disk would.
    const blocker = path.join(dir, `${name}.${process.pid}.tmp`);
    mkdirSync(blocker);
    await expect(saveSubmission(dir, submission)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([path.basename(blocker)]);
    rmSync(blocker, { recursive: true });
    const saved = await saveSubmission(dir, submission);
    expect(path.basename(saved)).toBe(name);
    expect(readdirSync(dir)).toEqual([name]);
  });
});
