/**
 * A small read-only IMAPS client (RFC 3501 over TLS, RFC 8314): login, EXAMINE (read-only select, RFC 3501 6.3.2),
 * UID FETCH of sizes and of BODY.PEEK[] (6.4.5: PEEK does not set \Seen). It sends no command that changes a
 * mailbox (no SELECT, STORE, COPY, EXPUNGE). Every wait has an idle timeout: a server silent for `timeoutMs`
 * while a command runs gets the connection closed with an ImapTimeout.
 */
import { connect, type TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import { ResponseReader, WireError, quoted, type WireResponse } from './imap-wire.js';

export class ImapTimeout extends Error {
  override name = 'ImapTimeout';
}
export class ImapDisconnect extends Error {
  override name = 'ImapDisconnect';
}
/** A tagged NO/BAD: the server refused the command. */
export class ImapRefused extends Error {
  override name = 'ImapRefused';
}

export interface ImapConnectOptions {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Extra trusted CA certificates (PEM), e.g. a self-signed server's. */
  ca?: string;
  timeoutMs: number;
  /** Largest literal accepted (a message over the scan's size limit is never fetched). */
  maxLiteral: number;
}

export interface CommandResult {
  untagged: WireResponse[];
  text: string;
}

const MAX_LINE = 8 * 1024 * 1024;

export class ImapConnection {
  private reader: ResponseReader;
  private queue: WireResponse[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private tag = 0;
  capabilities = new Set<string>();

  private constructor(
    private readonly sock: TLSSocket,
    private readonly opts: ImapConnectOptions,
  ) {
    this.reader = new ResponseReader(MAX_LINE, opts.maxLiteral);
    sock.on('data', (d: Buffer) => {
      try {
        this.queue.push(...this.reader.push(d));
      } catch (e) {
        this.fail(e instanceof WireError ? e : new ImapDisconnect(String(e)));
      }
      this.wake?.();
    });
    sock.on('error', (e) => this.fail(new ImapDisconnect(e.message)));
    sock.on('close', () => this.fail(new ImapDisconnect('connection closed by the server')));
    // Armed only while waiting for the server (greeting, a command): the scan may pause reading while workers are busy.
    sock.on('timeout', () => this.fail(new ImapTimeout(`no answer from the server for ${opts.timeoutMs} ms`)));
    sock.setTimeout(opts.timeoutMs);
  }

  private fail(e: Error): void {
    if (!this.failure) this.failure = e;
    this.sock.destroy();
    this.wake?.();
  }

  private async next(): Promise<WireResponse> {
    for (;;) {
      const r = this.queue.shift();
      if (r) return r;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
  }

  static async open(opts: ImapConnectOptions): Promise<ImapConnection> {
    const sock = connect({
      host: opts.host,
      port: opts.port,
      ...(isIP(opts.host) ? {} : { servername: opts.host }),
      ...(opts.ca ? { ca: opts.ca } : {}),
      minVersion: 'TLSv1.2',
    });
    const conn = new ImapConnection(sock, opts);
    try {
      const greeting = await conn.next();
      const g = greeting.texts[0] ?? '';
      if (!/^\* (OK|PREAUTH)/i.test(g)) throw new ImapRefused(`server greeting: ${g.slice(0, 200)}`);
      const caps =
        /\[CAPABILITY ([^\]]*)\]/i.exec(g)?.[1] ??
        (await conn.command('CAPABILITY')).untagged
          .map((u) => u.texts[0] ?? '')
          .find((t) => /^\* CAPABILITY /i.test(t))
          ?.slice(13) ??
        '';
      conn.capabilities = new Set(caps.toUpperCase().split(' '));
      if (!/^\* PREAUTH/i.test(g)) await conn.login(opts.user, opts.password);
    } catch (e) {
      sock.destroy();
      throw e;
    }
    conn.sock.setTimeout(0);
    return conn;
  }

  private async login(user: string, password: string): Promise<void> {
    // AUTHENTICATE PLAIN with an initial response (RFC 4959, RFC 4616) works for any UTF-8 password;
    // LOGIN (RFC 3501 6.2.3) needs quotable ASCII.
    if (this.capabilities.has('AUTH=PLAIN') && this.capabilities.has('SASL-IR')) {
      const ir = Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64');
      await this.command(`AUTHENTICATE PLAIN ${ir}`, 'login');
    } else {
      await this.command(`LOGIN ${quoted(user)} ${quoted(password)}`, 'login');
    }
  }

  /** Runs one command and returns its untagged responses; NO/BAD throws ImapRefused. `shown` replaces secrets in errors. */
  async command(line: string, shown = line): Promise<CommandResult> {
    const tag = `s${++this.tag}`;
    this.sock.setTimeout(this.opts.timeoutMs);
    this.sock.write(`${tag} ${line}\r\n`);
    const untagged: WireResponse[] = [];
    for (;;) {
      const r = await this.next();
      const first = r.texts[0] ?? '';
      if (first.startsWith(`${tag} `)) {
        const status = first.slice(tag.length + 1, tag.length + 4).toUpperCase();
        this.sock.setTimeout(0);
        if (status !== 'OK ') throw new ImapRefused(`${shown.split(' ')[0]}: ${first.slice(tag.length + 1, 300)}`);
        return { untagged, text: first };
      }
      if (/^\* BYE/i.test(first)) {
        this.fail(new ImapDisconnect(`server said ${first.slice(2, 200)}`));
        continue;
      }
      untagged.push(r);
    }
  }

  async logout(): Promise<void> {
    try {
      await this.command('LOGOUT');
    } catch {
      /* the server closes the connection after BYE */
    }
    this.sock.destroy();
  }

  destroy(): void {
    this.sock.destroy();
  }
}
