/**
 * A link target reduced to what is shared by every copy of a campaign: host + path, without the query, the
 * fragment, and path segments or host labels that look like per-recipient tracking tokens (long random strings,
 * long numbers, the recipient's address). Links to a handful of sites that unrelated mail links to all the time
 * (social networks, standards bodies) are not campaign evidence and give no key.
 */

/** Hosts whose links appear in unrelated mail (share buttons, profile icons, XML namespaces). Curated here. */
const GENERIC_HOSTS = new Set([
  'twitter.com',
  'x.com',
  'facebook.com',
  'linkedin.com',
  'instagram.com',
  'youtube.com',
  'youtu.be',
  'pinterest.com',
  'tiktok.com',
  'line.me',
  'w3.org',
  'schemas.microsoft.com',
  'play.google.com',
  'apps.apple.com',
  'itunes.apple.com',
  'google.com',
  'goo.gl',
  'wikipedia.org',
  'github.com',
]);

const MAX_SEGMENTS = 8;

/** Path words of list and newsletter boilerplate (subscription management, policies), shared by unrelated posts. */
const BOILERPLATE =
  /^(?:unsubscribe|unsub|optout|opt-out|listinfo|mailman|subscription|subscriptions|preferences|privacy|privacy-policy|terms|legal|archives?)$/;

/** A segment or label that varies per recipient rather than per campaign. */
export function looksLikeToken(s: string): boolean {
  if (s.includes('@')) return true;
  if (/^\d{5,}$/.test(s)) return true;
  if (/^[0-9a-f]{12,}$/i.test(s)) return true;
  if (s.length >= 16 && /\d/.test(s) && /[a-z]/i.test(s) && /^[\w\-=.%~+]+$/.test(s)) return true;
  // Long and not a slug of words (`password-reset-confirmation`, `kagoya-support-notification`).
  if (s.length >= 24 && !/^[a-z]+(?:[-_.][a-z]+)*$/i.test(s)) return true;
  return false;
}

function encodings(recipient: string): string[] {
  const out = [recipient, encodeURIComponent(recipient).toLowerCase()];
  try {
    out.push(Buffer.from(recipient).toString('base64').replace(/=+$/, '').toLowerCase());
  } catch {
    /* not reached */
  }
  return out;
}

/** The forms a recipient address takes inside a link (as is, URL-encoded, base64): compute once per message. */
export function recipientForms(recipients: readonly string[]): string[] {
  return recipients.flatMap(encodings);
}

export function linkKey(
  target: string,
  recipients: readonly string[],
  forms: readonly string[] = recipientForms(recipients),
): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!host) return null;
  const labels = host.split('.');
  const bare = labels.slice(-2).join('.');
  if (GENERIC_HOSTS.has(host) || GENERIC_HOSTS.has(bare)) return null;
  const hostKey = labels.map((l, i) => (i < labels.length - 2 && looksLikeToken(l) ? '*' : l)).join('.');
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .slice(0, MAX_SEGMENTS)
    .map((seg) => {
      const lower = seg.toLowerCase();
      return looksLikeToken(seg) || forms.some((r) => r && lower.includes(r)) ? '*' : lower;
    });
  // A bare host (home page), or one path word before a token (`/r/<id>`, `/tip/<commit>`: an archive's or a
  // project's permalink scheme), is too weak to tie two messages together.
  const literal = segments.filter((s) => s !== '*').length;
  if (literal === 0 || (literal < 2 && segments.includes('*'))) return null;
  if (segments.some((s) => BOILERPLATE.test(s))) return null;
  return `${hostKey}/${segments.join('/')}`;
}
