/**
 * `image-sharing-site`: the pictures the message shows (`<img src>`) are hot-linked from a public image-sharing site
 * (i.imgur.com, i.ibb.co, zupimages.net, i.postimg.cc: reference/hosting/image-hosts.ts), where anyone uploads a
 * picture anonymously and gets a public address. An organisation shows its logo and banners from its own servers or
 * its mail service's image store; a campaign sent from rented or throwaway infrastructure parks its pictures (the fake
 * logo, the drawn-in text) on a free host that needs no account. Not counted: the site's own mail (From domain owning
 * the host, e.g. Discord's notifications) and pictures in `data:` or attached parts.
 *
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 */
import type { Finding } from '../../model/finding.js';
import { hitsFinding } from './hits-finding.js';
import type { ParsedMessage } from '../../model/message.js';
import type { HtmlSource } from '../../text/html-source.js';
import { tokenizeHtml } from '../../text/html-tokenizer.js';
import { icannRegistrableDomain } from '../../net/registrable.js';
import { imageSharingHost, IMAGE_HOST_OWNERS } from '../../reference/hosting/image-hosts.js';

/** Images read per message (a limit on untrusted input). */
const MAX_IMAGES = 200;

function hostOfSrc(src: string): string | null {
  const s = src.trim();
  if (!/^(?:https?:)?\/\//i.test(s)) return null;
  try {
    return new URL(s.startsWith('//') ? `https:${s}` : s).hostname.toLowerCase();
  } catch {
    return null;
  }
}

type SiteHit = { url: string; site: string };
// Made once, not per call: a closure per call costs its allocation (and a name helper under tsx).
const DESCRIBE = {
  params: (h: SiteHit) => ({ site: h.site }),
  url: (h: SiteHit) => h.url,
  label: (h: SiteHit) => h.site,
};

export function imageSharingFindings(msg: ParsedMessage, maxChars: number, source?: HtmlSource): Finding[] {
  if (!msg.html || !/<img\b/i.test(msg.html)) return [];
  const fromReg = msg.from?.domain ? icannRegistrableDomain(msg.from.domain.toLowerCase()) : null;
  const owned = new Set(fromReg ? (IMAGE_HOST_OWNERS.get(fromReg) ?? []) : []);
  const tokens = source?.html === msg.html ? source.tokens(maxChars) : tokenizeHtml(msg.html, maxChars);
  const hits: SiteHit[] = [];
  let images = 0;
  for (const tok of tokens) {
    if (tok.type !== 'start' || tok.name !== 'img') continue;
    if (++images > MAX_IMAGES) break;
    const src = tok.attrs.get('src') ?? '';
    const host = hostOfSrc(src);
    const site = host ? imageSharingHost(host) : null;
    if (!site || owned.has(site)) continue;
    hits.push({ url: src.trim(), site });
  }
  return hitsFinding({ id: 'image-sharing-site', severity: 'low' }, hits, DESCRIBE);
}
