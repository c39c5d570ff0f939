/**
 * Copies of one phishing message as a campaign sends them: the KAGOYA sample (../shared/samples) re-addressed to
 * another recipient (To, Delivered-To, Received "for", the recipient's domain in the subject, display name and body)
 * with a per-recipient tracking token in the link's query, a new Message-ID and Date. MIME parts are decoded,
 * changed and re-encoded, as a mass mailer renders a template per recipient.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './shared.js';

const SAMPLE_RECIPIENT = 'info@example.jp';
const SAMPLE_DOMAIN = 'example.jp';

const b64lines = (bytes: Buffer): string => bytes.toString('base64').replace(/.{76}/g, '$&\n').replace(/\n$/, '');
const encodedWord = (text: string): string => `=?utf-8?b?${Buffer.from(text, 'utf8').toString('base64')}?=`;

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?b\?([^?]*)\?=\s*/gi, (_, b: string) => Buffer.from(b, 'base64').toString('utf8'));
}

export function kagoyaSample(): string {
  return readFileSync(join(SHARED, 'samples', 'kagoya-phish.eml'), 'utf8').replace(/\r\n/g, '\n');
}

export function campaignCopy(recipient: string, token: string, n: number): string {
  const sample = kagoyaSample();
  const domain = recipient.split('@')[1]!;
  const split = sample.indexOf('\n\n');
  let head = sample.slice(0, split);
  const body = sample.slice(split + 2);
  const subject = decodeWords(/^Subject: (.*(?:\n[ \t].*)*)/m.exec(head)![1]!.replace(/\n[ \t]+/g, ''));
  const fromName = decodeWords(/^From: (=\?[^<]*)</m.exec(head)![1]!.trim());
  head = head
    .replace(/^Subject: .*(?:\n[ \t].*)*/m, `Subject: ${encodedWord(subject.split(SAMPLE_DOMAIN).join(domain))}`)
    .replace(
      /^From: =\?[^<]*</m,
      `From: ${encodedWord(fromName.split(SAMPLE_RECIPIENT).join(recipient).split(SAMPLE_DOMAIN).join(domain))} <`,
    )
    .replace(/^Message-ID: .*$/m, `Message-ID: <${token}.${n}@kagoya.net>`)
    .replace(/^Date: .*$/m, `Date: Tue, 14 Nov 2023 00:1${n}:30 +0000`)
    .split(SAMPLE_RECIPIENT)
    .join(recipient);
  // Each base64 part: decode, re-address, add the tracking token to the link, re-encode.
  const newBody = body.replace(
    /(Content-Transfer-Encoding: base64\n\n)([A-Za-z0-9+/=\n]+?)(\n--)/g,
    (_, pre: string, data: string, post: string) => {
      const text = Buffer.from(data.replace(/\n/g, ''), 'base64')
        .toString('utf8')
        .split(`?u=${SAMPLE_RECIPIENT}`)
        .join(`?u=${recipient}&amp;tk=${token}`)
        .split(SAMPLE_RECIPIENT)
        .join(recipient)
        .split(SAMPLE_DOMAIN)
        .join(domain);
      return `${pre}${b64lines(Buffer.from(text, 'utf8'))}${post}`;
    },
  );
  return `${head}\n\n${newBody}`;
}
