import { Box, Text } from 'ink';
import { columnChart, pad } from '../format.js';
import { useTone } from '../theme.js';
import { scoreTone } from './SkillBars.js';

export interface TrendChartProps {
  label: string;
  /** 0–100 values, oldest first. */
  values: readonly number[];
  height?: number;
  /** Most columns drawn (the newest are kept). */
  maxColumns: number;
}

/** A small column chart of one skill over sessions, with latest, mean and change. */
export function TrendChart({ label, values, height = 3, maxColumns }: TrendChartProps) {
  const tone = useTone();
  const shown = values.slice(-maxColumns);
  const rows = columnChart(shown, height);
  const latest = values.at(-1) ?? 0;
  const mean = values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;
  const change = values.length > 1 ? latest - (values[0] ?? 0) : 0;
  const side = [
    `latest ${latest}`,
    `mean ${mean}`,
    values.length > 1 ? `${change >= 0 ? '▲' : '▼'}${Math.abs(change)} since first` : '',
  ];
  return (
    <Box flexDirection="column">
      {rows.map((row, r) => (
        <Text key={r}>
          <Text bold={r === 0}>{pad(r === 0 ? label : '', 18)}</Text>
          <Text color={tone('muted')}>{r === 0 ? '100┤' : r === rows.length - 1 ? '  0┤' : '   │'}</Text>
          <Text color={tone(scoreTone(latest))}>{pad(row, maxColumns)}</Text>
          <Text color={r === 2 ? tone(change >= 0 ? 'good' : 'bad') : undefined}>{`  ${side[r] ?? ''}`}</Text>
        </Text>
      ))}
    </Box>
  );
}
