/**
 * Reading one message file where it is analyzed (a scan worker thread, so the main thread never touches message
 * bytes): the size limit is checked on the open file before reading, errors become faults.
 *
 * Asynchronous on purpose: a worker analyzes a few messages at once (worker.ts), so the next files are read on
 * libuv's thread pool while the current one is analyzed. With a blocking read the worker thread waited for every
 * open/fstat/read/close itself: in a 2-worker scan profile of 2000 Maildir messages, `readSync` was 15% of each
 * worker thread's samples on a loaded machine (file system calls are slow here, and slower under load).
 */
import { open } from 'node:fs/promises';
import type { ScanFault } from '../types.js';

export async function loadMessageFile(path: string, maxBytes: number): Promise<{ raw: Uint8Array } | { fault: ScanFault }> {
  let file: Awaited<ReturnType<typeof open>> | null = null;
  try {
    file = await open(path, 'r');
    const size = (await file.stat()).size;
    if (size > maxBytes) return { fault: { kind: 'oversize', where: path, detail: `${size} bytes, limit ${maxBytes} (--max-size)` } };
    // Its own ArrayBuffer (not a pooled Buffer slice): transferable, and the size the file had when opened.
    const raw = new Uint8Array(size);
    let n = 0;
    while (n < size) {
      const { bytesRead } = await file.read(raw, n, size - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    return { raw: n === size ? raw : raw.slice(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { fault: { kind: 'read-error', where: path, detail: code ?? (e as Error).message } };
  } finally {
    await file?.close().catch(() => undefined);
  }
}
