/**
 * Facts fixed when the CLI is bundled (scripts/build.mjs defines them).
 * Under tsx or vitest nothing is defined and the values are null.
 */
declare const __RAPPORT_BUILD_ID__: string;

/**
 * A hash of the sources the bundle was built from; caches keyed on it are
 * dropped whenever the code (say, the scenario loader's rules) changes.
 */
export const BUILD_ID: string | null = typeof __RAPPORT_BUILD_ID__ === 'string' ? __RAPPORT_BUILD_ID__ : null;
