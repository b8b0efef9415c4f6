import { Box, Text } from 'ink';
import { inert } from '../../core/sanitize.js';
import { KeyHints } from '../components/KeyHints.js';
import { useTone } from '../theme.js';
import { useScreenInput } from '../hooks/use-screen-input.js';

/**
 * One screen for both kinds of error: a problem the trainee can fix shows
 * what to do; anything else is a bug, shown with its stack and a request to
 * report it.
 */
export function ErrorScreen({ error, onHome, onQuit }: { error: Error; onHome: () => void; onQuit: () => void }) {
  const tone = useTone();
  // The CLI's UserError carries `next` (what to do); anything else is a bug.
  const next = (error as { next?: unknown }).next;
  const fixable = Array.isArray(next) || (error as { userFacing?: boolean }).userFacing === true;
  useScreenInput((input, key) => {
    if (key.ctrl) return;
    if (key.return || key.escape) onHome();
    else if (input === 'q') onQuit();
  });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color={tone('bad')}>{fixable ? 'Something needs fixing' : 'Rapport hit a bug'}</Text>
      <Text wrap="wrap">{inert(error.message)}</Text>
      {Array.isArray(next) ? next.map((line, i) => <Text key={i} wrap="wrap">{`→ ${inert(String(line))}`}</Text>) : null}
      {fixable ? null : (
        <Text color={tone('muted')} wrap="truncate-end">
          {inert((error.stack ?? '').split('\n').slice(1, 6).join('\n'))}
        </Text>
      )}
      {fixable ? null : <Text>Please report it with the lines above; your earlier transcripts are safe.</Text>}
      <KeyHints hints={[['Enter', 'home'], ['q', 'quit']]} />
    </Box>
  );
}
