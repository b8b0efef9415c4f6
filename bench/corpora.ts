/**
 * Loads the labelled corpora from ../shared/benchmarks (relative to the repo
 * root, resolved from this file) for the quality and speed benchmarks. The
 * corpora are never copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../src/core/csv.js';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'benchmarks');


/** FNV-1a hash of a text: a deterministic split that does not depend on row order. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Which half a row falls in: "dev" rows may be inspected while writing rules, "held-out" rows never are. */
export function half(text: string): 'dev' | 'held-out' {
  return fnv1a(text) % 2 === 0 ? 'dev' : 'held-out';
}

export interface EmpathyRow {
  seeker: string;
  response: string;
  levels: [number, number, number];
}
export interface PolitenessRow {
  domain: 'wikipedia' | 'stackexchange';
  text: string;
  score: number;
  quartile: 'polite' | 'impolite' | 'middle';
}
export interface CommitmentRow {
  text: string;
  commitment: boolean;
}

export function loadEmpathy(): EmpathyRow[] {
  return parseCsvRecords(readFileSync(resolve(BENCH_DIR, 'empathy-epitome.csv'), 'utf8')).map((r) => ({
    seeker: r.seeker_post ?? '',
    response: r.response ?? '',
    levels: [Number(r.emotional_reactions), Number(r.interpretations), Number(r.explorations)],
  }));
}

export function loadPoliteness(): PolitenessRow[] {
  return parseCsvRecords(readFileSync(resolve(BENCH_DIR, 'politeness-stanford.csv'), 'utf8')).map((r) => ({
    domain: r.domain === 'wikipedia' ? 'wikipedia' : 'stackexchange',
    text: r.text ?? '',
    score: Number(r.normalized_score),
    quartile: (r.quartile ?? 'middle') as PolitenessRow['quartile'],
  }));
}

export function loadCommitments(): CommitmentRow[] {
  return readFileSync(resolve(BENCH_DIR, 'commitments-mrda.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const r = JSON.parse(line) as { text: string; commitment: boolean };
      return { text: r.text, commitment: r.commitment };
    });
}
