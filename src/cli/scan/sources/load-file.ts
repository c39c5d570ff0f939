/**
 * Reading one message file where it is analyzed (a scan worker thread, so the main thread never touches message
 * bytes): the size limit is checked on the open file before reading, errors become faults. Synchronous on purpose:
 * the worker has nothing else to do meanwhile, and one open/fstat/read/close costs less than the async round trips.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ScanFault } from '../types.js';

export function loadMessageFile(path: string, maxBytes: number): { raw: Uint8Array } | { fault: ScanFault } {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { fault: { kind: 'oversize', where: path, detail: `${size} bytes, limit ${maxBytes} (--max-size)` } };
    // Its own ArrayBuffer (not a pooled Buffer slice): transferable, and the size the file had when opened.
    const raw = new Uint8Array(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, raw, n, size - n, null);
      if (got === 0) break;
      n += got;
    }
    return { raw: n === size ? raw : raw.slice(0, n) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { fault: { kind: 'read-error', where: path, detail: code ?? (e as Error).message } };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
