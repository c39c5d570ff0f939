/**
 * Every link a reader could follow in a message: HTML anchors/areas/forms/meta refresh (with <base> resolution),
 * bare URLs in the text part, and links and forms inside attached .html files. Wrappers are unwrapped, hosts
 * described and suspicious traits flagged. Deduplicated and capped at `limits.maxLinks`. Never throws.
 */
import type { Limits } from '../../deps.js';
import type { LinkInfo } from '../../model/link.js';
import type { Attachment, ParsedMessage } from '../../model/message.js';
import { tokenizeHtml, type HtmlToken } from '../../text/html-tokenizer.js';
import type { HtmlSource } from '../../text/html-source.js';
import { findTextUrls } from './text-urls.js';
import { unwrapWithUrl } from './unwrap.js';
import { hostInfoOfParsed, hostInfoOfUrl, type HostInfo, type HostInfoMemo } from './host-info.js';
import { shownHostOf } from './shown-host.js';
import { chainOf, hopFlags } from './redirect-chain.js';
import { isShortener, isClickTracker } from '../../reference/link-host-lists.js';
import { recipientsOf, urlCarriesRecipient } from '../../rules/links/recipient.js';
import { bulkTrackingContext, type BulkTracking } from '../../rules/links/bulk-tracking.js';
import { senderPagesOf, type SenderPages } from '../../rules/links/sender-page.js';

/** Anchor text kept per link (limit on untrusted input). */
const MAX_ANCHOR_TEXT = 1000;
/** Attached HTML files scanned per message. */
const MAX_HTML_ATTACHMENTS = 10;

/** Path or query words of login and credential pages. */
const CREDENTIAL_PATH = /log-?in|log-?on|sign-?in|signon|verif|password|passwd|account|activemail|webmail|reactivat|unlock/i;

/** Form fields asking for identity or payment data (type or name), as opposed to a search box. */
// An e-mail field alone is a newsletter subscription or "send to a friend" box, not a harvesting form (issue #12: such
// forms were medium on 7 legitimate newsletters and on no phishing of dev + train); a password, login or card field is.
const CREDENTIAL_INPUT = /pass|pwd|user|login|card|cvv|cvc|ssn|pin\b|account/i;

function isCredentialInput(a: ReadonlyMap<string, string>): boolean {
  const type = (a.get('type') ?? 'text').toLowerCase();
  if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'image') return false;
  return CREDENTIAL_INPUT.test(a.get('name') ?? '') || CREDENTIAL_INPUT.test(a.get('id') ?? '');
}

interface Raw {
  href: string;
  text: string | null;
  source: LinkInfo['source'];
  extraFlags: string[];
}

/** A link found elsewhere (a PDF attachment's link annotation) to be described like the others. */
export type ExtraLink = Raw;

function resolve(href: string, base: string | null): string | null {
  const h = href.trim().replace(/[\t\n\r]/g, '');
  if (h === '' || h.startsWith('#')) return null;
  if (h.startsWith('//')) return `https:${h}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(h)) return /^(https?|ftp):/i.test(h) ? h : null; // mailto:, tel:, cid:, javascript:...
  if (!base) return null;
  try {
    return new URL(h, base).href;
  } catch {
    return null;
  }
}

/** Walks one HTML document; `inAttachment` turns every link's source into 'attachment'. */
function linksFromHtml(html: string, maxChars: number, inAttachment: boolean, tokens?: HtmlToken[]): Raw[] {
  const out: Raw[] = [];
  const src = (s: LinkInfo['source']): LinkInfo['source'] => (inAttachment ? 'attachment' : s);
  let base: string | null = null;
  let anchor: { href: string | null; text: string } | null = null;
  let form: Raw | null = null;
  const closeAnchor = (): void => {
    if (anchor?.href) out.push({ href: anchor.href, text: anchor.text.trim() || null, source: src('html'), extraFlags: [] });
    anchor = null;
  };
  for (const tok of tokens ?? tokenizeHtml(html, maxChars)) {
    if (tok.type === 'start') {
      const a = tok.attrs;
      if (tok.name === 'base' && base === null) {
        const b = resolve(a.get('href') ?? '', null);
        if (b) base = b;
      } else if (tok.name === 'a') {
        closeAnchor();
        anchor = { href: resolve(a.get('href') ?? '', base), text: '' };
      } else if (tok.name === 'area') {
        const h = resolve(a.get('href') ?? '', base);
        if (h) out.push({ href: h, text: a.get('alt') ?? null, source: src('html'), extraFlags: [] });
      } else if (tok.name === 'form') {
        // A form without an action submits to the page itself (an attachment opened locally, or script-driven).
        const action = a.get('action');
        form = {
          href: action === undefined ? '' : (resolve(action, base) ?? action.trim()),
          text: null,
          source: src('form'),
          extraFlags: ['form'],
        };
        out.push(form);
      } else if (tok.name === 'input' && (a.get('type') ?? '').toLowerCase() === 'password') {
        if (form) {
          if (!form.extraFlags.includes('password-input')) form.extraFlags.push('password-input');
        } else out.push({ href: '', text: null, source: src('form'), extraFlags: ['password-input'] });
      } else if (tok.name === 'input' && form && !form.extraFlags.includes('credential-input') && isCredentialInput(a)) {
        form.extraFlags.push('credential-input');
      } else if (tok.name === 'meta' && (a.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
        const m = /url\s*=\s*['"]?([^'"\s>]+)/i.exec(a.get('content') ?? '');
        const h = m?.[1] ? resolve(m[1], base) : null;
        if (h) out.push({ href: h, text: null, source: src('html'), extraFlags: ['meta-refresh'] });
      }
    } else if (tok.type === 'end') {
      if (tok.name === 'a') closeAnchor();
      else if (tok.name === 'form') form = null;
    } else if (tok.type === 'text') {
      if (anchor) {
        if (anchor.text.length < MAX_ANCHOR_TEXT) anchor.text = (anchor.text + tok.text).slice(0, MAX_ANCHOR_TEXT);
      } else {
        for (const u of findTextUrls(tok.text)) out.push({ href: u.url, text: null, source: src('html'), extraFlags: [] });
      }
    } else if (tok.type === 'rawtext' && tok.name === 'script' && inAttachment) {
      // Attached pages often post credentials or redirect from script: record the URLs it names.
      for (const u of findTextUrls(tok.text)) out.push({ href: u.url, text: null, source: 'attachment', extraFlags: ['script'] });
    }
  }
  closeAnchor();
  return out;
}

function isHtmlAttachment(a: Attachment): boolean {
  return (
    a.text !== null &&
    (/\.(s?html?|svg|xht(ml)?)$/i.test(a.filename ?? '') || /^(text\/html|image\/svg\+xml|application\/xhtml)/i.test(a.mimeType))
  );
}

/**
 * What describing a message's links works out once per analysis and shares between links (never between messages):
 * host facts by host, and the host shown by each distinct anchor text.
 */
interface DescribeMemo {
  hosts: HostInfoMemo;
  shownHosts: Map<string, string | null>;
  /** isShortener by ASCII host. */
  shorteners: Map<string, boolean>;
}

function newMemo(): DescribeMemo {
  return { hosts: new Map(), shownHosts: new Map(), shorteners: new Map() };
}

function isShortenerHost(info: HostInfo, memo: DescribeMemo): boolean {
  let s = memo.shorteners.get(info.hostAscii);
  if (s === undefined) {
    s = isShortener(info.hostAscii, info.registrableDomain);
    memo.shorteners.set(info.hostAscii, s);
  }
  return s;
}

function describe(raw: Raw, recipients: string[], bulk: BulkTracking, maxHops: number, memo: DescribeMemo, pages?: SenderPages): LinkInfo {
  // The parsed target (`url`) is read for its host and path below rather than parsed again.
  const { result, url } =
    raw.href === ''
      ? { result: { target: '', unwrapped: [], opaque: false, redirects: [], truncated: false }, url: null }
      : unwrapWithUrl(raw.href, maxHops);
  const { target, opaque, unwrapped, redirects } = result;
  const info = target === '' ? null : url ? hostInfoOfParsed(url, memo.hosts) : hostInfoOfUrl(target, memo.hosts);
  const flags = [...raw.extraFlags];
  const chain = unwrapped.length ? chainOf(unwrapped, info) : null;
  if (redirects.length) flags.push(...hopFlags(redirects));
  let shownHost = raw.text === null ? null : memo.shownHosts.get(raw.text);
  if (shownHost === undefined) {
    shownHost = shownHostOf(raw.text);
    memo.shownHosts.set(raw.text!, shownHost);
  }
  if (opaque) flags.push('wrapper-opaque');
  if (info?.ipLiteral) flags.push('ip-literal');
  if (info?.punycode) flags.push('punycode');
  if (info && isShortenerHost(info, memo)) flags.push('shortener');
  const tracker = info !== null && (isClickTracker(info.registrableDomain) || bulk.isTracker(target, info.registrableDomain));
  if (tracker) flags.push('tracker');
  if (info && shownHost && !opaque && !tracker) {
    const shown = hostInfoOfUrl(`http://${shownHost}/`, memo.hosts);
    const shownKey = shown ? (shown.registrableDomain ?? shown.hostAscii) : shownHost;
    const targetKey = info.registrableDomain ?? info.hostAscii;
    if (shownKey !== targetKey && !pages?.isPageAbout(target, info.registrableDomain, shownHost)) flags.push('text-mismatch');
  }
  if (info) {
    let pathAndQuery = target;
    if (url) pathAndQuery = url.pathname + url.search + url.hash;
    else {
      try {
        const u = new URL(target);
        pathAndQuery = u.pathname + u.search + u.hash;
      } catch {
        /* keep the whole */
      }
    }
    if (CREDENTIAL_PATH.test(pathAndQuery)) flags.push('credential-path');
    if (urlCarriesRecipient(target, recipients)) flags.push('recipient-in-url');
  }
  const rest = {
    host: info?.host ?? null,
    hostAscii: info?.hostAscii ?? null,
    registrableDomain: info?.registrableDomain ?? null,
    text: raw.text,
    shownHost,
    source: raw.source,
    flags: flags.length > 1 ? [...new Set(flags)] : flags,
    ips: [],
    asn: null,
    asName: null,
  };
  // Most links follow no wrapper or redirect: one literal for them, without spreading optional fields (same key order).
  if (!chain && !redirects.length) return { href: raw.href, target, unwrapped, ...rest };
  return {
    href: raw.href,
    target,
    unwrapped,
    ...(chain ? { chain } : {}),
    ...(redirects.length ? { openRedirects: redirects } : {}),
    ...rest,
  };
}

function validCap(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** `html`: the message's HTML part as shared by the analysis (tokenized once); made here when not given. */
export function extractLinks(msg: ParsedMessage, limits: Limits, html?: HtmlSource, extra: readonly ExtraLink[] = []): LinkInfo[] {
  const cap = validCap(limits.maxLinks);
  const maxChars = validCap(limits.maxBodyChars);
  const raws: Raw[] = [];
  try {
    raws.push(...linksFromHtml(msg.html, maxChars, false, html?.html === msg.html ? html.tokens(maxChars) : undefined));
    for (const a of msg.attachments.filter(isHtmlAttachment).slice(0, MAX_HTML_ATTACHMENTS)) {
      raws.push(...linksFromHtml(a.text ?? '', maxChars, true));
    }
    for (const u of findTextUrls(msg.text.slice(0, maxChars))) raws.push({ href: u.url, text: null, source: 'text', extraFlags: [] });
    raws.push(...extra);
  } catch {
    // The tokenizer is total; this only guards against a future regression turning into an exception for callers.
  }
  const recipients = recipientsOf(msg);
  const bulk = bulkTrackingContext(msg);
  const pages = senderPagesOf(msg);
  const memo = newMemo();
  const seenHref = new Set<string>();
  const seenKey = new Set<string>();
  const out: LinkInfo[] = [];
  for (const r of raws) {
    if (out.length >= cap) break;
    // A bare URL repeated in the text part adds nothing once the same URL is known from HTML.
    if ((r.source === 'text' || r.text === null) && r.extraFlags.length === 0 && seenHref.has(r.href)) continue;
    const key = `${r.source}\u0000${r.href}\u0000${r.text ?? ''}\u0000${r.extraFlags.join(',')}`;
    if (seenKey.has(key)) continue;
    seenKey.add(key);
    if (r.href !== '') seenHref.add(r.href);
    out.push(describe(r, recipients, bulk, limits.maxRedirectHops, memo, pages));
  }
  return out;
}

/** Links found outside the message's text (URLs decoded from QR codes): described and flagged like every other link. */
export function describeExtraLinks(
  msg: ParsedMessage,
  hrefs: readonly { href: string; source: LinkInfo['source'] }[],
  maxHops: number,
): LinkInfo[] {
  if (!hrefs.length) return [];
  const recipients = recipientsOf(msg);
  const bulk = bulkTrackingContext(msg);
  const memo = newMemo();
  return hrefs.map((h) => describe({ href: h.href, text: null, source: h.source, extraFlags: [] }, recipients, bulk, maxHops, memo));
}
