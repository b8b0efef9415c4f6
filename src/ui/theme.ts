/**
 * Colours, or none: NO_COLOR (https://no-color.org) turns every colour off,
 * and the screens then mark meaning with characters instead.
 */
import { createContext, useContext } from 'react';

export type Tone = 'good' | 'bad' | 'warn' | 'accent' | 'muted' | 'customer' | 'trainee';

export interface Theme {
  readonly color: boolean;
}

const PALETTE: Record<Tone, string> = {
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  accent: 'cyan',
  muted: 'gray',
  customer: 'magenta',
  trainee: 'blue',
};

/** True unless NO_COLOR is set to a non-empty value. */
export function colorEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !(typeof env.NO_COLOR === 'string' && env.NO_COLOR !== '');
}

export const ThemeContext = createContext<Theme>({ color: true });

/** The colour name for a tone, or undefined when colours are off. */
export function useTone(): (tone: Tone) => string | undefined {
  const { color } = useContext(ThemeContext);
  return (tone) => (color ? PALETTE[tone] : undefined);
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
