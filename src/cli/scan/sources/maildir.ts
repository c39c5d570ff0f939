/**
 * A Maildir (cur/ and new/) and its Maildir++ subfolders (`.Name/` with their own cur/ and new/). The resume key
 * is the folder plus the file name's unique part: the `:2,FLAGS` info suffix changes when a client sets a flag.
 * Files are read, never renamed or moved (scanning does not mark anything as seen).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessageSource, ReadContext, ScanItem } from '../types.js';
import { readMessageFile } from './files.js';

export async function isMaildir(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, 'cur'))).isDirectory() && (await stat(join(dir, 'new'))).isDirectory();
  } catch {
    return false;
  }
}

const uniquePart = (name: string): string => name.replace(/[:;!]2,.*$/, '');

export async function openMaildir(root: string): Promise<MessageSource> {
  const folders: { name: string; dir: string }[] = [{ name: '', dir: root }];
  for (const e of (await readdir(root, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && e.name.startsWith('.') && e.name !== '.' && e.name !== '..' && (await isMaildir(join(root, e.name)))) {
      folders.push({ name: e.name, dir: join(root, e.name) });
    }
  }
  const files: { folder: string; mailbox: string; path: string; name: string }[] = [];
  for (const f of folders) {
    for (const sub of ['cur', 'new']) {
      const names = (await readdir(join(f.dir, sub), { withFileTypes: true }))
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => e.name);
      for (const name of names.sort()) files.push({ folder: f.name, mailbox: f.dir, path: join(f.dir, sub, name), name });
    }
  }
  return {
    total: () => files.length,
    async *messages(ctx: ReadContext): AsyncIterable<ScanItem> {
      for (const f of files) {
        const key = `maildir:${f.folder}/${uniquePart(f.name)}`;
        if (ctx.skip(key)) continue;
        if (ctx.deferRead) {
          yield { key, mailbox: f.mailbox, file: f.path, path: f.path };
          continue;
        }
        const raw = await readMessageFile(f.path, ctx);
        if (raw) yield { key, mailbox: f.mailbox, file: f.path, raw };
      }
    },
    close: async () => {},
  };
}
