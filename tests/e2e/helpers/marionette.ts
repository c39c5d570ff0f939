/**
 * A minimal Marionette client (Gecko's remote protocol): length-prefixed JSON over TCP on loopback.
 * Commands are `[0, id, name, params]`, replies `[1, id, error, result]`.
 */
import net from 'node:net';

export class MarionetteError extends Error {}

export class Marionette {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private hello: Promise<void>;

  private constructor(private readonly sock: net.Socket) {
    let gotHello: () => void = () => undefined;
    this.hello = new Promise((r) => (gotHello = r));
    let first = true;
    sock.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      for (;;) {
        const colon = this.buf.indexOf(0x3a);
        if (colon < 0) return;
        const len = Number(this.buf.subarray(0, colon).toString('ascii'));
        if (this.buf.length < colon + 1 + len) return;
        const packet = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + len).toString('utf8')) as unknown;
        this.buf = this.buf.subarray(colon + 1 + len);
        if (first) {
          first = false;
          gotHello();
          continue;
        }
        if (Array.isArray(packet) && packet[0] === 1) {
          const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
          const p = this.pending.get(id);
          this.pending.delete(id);
          if (!p) continue;
          if (error) p.reject(new MarionetteError(`${error.error}: ${error.message}`));
          else p.resolve(result);
        }
      }
    });
    sock.on('close', () => {
      for (const p of this.pending.values()) p.reject(new MarionetteError('connection closed'));
      this.pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const sock = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      sock.once('connect', resolve);
      sock.once('error', reject);
    });
    const m = new Marionette(sock);
    await m.hello;
    return m;
  }

  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    this.sock.write(`${body.length}:`);
    this.sock.write(body);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  async newSession(): Promise<void> {
    await this.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { 'moz:webdriverClick': true } } });
    await this.send('Marionette:SetContext', { value: 'chrome' });
  }

  /** Runs privileged JS in the chrome context as an async function body (`await` allowed, `return` the result). */
  async exec<T = unknown>(script: string, args: unknown[] = [], timeoutMs = 30_000): Promise<T> {
    await this.send('WebDriver:SetTimeouts', { script: timeoutMs });
    const wrapped = `const __args = arguments; return (async (...arguments_) => { const args = arguments_; ${script}\n})(...__args);`;
    const res = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script: wrapped, args });
    return res.value;
  }

  async quit(): Promise<void> {
    try {
      await this.send('Marionette:Quit', { flags: ['eForceQuit'] });
    } catch {
      // The connection drops while quitting.
    }
    this.sock.destroy();
  }

  close(): void {
    this.sock.destroy();
  }
}
