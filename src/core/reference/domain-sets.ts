/** Lookups over the sender lists, by registrable domain (tldts, private PSL section included). */
import { registrableDomainOf } from '../parse/links/host-info.js';
import { ESP_DOMAINS, FREE_MAIL, MESSAGE_ID_PLATFORMS } from '../rules/sender/sender-lists.js';
import { isEsp, isFreeMailProvider } from './hosting/index.js';

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

/** Free mailbox providers: the hosting module's list (exact domain) plus the local list (Japanese carriers etc.). */
export const isFreeMail = (domain: string): boolean =>
  inSet(FREE, domain) || isFreeMailProvider(domain) || isFreeMailProvider(orgDomain(domain));
/** ESP and bounce-handling services: the hosting module's ESP list plus the local list. */
export const isEspDomain = (domain: string): boolean => inSet(ESP, domain) || isEsp(domain);
export const isMessageIdPlatform = (domain: string): boolean => inSet(MSGID, domain) || /\.outlook\.com$/.test(domain.toLowerCase());
