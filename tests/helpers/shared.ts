/**
 * Where the project's shared material lives: `../shared` beside the repository (as on developer machines and
 * in CI), or SENDER_LENS_SHARED. Tests and scripts never hard-code an absolute path.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = process.env.SENDER_LENS_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
