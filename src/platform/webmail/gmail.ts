/**
 * Gmail: find opened messages (one `div.adn[data-message-id="#msg-f:<decimal>"]` per expanded message of a thread,
 * its body rendered in `div.a3s`), fetch each one's original, place a banner per message.
 *
 * Raw source, in order of preference:
 *  1. download: `<account>?view=att&th=<hex id>&attid=0&disp=comp&safe=1&zw` gives the stored bytes;
 *  2. "Show original": `<account>?ik=<ik>&view=om&permmsgid=msg-f:<decimal>`, an HTML page whose
 *     `<pre id="raw_message_text">` holds the source as text (not byte-exact for 8-bit content: marked inexact).
 * Everything read from the page is forgeable (the email body is rendered in the same document): ids are validated
 * by shape, elements inside a message body are ignored, and URLs are only ever built on this page's own origin.
 */
import type { BannerPlacement, MiniDocument, MiniElement, MiniLocation } from './dom.js';
import { inlineScriptText } from './dom.js';
import { gmailIkFromScripts } from './gmail-globals.js';
import { fetchRawMessage, MAX_RAW_BYTES, type FetchLike, type RawFetchResult } from './raw-fetch.js';
import type { WebmailSiteAdapter } from './site-adapter.js';

export interface GmailMessageRef {
  /** Decimal message id (`msg-f:` value), 1..20 digits. */
  decimal: string;
  /** The same id in hex (Gmail's legacy message/thread id). */
  hex: string;
  element: MiniElement;
  key: string;
}

const MSG_ID_RE = /^#?msg-f:([1-9][0-9]{0,19})$/;
const HEX_RE = /^[0-9a-f]{1,16}$/;
/** Messages handled per scan: a thread page shows at most a few dozen expanded messages. */
export const MAX_GMAIL_MESSAGES = 50;

export function isGmailLocation(loc: MiniLocation): boolean {
  return loc.hostname === 'mail.google.com' && /^\/mail\//.test(loc.pathname);
}

/** `/mail/u/<n>/` from the current path (delegated accounts and `/mail/` alone map to u/0). */
export function gmailAccountPath(loc: MiniLocation): string {
  const m = /^\/mail\/u\/([0-9]{1,2})\//.exec(loc.pathname);
  return `/mail/u/${m ? m[1] : '0'}/`;
}

/** Decimal `msg-f` id -> hex, or null when out of the 64-bit range. */
export function gmailDecimalToHex(decimal: string): string | null {
  if (!/^[0-9]{1,20}$/.test(decimal)) return null;
  const n = BigInt(decimal);
  return n > 0n && n < 1n << 64n ? n.toString(16) : null;
}

/** Opened (expanded) messages on the page, outermost first, at most MAX_GMAIL_MESSAGES. */
export function gmailOpenMessages(doc: MiniDocument): GmailMessageRef[] {
  const out: GmailMessageRef[] = [];
  const seen = new Set<string>();
  const candidates = doc.querySelectorAll('div.adn[data-message-id]');
  for (let i = 0; i < candidates.length && out.length < MAX_GMAIL_MESSAGES; i++) {
    const el = candidates[i]!;
    // Markup inside a rendered message body is the sender's, not Gmail's.
    if (el.closest('.a3s') !== null) continue;
    // Expanded messages have their body rendered; collapsed ones do not.
    if (el.querySelector('div.a3s') === null) continue;
    const decimal = MSG_ID_RE.exec(el.getAttribute('data-message-id') ?? '')?.[1];
    if (!decimal) continue;
    const hex = gmailDecimalToHex(decimal);
    if (!hex) continue;
    const legacy = el.getAttribute('data-legacy-message-id');
    if (legacy !== null && (!HEX_RE.test(legacy) || legacy !== hex)) continue;
    if (seen.has(decimal)) continue;
    seen.add(decimal);
    out.push({ decimal, hex, element: el, key: `gmail|${decimal}` });
  }
  return out;
}

/** Above the message body, inside the message's own container (never inside the body itself). */
export function gmailBannerPlacement(ref: GmailMessageRef): BannerPlacement {
  const body = ref.element.querySelector('div.a3s');
  const wrapper = body?.closest('div.ii') ?? body;
  if (wrapper && wrapper !== ref.element) return { anchor: wrapper, position: 'before' };
  return { anchor: ref.element, position: 'prepend' };
}

export function gmailDownloadUrl(loc: MiniLocation, ref: Pick<GmailMessageRef, 'hex'>, nonce: string): string {
  const q = new URLSearchParams({ view: 'att', th: ref.hex, attid: '0', disp: 'comp', safe: '1', zw: '', _sl: nonce });
  return `${loc.origin}${gmailAccountPath(loc)}?${q.toString()}`;
}

export function gmailShowOriginalUrl(loc: MiniLocation, ref: Pick<GmailMessageRef, 'decimal'>, ik: string): string {
  const q = new URLSearchParams({ ik, view: 'om', permmsgid: `msg-f:${ref.decimal}` });
  return `${loc.origin}${gmailAccountPath(loc)}?${q.toString()}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Minimal HTML text decoding for the `<pre>` of "Show original" (character references only; no markup expected). */
export function decodeHtmlText(s: string): string {
  return s.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** The source text inside `<pre id="raw_message_text">` of a "Show original" page, CRLF line ends, or null. */
export function extractShowOriginal(html: string): string | null {
  const m = /<pre\b[^>]*\bid="raw_message_text"[^>]*>([\s\S]*?)<\/pre>/i.exec(html);
  if (!m) return null;
  return decodeHtmlText(m[1]!).replace(/\r?\n/g, '\r\n');
}

export type GmailRawResult = (RawFetchResult & { ok: true; exact: boolean }) | { ok: false; reason: string };

/** Download endpoint first; "Show original" as fallback (inexact). */
export async function fetchGmailRaw(
  fetchFn: FetchLike,
  loc: MiniLocation,
  doc: MiniDocument,
  ref: GmailMessageRef,
  nonce: string,
): Promise<GmailRawResult> {
  const direct = await fetchRawMessage(fetchFn, gmailDownloadUrl(loc, ref, nonce));
  if (direct.ok) return { ...direct, exact: true };
  const ik = gmailIkFromScripts(inlineScriptText(doc));
  if (!ik) return { ok: false, reason: `download failed (${direct.reason}); no account key for "Show original"` };
  const url = gmailShowOriginalUrl(loc, ref, ik);
  let html: string;
  try {
    const res = await fetchFn(url, { credentials: 'include', cache: 'no-store', redirect: 'follow' });
    if (!res.ok) return { ok: false, reason: `download failed (${direct.reason}); "Show original" HTTP ${res.status}` };
    html = await res.text();
  } catch (err) {
    return { ok: false, reason: `"Show original" failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (html.length > MAX_RAW_BYTES * 2) return { ok: false, reason: '"Show original" page too large' };
  const text = extractShowOriginal(html);
  if (!text) return { ok: false, reason: `download failed (${direct.reason}); "Show original" page has no source` };
  return { ok: true, bytes: new TextEncoder().encode(text), url, exact: false };
}

/** Gmail as a site adapter: mail.google.com/mail/, re-renders in place, one banner per expanded message. */
export const gmailSite: WebmailSiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  matchesUrl: (u) => u.protocol === 'https:' && u.hostname.toLowerCase() === 'mail.google.com',
  matchesPage: (p) => isGmailLocation(p.location),
  access: { kind: 'runtime', host: 'mail.google.com', path: '/mail/' },
  rescan: 'on-change',
  openMessages: (p) =>
    gmailOpenMessages(p.document).map((ref) => ({
      key: ref.key,
      element: ref.element,
      placement: () => gmailBannerPlacement(ref),
      fetchRaw: () => fetchGmailRaw(p.fetch, p.location, p.document, ref, p.nonce()),
    })),
};
