/** Reading one message file for a directory source: size limit checked before reading, errors become faults. */
import { readFile, stat } from 'node:fs/promises';
import type { ReadContext } from '../types.js';

export async function readMessageFile(path: string, ctx: ReadContext): Promise<Uint8Array | null> {
  try {
    const st = await stat(path);
    if (st.size > ctx.maxBytes) {
      ctx.fault({ kind: 'oversize', where: path, detail: `${st.size} bytes, limit ${ctx.maxBytes} (--max-size)` });
      return null;
    }
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.fault({ kind: 'read-error', where: path, detail: code ?? (e as Error).message });
    return null;
  }
}
