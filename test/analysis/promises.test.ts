import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { openPromises, trackPromises } from '../../src/core/analysis/promises.js';

const turns = (...replies: string[]) => {
  const out: { reply: string; analysis: ReturnType<typeof analyze> }[] = [];
  for (const reply of replies) out.push({ reply, analysis: analyze(reply, { openPromises: openPromises(out) }) });
  return out;
};

describe('trackPromises', () => {
  it('a promise to check is kept by a later report on the same thing', () => {
    const report = trackPromises(turns('Let me check the refund status for you.', 'Thanks for waiting.', "I've checked: the refund went out this morning."));
    expect(report.promises).toHaveLength(1);
    expect(report.promises[0]).toMatchObject({ turn: 0, kept: true, keptAt: 2, pending: false });
    expect(report.promises[0]!.commitment.what).toBe('check the refund status for you');
    expect(report.score).toBe(60); // kept (60), not specific (0)
  });

  it('a promise never come back to is broken, and scores lower than a kept one', () => {
    const broken = trackPromises(turns("I'll check the delivery date.", 'Is there anything else?', 'Have a nice day.'));
    const kept = trackPromises(turns("I'll check the delivery date.", 'I found the delivery date: it arrives Friday.', 'Have a nice day.'));
    expect(broken.promises[0]).toMatchObject({ kept: false, pending: false });
    expect(kept.promises[0]).toMatchObject({ kept: true, keptAt: 1 });
    expect(kept.score).toBeGreaterThan(broken.score);
    expect(broken.score).toBe(0);
  });

  it('a specific promise in the last turn is pending, not broken', () => {
    const report = trackPromises(turns('Hello!', "I'll email you the receipt by 5 pm today."));
    expect(report.promises[0]).toMatchObject({ turn: 1, kept: false, pending: true });
    expect(report.promises[0]!.commitment.specific).toBe(true);
    expect(report.score).toBe(70); // specific (40) + pending (30)
  });

  it('the delivering turn keeps the promise it talks about, not just the oldest one', () => {
    const report = trackPromises(turns("I'll check the invoice. I'll also look at the delivery.", "Good news: I've checked the delivery, it is on its way."));
    const [invoice, delivery] = report.promises;
    expect(invoice).toMatchObject({ kept: false });
    expect(delivery).toMatchObject({ kept: true, keptAt: 1 });
  });

  it('"someone will get back to you" is not a promise anyone owns', () => {
    expect(trackPromises(turns('Someone will get back to you.')).promises).toEqual([]);
  });

  it('no promises: neutral score 50', () => {
    expect(trackPromises(turns('Hello there.'))).toEqual({ promises: [], score: 50 });
  });

  it('openPromises lists what is still open', () => {
    const t = turns("I'll check the invoice.", 'One moment.');
    expect(openPromises(t).map((c) => c.text)).toEqual(["I'll check the invoice"]);
    expect(openPromises([...t, ...turns("I've checked the invoice: it was paid.")].map((x, i) => (i === 2 ? { ...x, analysis: analyze(x.reply, { openPromises: openPromises(t) }) } : x)))).toEqual([]);
  });
});

describe('analyze with open promises', () => {
  it('coming back on an open promise earns kept-promise evidence', () => {
    const promise = analyze("I'll check the invoice.").commitments;
    const withOpen = analyze("I've checked the invoice: it was paid on Monday.", { openPromises: promise });
    const without = analyze("I've checked the invoice: it was paid on Monday.");
    expect(withOpen.evidence.map((e) => e.rule)).toContain('followThrough.kept-promise');
    expect(without.evidence.map((e) => e.rule)).not.toContain('followThrough.kept-promise');
    expect(withOpen.scores.followThrough).toBeGreaterThan(without.scores.followThrough);
  });

  it('what was agreed said back is a recap, with or without "to recap"; a new topic, a question or a report is not', () => {
    const open = analyze("I'll refund the duplicate today and email you the confirmation by 3 pm.").commitments;
    const recap = (reply: string) => analyze(reply, { openPromises: open }).intents.includes('recap');
    expect(recap("So the duplicate is refunded today, and you'll have my email by 3 pm. Anything else?")).toBe(true);
    expect(recap('That is the refund today and my confirmation email by 3 pm.')).toBe(true);
    // Without the promise earlier in the conversation there is nothing to recap.
    expect(analyze("So the duplicate is refunded today, and you'll have my email by 3 pm.").intents).not.toContain('recap');
    expect(recap('Is there anything else I can help with today?')).toBe(false);
    expect(recap('Will the refund reach you today?')).toBe(false);
    // Reporting it done keeps the promise; that is not a recap.
    expect(recap("I've refunded the duplicate today.")).toBe(false);
    expect(analyze("I've refunded the duplicate today.", { openPromises: open }).evidence.map((e) => e.rule)).toContain('followThrough.kept-promise');
  });
  it('"what I\'ll" ending a sentence is no pseudo-cleft of the next one ("…what I\'ll. Do is…"): a repeated phrase promises nothing more', () => {
    // Found by the property test "repeating a phrase as further sentences never raises any score".
    expect(analyze("do is what i'll. do is what i'll").commitments).toEqual([]);
    expect(analyze("What I'll do is call you at 3.").commitments).toHaveLength(1);
  });
});
