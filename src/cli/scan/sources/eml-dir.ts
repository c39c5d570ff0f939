/** A folder of `.eml` files (one raw message each), searched recursively up to MAX_DEPTH levels, in name order. */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { MessageSource, ReadContext, ScanItem } from '../types.js';
import { readMessageFile } from './files.js';

const MAX_DEPTH = 8;

async function listEml(dir: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await listEml(p, depth + 1, out);
    else if (e.isFile() && /\.eml$/i.test(e.name)) out.push(p);
  }
}

export async function openEmlDir(root: string): Promise<MessageSource> {
  const files: string[] = [];
  await listEml(root, 0, files);
  return {
    total: () => files.length,
    async *messages(ctx: ReadContext): AsyncIterable<ScanItem> {
      for (const path of files) {
        const key = `eml:${relative(root, path)}`;
        if (ctx.skip(key)) continue;
        if (ctx.deferRead) {
          yield { key, mailbox: join(path, '..'), file: path, path };
          continue;
        }
        const raw = await readMessageFile(path, ctx);
        if (raw) yield { key, mailbox: join(path, '..'), file: path, raw };
      }
    },
    close: async () => {},
  };
}
