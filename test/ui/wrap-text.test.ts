/** Wrapping screen text into rows of known count (src/ui/format.ts), so a screen can fit its window. */
import { describe, expect, it } from 'vitest';
import { cellWidth, wrapText } from '../../src/ui/format.js';

describe('wrapText', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['', 10, ['']],
    ['a\nb', 10, ['a', 'b']],
    // A path wider than the line is cut after a separator, and nothing of it is lost.
    ['/home/sam/submissions/onboarding-week-1_sam_20261123T161401Z.json', 30, ['/home/sam/submissions/', 'onboarding-week-1_sam_', '20261123T161401Z.json']],
    // Wide characters take two columns.
    ['李雷 李雷 李雷', 10, ['李雷 李雷', '李雷']],
  ])('%j at %i columns', (text, width, rows) => {
    expect(wrapText(text, width)).toEqual(rows);
    for (const row of rows) expect(cellWidth(row)).toBeLessThanOrEqual(width);
  });
});
