/**
 * Decoded QR payloads that are web addresses become links (source `qr`), so every link check (lookalike, brand on a
 * shared host, shortener, IP literal, credential path, network evidence) runs on them as on a link in the text.
 */
import type { LinkInfo } from '../model/link.js';
import type { ParsedMessage } from '../model/message.js';
import { describeExtraLinks } from '../parse/links/extract-links.js';
import { findTextUrls } from '../parse/links/text-urls.js';
import type { QrCodeFound } from './scan-qr.js';

/** The web address a QR payload opens on a phone: the payload itself when it is an http(s) URL, else the first URL in it. */
export function qrPayloadUrl(text: string): string | null {
  const t = text.trim();
  if (/^https?:\/\/\S+$/i.test(t)) return t;
  return findTextUrls(t.slice(0, 4096))[0]?.url ?? null;
}

/** Links for the decoded codes, at most `room` of them (what is left of limits.maxLinks), redirects followed `maxHops` deep. */
export function qrLinks(msg: ParsedMessage, codes: readonly QrCodeFound[], room: number, maxHops: number): LinkInfo[] {
  const found: { href: string; foundIn: string }[] = [];
  for (const c of codes) {
    const href = qrPayloadUrl(c.text);
    if (href && found.length < room && !found.some((f) => f.href === href)) found.push({ href, foundIn: c.foundIn });
  }
  const links = describeExtraLinks(
    msg,
    found.map((f) => ({ href: f.href, source: 'qr' as const })),
    maxHops,
  );
  return links.map((l, i) => ({ ...l, foundIn: found[i]?.foundIn ?? '' }));
}
