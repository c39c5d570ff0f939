/**
 * A minimal IMAP4rev1 client (RFC 3501) for the e2e test: fetches the exact bytes the server holds for one UID,
 * independently of Roundcube, so the test can compare them with what the extension analyzed.
 */
import { connect } from 'node:net';

const MAX_BYTES = 16 * 1024 * 1024;

/** UID FETCH <uid> BODY.PEEK[] (RFC 3501 6.4.5/6.4.8), returning the literal's bytes. */
export async function imapFetchRaw(port: number, user: string, pass: string, uid: number, timeoutMs = 10_000): Promise<Uint8Array> {
  const sock = connect(port, '127.0.0.1');
  let buf = Buffer.alloc(0);
  let waiter: (() => void) | null = null;
  sock.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    if (buf.length > MAX_BYTES) sock.destroy(new Error('IMAP response too large'));
    waiter?.();
  });
  let failure: Error | null = null;
  sock.on('error', (e) => {
    failure = e;
    waiter?.();
  });
  const timer = setTimeout(() => sock.destroy(new Error('IMAP timeout')), timeoutMs);
  const until = async (done: () => boolean): Promise<void> => {
    while (!done()) {
      if (failure) throw failure;
      await new Promise<void>((r) => {
        waiter = r;
      });
      waiter = null;
    }
  };
  /** Waits for the tagged completion line `tag OK`, returning everything received up to it. */
  const command = async (tag: string, line: string): Promise<Buffer> => {
    buf = Buffer.alloc(0);
    sock.write(`${tag} ${line}\r\n`);
    const re = new RegExp(`(^|\\r\\n)${tag} (OK|NO|BAD)[^\\r]*\\r\\n`);
    await until(() => re.test(buf.toString('latin1')));
    const status = re.exec(buf.toString('latin1'))![2];
    if (status !== 'OK') throw new Error(`IMAP ${line.split(' ')[0]} failed: ${buf.toString('latin1').slice(-200)}`);
    return buf;
  };
  try {
    await until(() => buf.includes('\r\n'));
    const quote = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;
    await command('a1', `LOGIN ${quote(user)} ${quote(pass)}`);
    await command('a2', 'EXAMINE INBOX');
    const resp = await command('a3', `UID FETCH ${uid} BODY.PEEK[]`);
    // `* n FETCH (UID u BODY[] {size}\r\n<size bytes>)`
    const head = /BODY\[\] \{(\d+)\}\r\n/.exec(resp.toString('latin1'));
    if (!head) throw new Error(`no literal for UID ${uid}`);
    const start = head.index + head[0].length;
    const size = Number(head[1]);
    sock.write('a4 LOGOUT\r\n');
    return new Uint8Array(resp.subarray(start, start + size));
  } finally {
    clearTimeout(timer);
    sock.destroy();
  }
}
