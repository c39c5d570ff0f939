/** Lookups over the sender lists, by registrable domain (tldts, private PSL section included). */
import { registrableDomainOf } from '../links/host-info.js';
import { ESP_DOMAINS, FREE_MAIL, MESSAGE_ID_PLATFORMS } from './sender-lists.js';

const FREE = new Set(FREE_MAIL);
const ESP = new Set(ESP_DOMAINS);
const MSGID = new Set(MESSAGE_ID_PLATFORMS);

/** Registrable domain, or the lower-cased input itself when it has none (IP literal, bare label). */
export function orgDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return registrableDomainOf(d) ?? d;
}

function inSet(set: Set<string>, domain: string): boolean {
  const d = domain.toLowerCase();
  return set.has(d) || set.has(orgDomain(d));
}

export const isFreeMail = (domain: string): boolean => inSet(FREE, domain);
export const isEspDomain = (domain: string): boolean => inSet(ESP, domain);
export const isMessageIdPlatform = (domain: string): boolean => inSet(MSGID, domain) || /\.outlook\.com$/.test(domain.toLowerCase());
