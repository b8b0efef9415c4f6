#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build` (run by `prepare`).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write('rapport: the CLI is not built yet. Run `npm install` (or `npm run build`) first.\n');
    process.exit(1);
  }
  throw error;
});
