/**
 * Header signals that a message is a mailing-list post (RFC 2369 List-* fields, RFC 2919 List-Id, Precedence)
 * or bulk mail sent through an e-mail service provider. Such mail routinely has Reply-To, Return-Path and
 * Message-ID domains different from the From domain.
 */
import type { ParsedMessage } from '../model/message.js';
import { isEspDomain } from '../reference/domain-sets.js';
import { trimEndAngleAndSpace } from '../text/trim.js';

const LIST_HEADERS = ['list-id', 'list-post', 'list-archive', 'mailing-list', 'x-mailman-version', 'x-beenthere', 'x-loop'];
/** Headers that ESPs add to every message they send (feedback loops, campaign and tracking ids). */
const ESP_HEADERS = [
  'feedback-id',
  'x-ses-outgoing',
  'x-sg-eid',
  'x-sg-id',
  'x-mailgun-sid',
  'x-mc-user',
  'x-mandrill-user',
  'x-campaign',
  'x-campaignid',
  'x-mailer-lid',
  'x-sfmc-stack',
  'x-mailjet-campaign',
  'x-csa-complaints',
  'x-sib-id',
  'x-pm-message-id',
];

export function header(msg: ParsedMessage, key: string): string | null {
  return msg.headers.find((h) => h.key === key)?.value ?? null;
}

export function isMailingListPost(msg: ParsedMessage): boolean {
  if (msg.headers.some((h) => LIST_HEADERS.includes(h.key))) return true;
  const precedence = (header(msg, 'precedence') ?? '').trim().toLowerCase();
  return precedence === 'list';
}

function addressDomain(addr: string | null): string | null {
  if (!addr) return null;
  const at = addr.lastIndexOf('@');
  return at < 0 ? null : trimEndAngleAndSpace(addr.slice(at + 1)).toLowerCase() || null;
}

/** Bulk mail through an ESP: an unsubscribe link plus ESP headers or an ESP bounce domain, or Precedence: bulk. */
export function isBulkEspMail(msg: ParsedMessage): boolean {
  const precedence = (header(msg, 'precedence') ?? '').trim().toLowerCase();
  if (precedence === 'bulk') return true;
  const espHeader = msg.headers.some((h) => ESP_HEADERS.includes(h.key));
  const rp = addressDomain(msg.returnPath);
  const espBounce = rp !== null && isEspDomain(rp);
  return (
    espHeader ||
    espBounce ||
    (header(msg, 'list-unsubscribe') !== null && msg.returnPath !== null && rp !== null && rp !== msg.from?.domain)
  );
}

export { addressDomain };
