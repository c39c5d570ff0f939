// Fitting of the machine-made-sender character model (src/core/rules/machine-made/char-model.ts) on legitimate mail of
// the training corpus: shared by the generator (gen-sender-ngrams.mjs) and the leave-one-source-out evaluation
// (eval-random-sender.mjs). Reads shared/corpus/train (MANIFEST.tsv label `ham`) through the project's own parser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDir } from './gen-lib.mjs';
import { parseMessage } from '../src/core/parse/mime/parse-message.ts';
import { DEFAULT_LIMITS } from '../src/core/deps.ts';
import { emptyModel, addToModel, modelForm } from '../src/core/rules/machine-made/char-model.ts';
import { localPartTokens, textTokens } from '../src/core/rules/machine-made/sender-tokens.ts';

/** Trigrams seen fewer times than this are not shipped (no rare string of a message can be read back). */
export const MIN_COUNT = 2;

/** Pool of a manifest row, list archives grouped (`list:*`). */
export function poolOf(row) {
  return row.pool.startsWith('list:') ? 'list:*' : row.pool;
}

export function manifest(split) {
  const dir = split === 'train' ? resolve(sharedDir(), 'corpus', 'train') : resolve(sharedDir(), 'corpus');
  const lines = readFileSync(resolve(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    const row = Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
    return { ...row, path: resolve(dir, row.file) };
  });
}

/** The sender tokens of one message: From local part, From display name, subject. */
export async function senderTokens(path) {
  const msg = await parseMessage(new Uint8Array(readFileSync(path)), DEFAULT_LIMITS);
  return {
    local: localPartTokens(msg.from?.local ?? ''),
    name: textTokens(msg.from?.name ?? ''),
    subject: textTokens(msg.subject ?? ''),
  };
}

/** Fits the model on the given messages' tokens; returns the shipped table text (`abc 12 abd 3 ...`). */
export function fitTable(tokenSets) {
  const m = emptyModel();
  for (const t of tokenSets)
    for (const tok of [...t.local, ...t.name, ...t.subject]) {
      const form = modelForm(tok);
      if (form && form.length >= 2) addToModel(m, form);
    }
  return [...m.tri.entries()]
    .filter(([, n]) => n >= MIN_COUNT)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => `${k} ${n}`)
    .join(' ');
}
