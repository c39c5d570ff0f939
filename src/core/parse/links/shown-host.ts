/**
 * The host a reader sees in a link's text (`https://www.kagoya.com/support`, `www.bank.example`, `paypal.com`),
 * used to detect text that shows one site while the link goes to another. A URL written in the text is unwrapped like
 * the link itself (unwrap.ts): text that shows a mail-security wrapper (`https://nor01.safelinks.protection.outlook.com/
 * ?url=https%3A%2F%2Fdrive.google.com…`, pasted from a mailbox that rewrites links) names the site the wrapper opens.
 */
import { parseDomain, PSL_PRIVATE } from '../../net/registrable.js';
import { findTextUrls } from './text-urls.js';
import { hostInfoOfUrl } from './host-info.js';
import { unwrapUrl } from './unwrap.js';
import { normalizeVisible } from '../../text/normalize-text.js';
import { isAscii } from '../../text/skeleton.js';

/** Anchor text longer than this is not searched (limit on untrusted input). */
const MAX_TEXT = 2000;
/**
 * Top-level domains that are also common file extensions or words: a bare `setup.py` or `README.md` in link
 * text is a file name, not a site. They still count with a scheme or `www.` in front.
 */
const AMBIGUOUS_TLDS = new Set(['md', 'py', 'sh', 'pl', 'rs', 'so', 'ps', 'cc', 'ml', 'zip', 'mov', 'sc', 'ai', 'gz']);
/** One label then dots; the class excludes '.', so there is no overlapping repetition. */
const DOMAIN_RE = /(?<![\w@.-])((?:[a-z0-9][a-z0-9-]{0,62}\.){1,10}[a-z][a-z0-9-]{1,62})(?![\w@-])/gi;

export function shownHostOf(text: string | null): string | null {
  if (!text) return null;
  const head = text.slice(0, MAX_TEXT);
  // Every host below is read from a URL (`//` or `www.`) or a dotted name: ASCII text with neither a `.` nor a `/`
  // ("Click here", "Unsubscribe") shows none, and normalizing it cannot add one (non-ASCII text may: NFKC turns the
  // fullwidth `．` into `.`).
  if (!head.includes('.') && !head.includes('/') && isAscii(head)) return null;
  const t = normalizeVisible(head);
  for (const { url } of findTextUrls(t, 5)) {
    const info = hostInfoOfUrl(unwrapUrl(url).target);
    if (info) return info.host;
  }
  for (const m of t.matchAll(DOMAIN_RE)) {
    const written = m[1] ?? '';
    // A capitalised trading name inside a headline ("News.com: Top CIOs", "Booking.com deals") names a publication,
    // not an address the link claims to open; the bare name alone ("PayPal.com") or a lower-case host still counts.
    if (/[A-Z]/.test(written) && !/^www\./i.test(written) && t.trim().length > written.length + 1) continue;
    const candidate = written.toLowerCase().replace(/\.$/, '');
    const p = parseDomain(candidate, PSL_PRIVATE);
    if (!p.domain || !(p.isIcann === true || p.isPrivate === true)) continue;
    const tld = candidate.slice(candidate.lastIndexOf('.') + 1);
    if (AMBIGUOUS_TLDS.has(tld) && !candidate.startsWith('www.')) continue;
    return candidate;
  }
  return null;
}
