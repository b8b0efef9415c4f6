/**
 * The drill screens fit their window with the ScrollArea every screen uses,
 * and wrap text with the helpers in ../format.ts. These names stay here only
 * for test/drill/fit-lines.test.ts, which imports them from this path.
 */
export { cellWidth, wrapText } from '../format.js';
