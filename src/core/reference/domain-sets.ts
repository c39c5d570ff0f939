/** Lookups over the sender lists, by registrable domain (tldts, private PSL section included). */
import { orgDomain } from '../net/registrable.js';
import { ESP_DOMAINS, FREE_MAIL, MESSAGE_ID_PLATFORMS } from './sender-lists.js';
import { isEsp, isFreeMailProvider } from './hosting/index.js';

const FREE = new Set(FREE_MAIL);
const ESP = new Set(ESP_DOMAINS);
const MSGID = new Set(MESSAGE_ID_PLATFORMS);

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
