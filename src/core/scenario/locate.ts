/**
 * Turn problems found by path (`['states', 'opening', 'on', 2]`) into
 * `path:line:col` problems, for checks that run after loading (lint, rubric
 * examples, test files).
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../problem.js';
import { sortProblems } from '../problem.js';
import type { GraphProblem } from './check.js';
import { linePosition, makeLocator } from './load.js';

/** A problem located by a path into the YAML document. */
export type PathProblem = GraphProblem;

/**
 * Locate path-addressed problems in `text` (the file they came from).
 * @example locateProblems(yaml, 'scenarios/x.yaml', [{ path: ['states', 'a'], key: true, severity: 'warning', message: '…' }])
 */
export function locateProblems(text: string, file: string, found: readonly PathProblem[]): Problem[] {
  if (found.length === 0) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', merge: false, uniqueKeys: false });
  const locator = makeLocator(doc);
  return sortProblems(
    found.map((p) => {
      const offset = p.key ? locator.keyAt(p.path) : locator.at(p.path);
      const { line, col } = linePosition(text, lineCounter, offset);
      return {
        path: file,
        line,
        col,
        severity: p.severity,
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
      };
    }),
  );
}
