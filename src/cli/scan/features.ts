/** Campaign features of one analyzed message (see campaign.ts for how they join messages into groups). */
import { icannRegistrableDomain } from '../../core/net/registrable.js';
import type { Report } from '../../core/model/report.js';
import type { CampaignFeatures } from './types.js';
import { bodyText } from './body-text.js';
import { linkKey, recipientForms } from './link-key.js';
import { minhash, words } from './minhash.js';

const MAX_RECIPIENTS = 20;
const MAX_LINK_KEYS = 50;
const MIN_SUBJECT_CHARS = 6;

const latin1 = new TextDecoder('latin1');

/** Delivered-To / X-Original-To of the header (the real recipients when To is undisclosed), then To. */
export function recipientsOf(raw: Uint8Array, report: Report): string[] {
  // The header: up to the first empty line (LF [CR] LF), looked for in the first 64 KiB only.
  const top = raw.subarray(0, Math.min(raw.length, 64 * 1024));
  let headEnd = top.length;
  for (let i = top.indexOf(10); i >= 0; i = top.indexOf(10, i + 1)) {
    if (top[i + 1] === 10 || (top[i + 1] === 13 && top[i + 2] === 10)) {
      headEnd = i > 0 && top[i - 1] === 13 ? i - 1 : i;
      break;
    }
  }
  const head = latin1.decode(top.subarray(0, headEnd));
  const out: string[] = [];
  for (const m of head.matchAll(/^(?:delivered-to|x-original-to):[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*\r?$/gim))
    out.push(m[1]!.toLowerCase());
  for (const a of report.message.to) if (a.address) out.push(a.address.toLowerCase());
  return [...new Set(out)].slice(0, MAX_RECIPIENTS);
}

/** Recipient-specific words (local parts, domain labels) that copies of one campaign do not share. */
function recipientWords(recipients: readonly string[]): Set<string> {
  const drop = new Set<string>();
  for (const r of recipients) for (const w of words(r)) drop.add(w);
  return drop;
}

export function normalizeSubject(subject: string, recipients: readonly string[]): string {
  let s = subject.normalize('NFKC').toLowerCase();
  for (const r of recipients) {
    const [local = '', domain = ''] = r.split('@');
    for (const part of [r, domain, local.length >= 3 ? local : '']) if (part) s = s.split(part).join(' ');
  }
  return s
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

export function campaignFeatures(raw: Uint8Array, report: Report, recipients: readonly string[]): CampaignFeatures {
  const links = new Set<string>();
  const forms = recipientForms(recipients);
  for (const l of report.links) {
    const key = linkKey(l.target, recipients, forms);
    if (key) links.add(key);
    if (links.size >= MAX_LINK_KEYS) break;
  }
  const from = report.message.from;
  const fromDomain = from?.domain ? (icannRegistrableDomain(from.domain) ?? from.domain) : null;
  const ip = report.origin?.ip ?? null;
  const subject = normalizeSubject(report.message.subject, recipients);
  return {
    sender: fromDomain,
    links: [...links].sort(),
    infra: ip && from?.address ? `${ip}|${from.address.toLowerCase()}` : null,
    senderSubject: fromDomain && subject.length >= MIN_SUBJECT_CHARS ? `${fromDomain}|${subject}` : null,
    minhash: minhash(words(bodyText(raw), recipientWords(recipients))),
  };
}
