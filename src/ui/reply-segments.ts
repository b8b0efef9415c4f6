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

/** Characters of plain text kept on each side of a cut. */
const CONTEXT = 40;

/**
 * Shortens a long reply for the feedback panel so that it cannot push the
 * customer's answer off the screen (the chat above keeps the whole reply).
 * Scored spans stay whole; a long stretch of plain text keeps the words next
 * to the scored spans around it, with "…" for the rest; whatever is still
 * over `budget` characters is cut at the end with "…". A reply within the
 * budget comes back unchanged.
 * @example condenseSegments([{ text: 'x'.repeat(300), points: 0 }], 100) // → [{ text: 'xxx…xxx …', points: 0 }] (at most 100 characters)
 */
export function condenseSegments(segments: readonly Segment[], budget: number): Segment[] {
  const length = (list: readonly Segment[]) => list.reduce((sum, s) => sum + s.text.length, 0);
  if (length(segments) <= budget) return [...segments];
  const last = segments.length - 1;
  const scored = segments.some((s) => s.points !== 0);
  const out = segments.map((s, i): Segment => {
    // Without scored spans there is nothing to keep context around: the cut below keeps the start.
    if (!scored || s.points !== 0 || s.text.length <= CONTEXT * 2 + 3) return s;
    // Keep the start unless the stretch opens the reply and leads into a span; keep the end when a span follows.
    // Cut at spaces, so no word is shown in part.
    const headCut = s.text.lastIndexOf(' ', CONTEXT);
    const tailCut = s.text.indexOf(' ', s.text.length - CONTEXT);
    const head = i > 0 ? s.text.slice(0, headCut > 0 ? headCut : CONTEXT).trimEnd() : '';
    const tail = i < last ? s.text.slice(tailCut >= 0 ? tailCut + 1 : -CONTEXT) : '';
    return { text: [head, '…', tail].filter(Boolean).join(' '), points: 0 };
  });
  const kept: Segment[] = [];
  let used = 0;
  for (const s of out) {
    if (used + s.text.length + 2 > budget) {
      const room = budget - used - 2;
      // At a space where there is one, so no word is shown in part ("sim …").
      const cut = s.text.slice(0, Math.max(0, room));
      const space = cut.lastIndexOf(' ');
      if (room > 0 && s.points === 0) kept.push({ text: space > 0 ? cut.slice(0, space) : cut, points: 0 });
      // One space before the "…", not the plain text's own as well ("policy,  …").
      const tail = kept.at(-1);
      if (tail && tail.points === 0) kept[kept.length - 1] = { text: tail.text.trimEnd(), points: 0 };
      kept.push({ text: ' …', points: 0 });
      break;
    }
    kept.push(s);
    used += s.text.length;
  }
  return kept;
}
