/**
 * An mbox file (mboxo/mboxrd, RFC 4155), streamed: a message starts after a `From ` line that begins the file or
 * follows an empty line; one `>` is removed from `>From ` body lines (mboxrd unescaping). Damage never stops the
 * read: bytes before the first `From ` line, a separator line longer than MAX_FROM_LINE, and a message without a
 * header are reported as `corrupt`; a message over the size limit is skipped to the next separator (`oversize`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { MessageSource, ReadContext, ScanItem } from '../types.js';

const MAX_FROM_LINE = 1000;
const CHUNK = 1024 * 1024;
const FROM = Buffer.from('From ');

/** Offset of the next separator (`From ` at a line start after an empty line) at or after `from`, or -1. */
export function nextSeparator(buf: Buffer, from: number): number {
  for (let i = buf.indexOf('\nFrom ', Math.max(0, from - 1)); i >= 0; i = buf.indexOf('\nFrom ', i + 1)) {
    if (buf[i - 1] === 10 || (buf[i - 1] === 13 && buf[i - 2] === 10)) return i + 1;
  }
  return -1;
}

/** mboxrd: `>From ` (any number of `>`) loses one `>` (RFC 4155 appendix A). Also drops the separator's blank line. */
export function unescapeMbox(msg: Buffer, separatorFollows = true): Uint8Array {
  let body = msg;
  // The empty line before the next separator belongs to the format (at the end of the file only when it is there).
  const blank =
    body.length > 1 &&
    body[body.length - 1] === 10 &&
    (separatorFollows || body[body.length - 2] === 10 || (body[body.length - 2] === 13 && body[body.length - 3] === 10));
  if (blank) body = body.subarray(0, body[body.length - 2] === 13 ? -2 : -1);
  if (!body.includes('\n>')) return new Uint8Array(body);
  const text = body.toString('latin1').replace(/^>(>*From )/gm, '$1');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

function looksLikeHeader(msg: Uint8Array): boolean {
  const firstLine = Buffer.from(msg.subarray(0, Math.min(msg.length, 1000)))
    .toString('latin1')
    .split('\n', 1)[0]!;
  return /^[!-9;-~]+:/.test(firstLine);
}

export async function openMbox(path: string): Promise<MessageSource> {
  if (!(await stat(path)).isFile()) throw new Error(`${path}: not a file`);
  let seen: number | null = null;
  return {
    total: () => seen,
    async *messages(ctx: ReadContext): AsyncIterable<ScanItem> {
      let buf: Buffer = Buffer.alloc(0);
      let base = 0; // file offset of buf[0]
      let start = -1; // offset in buf where the current message's bytes begin (after its From line), -1 = none yet
      let msgOffset = 0; // file offset of the current message's From line
      let skipping = false;
      let count = 0;
      const emit = function* (end: number, atEof = false): Generator<ScanItem> {
        if (start < 0) return;
        count++;
        const key = `mbox:${msgOffset}`;
        if (skipping || ctx.skip(key)) return;
        if (end - start > ctx.maxBytes) {
          ctx.fault({ kind: 'oversize', where: `${path}#${msgOffset}`, detail: `more than ${ctx.maxBytes} bytes (--max-size)` });
          return;
        }
        const raw = unescapeMbox(buf.subarray(start, end), !atEof);
        if (!raw.length || !looksLikeHeader(raw)) {
          ctx.fault({ kind: 'corrupt', where: `${path}#${msgOffset}`, detail: 'message without a header' });
          return;
        }
        yield { key, mailbox: path, file: `${path}#${msgOffset}`, raw };
      };
      /** Handles the separator at buf offset `sep`: closes the current message, opens the next. False = need more bytes. */
      const openAt = (sep: number): boolean => {
        const eol = buf.indexOf(10, sep);
        if (eol < 0) {
          if (buf.length - sep > MAX_FROM_LINE) throw new Error('separator line too long');
          return false;
        }
        msgOffset = base + sep;
        start = eol + 1;
        skipping = false;
        return true;
      };
      let pos = 0;
      let corruptStart = true;
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
        buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
        if (corruptStart) {
          // RFC 4155: the file starts with a From line; anything before the first one is damage.
          const first = buf.subarray(0, FROM.length).equals(FROM) ? 0 : nextSeparator(buf, 0);
          if (first < 0 && buf.length < 64 * 1024) continue;
          if (first !== 0)
            ctx.fault({
              kind: 'corrupt',
              where: `${path}#0`,
              detail: `${first < 0 ? buf.length : first} bytes before the first From line`,
            });
          if (first < 0) {
            base += buf.length;
            buf = Buffer.alloc(0);
            continue;
          }
          corruptStart = false;
          try {
            if (!openAt(first)) continue;
          } catch (e) {
            ctx.fault({ kind: 'corrupt', where: `${path}#${first}`, detail: (e as Error).message });
            continue;
          }
          pos = start;
        }
        let waiting = false;
        for (;;) {
          const sep = nextSeparator(buf, pos);
          if (sep < 0) break;
          yield* emit(sep);
          skipping = false;
          let opened = false;
          try {
            opened = openAt(sep);
          } catch (e) {
            ctx.fault({ kind: 'corrupt', where: `${path}#${base + sep}`, detail: (e as Error).message });
            pos = sep + FROM.length;
            continue;
          }
          if (!opened) {
            start = -1;
            pos = sep - 1;
            waiting = true;
            break;
          }
          pos = start;
        }
        if (!waiting) pos = Math.max(pos, buf.length - 8); // the rest was searched: only a separator split by the chunk end is left
        if (start >= 0 && !skipping && buf.length - start > ctx.maxBytes) {
          ctx.fault({ kind: 'oversize', where: `${path}#${msgOffset}`, detail: `more than ${ctx.maxBytes} bytes (--max-size)` });
          skipping = true;
        }
        // Keep only what the current message (or the unfinished separator) still needs.
        const keepFrom = skipping ? Math.max(start, buf.length - MAX_FROM_LINE) : start >= 0 ? start : Math.max(0, pos - 3);
        if (keepFrom > 0) {
          buf = buf.subarray(keepFrom);
          base += keepFrom;
          pos -= keepFrom;
          if (start >= 0) start -= keepFrom;
          if (pos < 0) pos = 0;
        }
        if (skipping) start = 0;
      }
      if (corruptStart && buf.length) ctx.fault({ kind: 'corrupt', where: `${path}#0`, detail: 'no From line: not an mbox file' });
      yield* emit(buf.length, true);
      seen = count;
    },
    close: async () => {},
  };
}
