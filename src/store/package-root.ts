/**
 * Where the Rapport package itself lives (for built-in scenarios and the
 * version), found from this module's location so it works from `src/` under
 * tsx and from the bundle in `dist/` alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_ID } from '../build-info.js';

let cached: { root: string; version: string } | undefined;

function locate(): { root: string; version: string } {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'rapport') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Rapport's package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Absolute path of the package root (the folder with Rapport's package.json). */
export function packageRoot(): string {
  return locate().root;
}

/** The package version from package.json. */
export function packageVersion(): string {
  return locate().version;
}

/**
 * The Rapport that scores: the package version and, in a built CLI, the build
 * (a hash of its sources), as in "0.1.0+d9134ae16e59903b". Two builds of one
 * version can score the same replies differently, so a submission records it.
 */
export function scorerVersion(): string {
  return BUILD_ID ? `${packageVersion()}+${BUILD_ID}` : packageVersion();
}

/** The built-in scenarios folder shipped with the package. */
export function builtInScenariosDir(): string {
  return path.join(packageRoot(), 'scenarios');
}
