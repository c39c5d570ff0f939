#!/usr/bin/env node
// Thin launcher: the CLI is built by `npm run build` into dist/cli/.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/sender-lens.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('sender-lens: not built yet; run `npm run build` first\n');
  process.exit(3);
}
await import(built.href);
