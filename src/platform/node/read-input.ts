import { readFile } from 'node:fs/promises';
import { concatBytes } from '../../core/text/bytes/concat.js';

export class InputError extends Error {
  override name = 'InputError';
}

/** Largest message the CLI accepts; beyond it the file is refused with a clear error (not read into memory). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a file (or stdin for `-`) as exact bytes. Errors become InputError with a plain message. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of stdin) {
      total += chunk.length;
      if (total > MAX_INPUT_BYTES) throw new InputError(`stdin: larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(chunk);
    }
    return concatBytes(chunks);
  }
  try {
    const { stat } = await import('node:fs/promises');
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (st.size > MAX_INPUT_BYTES) throw new InputError(`${path}: larger than ${MAX_INPUT_BYTES} bytes`);
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
}

export async function readTextFile(path: string): Promise<string> {
  return new TextDecoder().decode(await readInput(path));
}
