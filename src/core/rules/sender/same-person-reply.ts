/**
 * Is a Reply-To in another organisation the same person's other address? `guterman@mediaunspun.imakenews.net` replying
 * to `guterman@vineyard.com`, `craig@hughes-family.org` to `craig@stanfordalumni.org`: a personal mailbox name (not a
 * role such as info or no-reply, which every organisation has) shared by both addresses, the reply going to a domain of
 * the person's own rather than to a free-mail drop box, and the two domains not look-alikes of each other (an
 * impersonator's `john@acme.example` replying to `john@acme-billing.example`). Such a Reply-To is weaker evidence
 * (reply-to-mismatch low instead of medium), never none: a person with two addresses is common, a phisher matching
 * mailbox names is rare but possible.
 */
import { isFreeMail } from '../../reference/domain-sets.js';
import { orgDomain } from '../../net/registrable.js';

/** Mailbox names of roles and machines: shared by unrelated organisations, so they say nothing about one person. */
const ROLE_NAMES = new Set([
  'account',
  'accounts',
  'admin',
  'alert',
  'alerts',
  'billing',
  'contact',
  'contato',
  'customerservice',
  'do-not-reply',
  'donotreply',
  'hello',
  'help',
  'info',
  'kontakt',
  'mail',
  'mailer',
  'news',
  'newsletter',
  'no-reply',
  'noreply',
  'notification',
  'notifications',
  'office',
  'postmaster',
  'reply',
  'sales',
  'security',
  'service',
  'support',
  'team',
  'webmaster',
]);

/** Limit on untrusted input: mailbox names longer than RFC 5321 section 4.5.3.1.1 allows (64 octets) are not compared. */
const MAX_LOCAL = 64;

const localOf = (address: string): string => address.slice(0, Math.max(0, address.lastIndexOf('@'))).toLowerCase();
/** The registrable name without its suffix: `mediaunspun.imakenews.net` -> `imakenews`. */
const nameOf = (domain: string): string => (orgDomain(domain).split('.')[0] ?? '').toLowerCase();

/** The two names look alike: one contains the other, or they share their first four letters. */
function lookAlike(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  return a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);
}

export function samePersonReplyTo(from: string, replyTo: string, replyDomain: string, fromDomain: string): boolean {
  const a = localOf(from);
  const b = localOf(replyTo);
  if (!a || a !== b || a.length > MAX_LOCAL) return false;
  if (ROLE_NAMES.has(a.replace(/[._+]/g, '')) || ROLE_NAMES.has(a)) return false;
  if (isFreeMail(replyDomain)) return false;
  return !lookAlike(nameOf(fromDomain), nameOf(replyDomain));
}
