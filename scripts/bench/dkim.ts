/**
 * DKIM verification throughput: Sender Lens vs mailauth (dev dependency) on the same ~20 KiB
 * relaxed/relaxed rsa-sha256 messages signed in memory with an in-memory RSA-2048 key.
 * Run: `npx tsx scripts/bench/dkim.ts`, or import and call `run()`. Target: >= 1.5x mailauth.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { verifyDkim } from '../../src/core/auth/dkim/index.js';
import type { CryptoLike } from '../../src/core/deps.js';
import type { DnsResult, Resolver, RRType } from '../../src/core/dns/types.js';

interface MailauthSign {
  dkimSign(input: Buffer, opts: unknown): Promise<{ signatures: string; errors: unknown[] }>;
}
interface MailauthVerify {
  dkimVerify(input: Buffer, opts: unknown): Promise<{ results: { status: { result: string } }[] }>;
}

const require = createRequire(import.meta.url);
const { dkimSign } = require('mailauth/lib/dkim/sign') as MailauthSign;
const { dkimVerify } = require('mailauth/lib/dkim/verify') as MailauthVerify;

const DOMAIN = 'bench.example';
const SELECTOR = 's2048';
const MESSAGES = 8;
const TARGET_BYTES = 20 * 1024;

function makeMessage(n: number): string {
  const head = [
    `From: "Bench Sender" <sender@${DOMAIN}>`,
    'To: recipient@example.org',
    `Subject: Benchmark message ${n}  with   spaces`,
    `Date: Tue, 14 Nov 2023 10:00:0${n % 10} +0000`,
    `Message-ID: <bench-${n}@${DOMAIN}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join('\r\n');
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const line = `Line ${i} of message ${n}:\tsome  text with \t mixed   whitespace and trailing blanks   `;
    lines.push(line);
    size += line.length + 2;
  }
  return `${head}\r\n\r\n${lines.join('\r\n')}\r\n\r\n\r\n`;
}

function txtResolver(record: string): Resolver {
  return {
    query(name: string, type: RRType): Promise<DnsResult> {
      const ok = name === `${SELECTOR}._domainkey.${DOMAIN}` && type === 'TXT';
      return Promise.resolve({
        name,
        type,
        status: ok ? 'ok' : 'nxdomain',
        cnames: [],
        ad: false,
        records: ok ? [{ type: 'TXT', name, ttl: 300, strings: record.match(/.{1,255}/g) ?? [] }] : [],
      });
    },
  };
}

/** Runs `fn` for `ms` milliseconds; returns verifications per second. */
async function rate(ms: number, fn: (i: number) => Promise<void>): Promise<{ rate: number; n: number }> {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) await fn(n++);
  return { rate: (n * 1000) / (performance.now() - t0), n };
}

/**
 * Interleaved rounds (A, B, A, B...) so a busy machine slows both alike; reports the median round of each.
 */
async function compare(
  rounds: number,
  ms: number,
  a: (i: number) => Promise<void>,
  b: (i: number) => Promise<void>,
): Promise<[number, number]> {
  for (let i = 0; i < 20; i++) {
    await a(i);
    await b(i);
  }
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ra.push((await rate(ms, a)).rate);
    rb.push((await rate(ms, b)).rate);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(ra), median(rb)];
}

async function signAll(): Promise<{ record: string; signed: Buffer[] }> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
  const signed: Buffer[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const msg = Buffer.from(makeMessage(i));
    const s = await dkimSign(msg, {
      canonicalization: 'relaxed/relaxed',
      algorithm: 'rsa-sha256',
      signatureData: [{ signingDomain: DOMAIN, selector: SELECTOR, privateKey: pem }],
    });
    signed.push(Buffer.concat([Buffer.from(s.signatures), msg]));
  }
  return { record, signed };
}

export async function run(): Promise<void> {
  const now = () => 1_700_000_000_000;
  let setup = await signAll();
  const mailauthResolverFor = (record: string) => (name: string) =>
    Promise.resolve(name === `${SELECTOR}._domainkey.${DOMAIN}` ? [record.match(/.{1,255}/g) ?? []] : []);
  // Both verifiers must agree that every message verifies before anything is timed.
  for (let attempt = 1; ; attempt++) {
    const ctx = { resolver: txtResolver(setup.record), crypto: globalThis.crypto as unknown as CryptoLike, now };
    const problems: string[] = [];
    for (const m of setup.signed) {
      const ours = await verifyDkim({ raw: new Uint8Array(m) }, ctx);
      const theirs = await dkimVerify(m, { resolver: mailauthResolverFor(setup.record) });
      if (ours[0]?.result !== 'pass' || theirs.results[0]?.status.result !== 'pass') {
        problems.push(`ours=${ours[0]?.result} (${ours[0]?.reason}) mailauth=${JSON.stringify(theirs.results[0]?.status)}`);
      }
    }
    if (problems.length === 0) break;
    console.log(`setup attempt ${attempt}: ${problems.length} signed message(s) not verified: ${problems[0]}`);
    if (attempt >= 3) throw new Error('setup failed');
    setup = await signAll();
  }
  const { record, signed } = setup;
  const ctx = { resolver: txtResolver(record), crypto: globalThis.crypto as unknown as CryptoLike, now };
  const mailauthResolver = mailauthResolverFor(record);
  const raws = signed.map((b) => new Uint8Array(b));
  console.log(`DKIM verify, ${MESSAGES} messages of ~${(signed[0]!.length / 1024).toFixed(1)} KiB, rsa-sha256 2048, relaxed/relaxed`);
  const [ours, theirs] = await compare(
    7,
    400,
    async (i) => {
      const r = await verifyDkim({ raw: raws[i % MESSAGES]! }, ctx);
      if (r[0]?.result !== 'pass') throw new Error('not pass');
    },
    async (i) => {
      const r = await dkimVerify(signed[i % MESSAGES]!, { resolver: mailauthResolver });
      if (r.results[0]?.status.result !== 'pass') throw new Error('not pass');
    },
  );
  console.log(`sender-lens verifyDkim   ${ours.toFixed(0).padStart(7)} messages/s (median of 7 interleaved rounds)`);
  console.log(`mailauth 4 dkimVerify    ${theirs.toFixed(0).padStart(7)} messages/s`);
  const ratio = ours / theirs;
  console.log(`ratio sender-lens / mailauth: ${ratio.toFixed(2)}x (target >= 1.5x) ${ratio >= 1.5 ? 'OK' : 'BELOW TARGET'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
