/**
 * Flags in a few words, most serious first: what the ranking shows beside a
 * trainee (the Flags section has every message in full), so a cohort lead
 * sees at a glance who edited a file, who handed in someone else's replies,
 * and whose flag is only a scenario left unplayed.
 */
import type { Flag } from './rescore.js';

/** Most serious first: a file edited by hand, then copying, then what only needs a look. */
export const FLAG_ORDER: readonly Flag['kind'][] = [
  'results-edited',
  'transcript-differs',
  'shared-replies',
  'verdict-changed',
  'seed',
  'extra-scenario',
  'missing-scenario',
  'results-differ',
  'scenario-version',
  'drill-version',
];

/** How serious a flag is: 0 is the most serious. */
export function flagRank(kind: Flag['kind']): number {
  const i = FLAG_ORDER.indexOf(kind);
  return i === -1 ? FLAG_ORDER.length : i;
}

/** The flags sorted most serious first (stable within a kind: scenario order). */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  return flags.map((flag, i) => ({ flag, i })).sort((a, b) => flagRank(a.flag.kind) - flagRank(b.flag.kind) || a.i - b.i).map(({ flag }) => flag);
}

/** Does any flag say the file itself was edited (a score or the transcript)? */
export function editedFile(flags: readonly Flag[]): boolean {
  return flags.some((f) => f.kind === 'results-edited' || f.kind === 'transcript-differs');
}

/**
 * One short label per kind of flag, most serious first.
 * @example flagLabels([{ kind: 'results-edited', … }, { kind: 'missing-scenario', … }, { kind: 'missing-scenario', … }]) → ['score edited', '2 scenarios not played']
 */
export function flagLabels(flags: readonly Flag[]): string[] {
  const count = (kind: Flag['kind']) => flags.filter((f) => f.kind === kind).length;
  const sharedWith = [...new Set(flags.flatMap((f) => (f.kind === 'shared-replies' ? (f.with ?? []) : [])))];
  const labels: string[] = [];
  for (const kind of FLAG_ORDER) {
    const n = count(kind);
    if (n === 0) continue;
    const scenarios = n === 1 ? '' : ` (${n} scenarios)`;
    switch (kind) {
      case 'results-edited':
        labels.push('score edited');
        break;
      case 'transcript-differs':
        labels.push('transcript edited');
        break;
      case 'shared-replies':
        labels.push(sharedWith.length ? `same replies as ${sharedWith.join(', ')}` : 'same replies as another trainee');
        break;
      case 'verdict-changed':
        labels.push(flags.find((f) => f.kind === kind)!.passedNow ? 'failed then, passes now' : 'passed then, fails now');
        break;
      case 'seed':
        labels.push('another seed');
        break;
      case 'extra-scenario':
        labels.push(n === 1 ? 'a scenario not in the drill' : `${n} scenarios not in the drill`);
        break;
      case 'missing-scenario':
        labels.push(n === 1 ? '1 scenario not played' : `${n} scenarios not played`);
        break;
      case 'results-differ':
        labels.push(`scored differently then${scenarios}`);
        break;
      case 'scenario-version':
        labels.push(n === 1 ? 'an older scenario' : `${n} older scenarios`);
        break;
      case 'drill-version':
        labels.push('an older drill file');
        break;
    }
  }
  return labels;
}
