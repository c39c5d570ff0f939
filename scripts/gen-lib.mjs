// Shared helpers for the data generators (scripts/gen-*.mjs): locate shared/, write or --check generated files.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** shared/ sits beside the repository (CI copies it there); SENDER_LENS_SHARED overrides. */
export function sharedDir() {
  const candidates = [process.env.SENDER_LENS_SHARED, resolve(repoRoot, '..', 'shared'), '/work/shared'].filter(Boolean);
  for (const c of candidates) if (existsSync(resolve(c, 'lookalike'))) return c;
  throw new Error(`shared/ not found (tried ${candidates.join(', ')}); set SENDER_LENS_SHARED`);
}

/** Writes each generated file, or with --check compares in memory and exits 1 on drift. */
export function emit(files, argv = process.argv.slice(2)) {
  const check = argv.includes('--check');
  let drift = 0;
  for (const [rel, text] of files) {
    const path = resolve(repoRoot, rel);
    if (check) {
      const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (old !== text) {
        drift++;
        process.stderr.write(`drift: ${rel} differs from what the generator produces\n`);
      }
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      process.stdout.write(`wrote ${rel} (${text.length} chars)\n`);
    }
  }
  if (check) {
    if (drift) process.exit(1);
    process.stdout.write(`ok: ${files.length} generated file(s) up to date\n`);
  }
}
