import { useEffect, useMemo } from 'react';
import { Box, Text } from 'ink';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { scoreTone } from '../components/SkillBars.js';
import { categoryTitle, cellWidth, pad, stars, truncate } from '../format.js';
import { useStateRef } from '../hooks/use-state-ref.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { DrillEntry, ScenarioEntry } from '../services.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

export interface HomeScreenProps {
  trainee: string | null;
  scenarios: readonly ScenarioEntry[];
  grade: (score: number) => string;
  onPick: (id: string) => void;
  onProgress: () => void;
  onQuit: () => void;
  /** Graded drills, listed under "Drills" when there are any. */
  drills?: readonly DrillEntry[];
  onDrill?: (id: string) => void;
  /** The scenario or drill to start on (the one last opened); the first entry when absent or not listed. */
  selectedId?: string | null;
}

type Row =
  | { kind: 'heading'; title: string }
  | { kind: 'scenario'; entry: ScenarioEntry; item: number }
  | { kind: 'drill'; drill: DrillEntry; item: number }
  | { kind: 'progress'; item: number };

/** Builds the menu: scenarios grouped by category (sorted by difficulty), then the progress entry. */
export function homeRows(scenarios: readonly ScenarioEntry[], drills: readonly DrillEntry[] = []): Row[] {
  const byCategory = new Map<string, ScenarioEntry[]>();
  for (const s of scenarios) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const rows: Row[] = [];
  let item = 0;
  for (const category of [...byCategory.keys()].sort()) {
    rows.push({ kind: 'heading', title: categoryTitle(category) });
    const group = (byCategory.get(category) ?? []).sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
    for (const entry of group) rows.push({ kind: 'scenario', entry, item: item++ });
  }
  if (drills.length > 0) {
    rows.push({ kind: 'heading', title: 'Drills' });
    for (const drill of drills) rows.push({ kind: 'drill', drill, item: item++ });
  }
  rows.push({ kind: 'heading', title: 'You' });
  rows.push({ kind: 'progress', item: item++ });
  return rows;
}

/** The start screen: pick a scenario or look at progress. */
export function HomeScreen({ trainee, scenarios, grade, onPick, onProgress, onQuit, drills = [], onDrill, selectedId = null }: HomeScreenProps) {
  const tone = useTone();
  const { columns, rows: height } = useTerminalSize();
  const rows = useMemo(() => homeRows(scenarios, drills), [scenarios, drills]);
  const items = rows.filter((r): r is Exclude<Row, { kind: 'heading' }> => r.kind !== 'heading');
  const [selected, setSelected, selectedRef] = useStateRef(() =>
    Math.max(0, items.findIndex((r) => (r.kind === 'scenario' && r.entry.id === selectedId) || (r.kind === 'drill' && r.drill.id === selectedId))),
  );
  useEffect(() => setSelected((s) => Math.min(s, items.length - 1)), [items.length, setSelected]);

  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.upArrow || input === 'k') setSelected((s) => (s + items.length - 1) % items.length);
    else if (key.downArrow || input === 'j') setSelected((s) => (s + 1) % items.length);
    else if (input === 'p') onProgress();
    else if (input === 'q') onQuit();
    else if (key.return) {
      const row = items[selectedRef.current];
      if (row?.kind === 'scenario') onPick(row.entry.id);
      else if (row?.kind === 'progress') onProgress();
      else if (row?.kind === 'drill') onDrill?.(row.drill.id);
    }
  });

  // Keep the selected row in view when the list is taller than the screen: the window less the title,
  // the line under the list, the key hints and Ink's last row (and the no-scenarios warning when shown).
  const budget = Math.max(5, height - 4 - (scenarios.length === 0 ? 1 : 0));
  const selectedRow = rows.findIndex((r) => r.kind !== 'heading' && r.item === selected);
  const start = Math.max(0, Math.min(selectedRow - Math.floor(budget / 2), rows.length - budget));
  let visible = rows.slice(start, start + budget);
  // A heading with none of its rows under it says nothing: leave it for the next scroll.
  if (visible.length > 1 && visible.at(-1)?.kind === 'heading') visible = visible.slice(0, -1);
  const itemsAbove = rows.slice(0, start).filter((r) => r.kind !== 'heading').length;
  const itemsBelow = rows.slice(start + visible.length).filter((r) => r.kind !== 'heading').length;
  // As wide as the longest title needs, so in a wide window the stars stay next to the titles.
  const longest = Math.max(0, ...scenarios.map((s) => cellWidth(inert(s.title))));
  const titleWidth = Math.max(20, Math.min(columns - 34, longest + 1));

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>
        <Text bold color={tone('accent')}>Rapport</Text>
        {trainee ? `  ·  Hello, ${inert(trainee)}. Pick a customer to talk to.` : '  ·  Pick a customer to talk to.'}
      </Text>
      {scenarios.length === 0 ? <Text color={tone('warn')}>No scenarios found. Put scenario files in scenarios/ (see `rapport validate`).</Text> : null}
      {visible.map((row, i) => {
        if (row.kind === 'heading') {
          return (
            <Text key={`h${start + i}`} bold color={tone('muted')}>
              {row.title}
            </Text>
          );
        }
        const active = row.item === selected;
        const marker = active ? '› ' : '  ';
        if (row.kind === 'progress') {
          return (
            <Text key="progress" inverse={active}>
              {`${marker}Progress: skills over time and what to practise next`}
            </Text>
          );
        }
        if (row.kind === 'drill') {
          // The title gives way, not the details: cut at the end, "(graded drill, 3 scenarios, e…" said nothing whole.
          const details = `  (graded drill, ${row.drill.scenarios} scenarios, exam mode)`;
          return (
            <Text key={`drill-${row.drill.id}`} wrap="truncate-end">
              <Text inverse={active}>{marker + truncate(inert(row.drill.title), Math.max(10, columns - 4 - details.length))}</Text>
              <Text color={tone('muted')}>{details}</Text>
            </Text>
          );
        }
        const { entry } = row;
        return (
          <Text key={entry.id} wrap="truncate-end">
            <Text inverse={active}>{marker + pad(truncate(inert(entry.title), titleWidth), titleWidth)}</Text>
            {'  '}
            <Text color={tone('warn')}>{stars(entry.difficulty)}</Text>
            {'  '}
            {entry.best === null ? (
              <Text color={tone('muted')}>not yet played</Text>
            ) : (
              <Text color={tone(scoreTone(entry.best))}>{`best ${entry.best} ${grade(entry.best)}`}</Text>
            )}
          </Text>
        );
      })}
      <Text color={tone('muted')}>
        {itemsBelow > 0 ? `  ↓ ${itemsBelow} more below` : itemsAbove > 0 ? `  ↑ ${itemsAbove} more above` : ' '}
      </Text>
      <KeyHints hints={[['↑↓', 'choose'], ['Enter', 'open'], ['p', 'progress'], ['q', 'quit']]} />
    </Box>
  );
}
