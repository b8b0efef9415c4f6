/**
 * A limit on how deeply lists and mappings nest in a YAML data file, checked
 * before anything walks the data recursively.
 *
 * Why a limit: the loader, the schema, the graph checks and the linter all
 * recurse into the data, so 20,000 "[" overflow the call stack somewhere
 * ("Maximum call stack size exceeded", no position, or a crash). A scenario
 * needs about ten levels (states → opening → on → branch → when → any →
 * condition → intent → list); the limit is far above that and far below
 * where any of them would overflow. Both walks below use an explicit stack,
 * so they cannot overflow themselves.
 */
import { isMap, isPair, isSeq } from 'yaml';
import type { Document } from 'yaml';

/** More lists and mappings inside one another than this is refused. */
export const MAX_NESTING = 64;

/**
 * The offset of the first list or mapping (in file order) nested deeper than
 * `limit`, counting the top-level mapping as 1, or undefined.
 * @example tooDeepOffset(parseDocument('a: [[[1]]]'), 3) → 5 (the second "[")
 */
export function tooDeepOffset(doc: Document, limit = MAX_NESTING): number | undefined {
  const stack: [node: unknown, depth: number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > limit) return node.range?.[0] ?? 0;
    const children = (node.items as unknown[]).flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]));
    // Pushed last to first, so the first child is looked at first: the report is the earliest in the file.
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return undefined;
}

/**
 * The path to the first value nested deeper than `limit` in converted data,
 * or undefined. The file itself may be shallow while its data is not: an
 * alias (`*name`) puts the whole value of its anchor where it stands, so
 * aliases inside anchored values add up. A value shared by several aliases
 * is walked again only when reached at a greater depth, so this stays linear.
 */
export function tooDeepPath(data: unknown, limit = MAX_NESTING): (string | number)[] | undefined {
  const deepest = new Map<object, number>();
  const stack: [value: unknown, path: (string | number)[]][] = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const depth = path.length + 1;
    if (depth > limit) return path;
    if ((deepest.get(value) ?? 0) >= depth) continue;
    deepest.set(value, depth);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], [...path, entries[i]![0]]]);
  }
  return undefined;
}
