/**
 * An IMAP mailbox as a scan source: `imaps://user@host[:port]/MAILBOX` (RFC 5092 form; MAILBOX defaults to INBOX).
 * Read-only: EXAMINE and UID FETCH BODY.PEEK[] only, so no flag changes. Sizes are fetched first: a message over the
 * size limit is never downloaded (fault `oversize`). A dropped connection or a silent server (timeout) is a fault:
 * the source reconnects (up to MAX_RETRIES times in a row, with a growing pause) and fetches what is left; when
 * UIDVALIDITY changed meanwhile (RFC 3501 2.3.1.1), the UIDs are listed again.
 */
import type { MessageSource, ReadContext, ScanItem } from '../types.js';
import { ImapConnection, ImapRefused, ImapTimeout, type ImapConnectOptions } from './imap-client.js';
import { parseFetch, quoted } from './imap-wire.js';

const MAX_RETRIES = 5;
/** Messages and bytes per UID FETCH of bodies. */
const BATCH_MESSAGES = 25;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface ImapTarget {
  host: string;
  port: number;
  user: string;
  mailbox: string;
}

/** Parses `imaps://user@host:port/MAILBOX`. A password in the URL is refused: it would show in `ps` and shell history. */
export function parseImapUrl(source: string): ImapTarget | { error: string } {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return { error: `not a URL: ${source}` };
  }
  if (url.protocol === 'imap:') return { error: 'plain imap:// is not supported: use imaps:// (the password must not travel in clear)' };
  if (url.protocol !== 'imaps:') return { error: `not an IMAPS URL: ${source}` };
  if (url.password) return { error: 'never put the password in the URL: use --password-file FILE or SENDER_LENS_IMAP_PASSWORD' };
  if (!url.username) return { error: 'the URL needs a user: imaps://user@host/INBOX' };
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, '').replace(/;.*$/, '')) || 'INBOX';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 993,
    user: decodeURIComponent(url.username),
    mailbox,
  };
}

interface Listing {
  uidValidity: string;
  uids: { uid: number; size: number }[];
}

export interface ImapSourceOptions extends Omit<ImapConnectOptions, 'host' | 'port' | 'user'> {
  /** Pause before reconnect attempt n is retryPauseMs * n. */
  retryPauseMs: number;
}

export async function openImap(target: ImapTarget, opts: ImapSourceOptions): Promise<MessageSource & { reconnects(): number }> {
  const connectOpts: ImapConnectOptions = { ...opts, host: target.host, port: target.port, user: target.user };
  const where = `imaps://${target.user}@${target.host}:${target.port}/${target.mailbox}`;
  let conn: ImapConnection | null = null;
  let listing: Listing | null = null;
  let reconnects = 0;

  const examine = async (c: ImapConnection): Promise<Listing> => {
    const ex = await c.command(`EXAMINE ${quoted(target.mailbox)}`);
    const texts = ex.untagged.map((u) => u.texts[0] ?? '');
    const uidValidity = texts.map((t) => /\[UIDVALIDITY (\d+)\]/i.exec(t)?.[1]).find(Boolean) ?? '0';
    const exists = Number(texts.map((t) => /^\* (\d+) EXISTS/i.exec(t)?.[1]).find(Boolean) ?? 0);
    const uids: Listing['uids'] = [];
    if (exists > 0) {
      for (const r of (await c.command('UID FETCH 1:* (UID RFC822.SIZE)')).untagged) {
        const f = parseFetch(r);
        if (f) uids.push({ uid: Number(f.data.get('UID')), size: Number(f.data.get('RFC822.SIZE')) });
      }
    }
    uids.sort((a, b) => a.uid - b.uid);
    return { uidValidity, uids };
  };
  const connect = async (): Promise<{ c: ImapConnection; l: Listing }> => {
    const c = await ImapConnection.open(connectOpts);
    try {
      return { c, l: await examine(c) };
    } catch (e) {
      c.destroy();
      throw e;
    }
  };

  // The first connection is made now: a wrong host, certificate, password or mailbox is an input error (exit 3).
  ({ c: conn, l: listing } = await connect());

  return {
    total: () => listing?.uids.length ?? null,
    reconnects: () => reconnects,
    async *messages(ctx: ReadContext): AsyncIterable<ScanItem> {
      const done = new Set<number>();
      let failures = 0;
      for (;;) {
        const l = listing!;
        const key = (uid: number): string => `imap:${where}:${l.uidValidity}:${uid}`;
        const todo = l.uids.filter((u) => !done.has(u.uid) && !ctx.skip(key(u.uid)));
        try {
          let i = 0;
          while (i < todo.length) {
            const batch: number[] = [];
            let bytes = 0;
            for (; i < todo.length && batch.length < BATCH_MESSAGES && (bytes < BATCH_BYTES || !batch.length); i++) {
              const u = todo[i]!;
              if (u.size > ctx.maxBytes) {
                ctx.fault({
                  kind: 'oversize',
                  where: `${where};UID=${u.uid}`,
                  detail: `${u.size} bytes, limit ${ctx.maxBytes} (--max-size)`,
                });
                done.add(u.uid);
                continue;
              }
              batch.push(u.uid);
              bytes += u.size;
            }
            if (!batch.length) continue;
            const res = await conn!.command(`UID FETCH ${batch.join(',')} (UID BODY.PEEK[])`);
            failures = 0;
            for (const r of res.untagged) {
              const f = parseFetch(r);
              const body = f?.data.get('BODY[]');
              const uid = Number(f?.data.get('UID'));
              if (!f || !Buffer.isBuffer(body) || !batch.includes(uid)) continue;
              done.add(uid);
              yield {
                key: key(uid),
                mailbox: where,
                file: `${where};UIDVALIDITY=${l.uidValidity}/;UID=${uid}`,
                raw: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
              };
            }
            for (const uid of batch) {
              if (!done.has(uid)) {
                ctx.fault({
                  kind: 'server-error',
                  where: `${where};UID=${uid}`,
                  detail: 'the server returned no body (message deleted meanwhile?)',
                });
                done.add(uid);
              }
            }
          }
          await conn!.logout();
          return;
        } catch (e) {
          if (e instanceof ImapRefused) {
            ctx.fault({ kind: 'server-error', where, detail: e.message });
          } else {
            ctx.fault({ kind: e instanceof ImapTimeout ? 'timeout' : 'disconnect', where, detail: (e as Error).message });
          }
          conn?.destroy();
          // Reconnect and go on with what is left.
          for (;;) {
            failures++;
            if (failures > MAX_RETRIES) {
              const left = listing!.uids.filter((u) => !done.has(u.uid) && !ctx.skip(key(u.uid))).length;
              ctx.fault({
                kind: 'disconnect',
                where,
                detail: `gave up after ${MAX_RETRIES} reconnect attempts; ${left} messages not scanned (run again with --resume)`,
              });
              return;
            }
            await new Promise((r) => setTimeout(r, opts.retryPauseMs * failures));
            try {
              const { c, l: fresh } = await connect();
              reconnects++;
              conn = c;
              if (fresh.uidValidity !== listing!.uidValidity) done.clear();
              listing = fresh;
              break;
            } catch (e2) {
              ctx.fault({
                kind: e2 instanceof ImapTimeout ? 'timeout' : 'disconnect',
                where,
                detail: `reconnect: ${(e2 as Error).message}`,
              });
            }
          }
        }
      }
    },
    close: async () => {
      conn?.destroy();
    },
  };
}
