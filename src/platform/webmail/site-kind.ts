/**
 * Which webmail a URL belongs to, for the toolbar state. Roundcube is self-hosted on any origin, so it is only
 * recognised from its page (see roundcube.ts); here it is `unknown` until the user grants the site.
 *
 * Outlook on the web and Active! mail have no raw-source path an extension can use without an app registration
 * (Graph) or a live account to study (Active! mail's private API): checks are reported unavailable there
 * (docs/webmail.md).
 */
export type WebmailKind = 'gmail' | 'outlook' | 'activemail' | 'unknown';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

export function webmailKindOfUrl(url: string): WebmailKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'unknown';
  const host = u.hostname.toLowerCase();
  if (host === 'mail.google.com' && u.protocol === 'https:') return 'gmail';
  if (OUTLOOK_HOSTS.has(host)) return 'outlook';
  // Active! mail (Qualitia) serves its UI from /am_bin/ on the customer's own host.
  if (/^\/(?:[^/]+\/)*am_bin\//i.test(u.pathname)) return 'activemail';
  return 'unknown';
}

/** True for webmails where Sender Lens cannot get the raw message: show "checks unavailable here". */
export function checksUnavailable(kind: WebmailKind): boolean {
  return kind === 'outlook' || kind === 'activemail';
}
