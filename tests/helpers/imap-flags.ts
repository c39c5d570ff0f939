/**
 * An independent check of what a mailbox's flags are: one IMAPS session (LOGIN, EXAMINE, UID FETCH 1:* (UID FLAGS),
 * RFC 3501), parsed with a regex, sharing no code with the scanner's client.
 */
import { connect } from 'node:tls';

export async function imapFlags(port: number, ca: string, user: string, pass: string): Promise<Map<number, string[]>> {
  const sock = connect({ host: '127.0.0.1', port, ca });
  let text = '';
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  sock.on('data', (d: Buffer) => {
    text += d.toString('latin1');
    wake?.();
  });
  sock.on('error', (e) => {
    failure = e;
    wake?.();
  });
  const timer = setTimeout(() => sock.destroy(new Error('IMAP flags check timed out')), 20_000);
  const until = async (re: RegExp): Promise<string> => {
    while (!re.test(text)) {
      if (failure) throw failure;
      await new Promise<void>((r) => {
        wake = r;
      });
    }
    return text;
  };
  const q = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;
  try {
    await until(/^\* OK/m);
    sock.write(`f1 LOGIN ${q(user)} ${q(pass)}\r\n`);
    await until(/^f1 (OK|NO|BAD)/m);
    if (!/^f1 OK/m.test(text)) throw new Error(`login failed: ${text.slice(-200)}`);
    sock.write('f2 EXAMINE INBOX\r\n');
    await until(/^f2 OK/m);
    text = '';
    sock.write('f3 UID FETCH 1:* (UID FLAGS)\r\n');
    const out = await until(/^f3 (OK|NO|BAD)[^\r]*\r\n/m);
    sock.write('f4 LOGOUT\r\n');
    const flags = new Map<number, string[]>();
    for (const m of out.matchAll(/^\* \d+ FETCH \((.*)\)\r$/gm)) {
      const uid = /UID (\d+)/.exec(m[1]!)?.[1];
      const f = /FLAGS \(([^)]*)\)/.exec(m[1]!)?.[1];
      if (uid && f !== undefined) flags.set(Number(uid), f.split(' ').filter(Boolean).sort());
    }
    return flags;
  } finally {
    clearTimeout(timer);
    sock.destroy();
  }
}
