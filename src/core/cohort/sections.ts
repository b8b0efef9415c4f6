/**
 * The cohort report's sections, named once for every format: the Markdown
 * headings and the HTML headings read the same, and a link to a section
 * (`cohort.md#flags`, `cohort.html#flags`) finds it in either.
 */

/** Each section's heading, in report order. */
export const SECTION_TITLES = {
  ranking: 'Ranking',
  practise: 'Practise next',
  scenarios: 'Scenarios',
  skills: 'Skills',
  costlyTurns: 'Turns most trainees lost points on',
  flags: 'Flags',
  superseded: 'Same trainee twice (latest wins)',
  rejected: 'Rejected files',
} as const;

export type Section = keyof typeof SECTION_TITLES;

/**
 * The anchor a Markdown renderer gives a heading (GitHub's and GitLab's
 * rule): lower case, punctuation dropped, each space a hyphen. The HTML
 * report gives its sections the same ids.
 * @example headingAnchor('Same trainee twice (latest wins)') → 'same-trainee-twice-latest-wins'
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** A section's anchor (its id in the HTML, its heading's anchor in the Markdown). */
export function sectionAnchor(section: Section): string {
  return headingAnchor(SECTION_TITLES[section]);
}
