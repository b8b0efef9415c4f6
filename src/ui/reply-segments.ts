/**
 * Splits a reply into plain and scored segments from its evidence, so the
 * coaching screen can colour what earned (+) and what cost (−) points.
 */
import type { Evidence } from '../core/types.js';

export interface Segment {
  text: string;
  /** Signed points of the evidence covering this segment; 0 for plain text. */
  points: number;
}

/**
 * Segments in reply order. Only evidence that moved a score counts; where
 * spans overlap, the earlier (then the longer) one wins, since a span is
 * shown whole or not at all.
 */
export function segmentReply(reply: string, evidence: readonly Evidence[]): Segment[] {
  const spans = evidence
    .filter((e) => e.skill !== null && e.points !== 0 && e.start >= 0 && e.end <= reply.length && e.end > e.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: reply.slice(at, span.start), points: 0 });
    // Several rules may mark the same words; merge those into one segment.
    const same = spans.filter((s) => s.start === span.start && s.end === span.end);
    const points = same.reduce((sum, s) => sum + s.points, 0);
    segments.push({ text: reply.slice(span.start, span.end), points: points === 0 ? span.points : points });
    at = span.end;
  }
  if (at < reply.length) segments.push({ text: reply.slice(at), points: 0 });
  return segments;
}
