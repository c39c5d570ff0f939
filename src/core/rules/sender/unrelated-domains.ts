/**
 * `unrelated-domains`: the From domain, the domain that made the Message-ID (RFC 5322 section 3.6.4: the id's
 * right-hand side names the host that generated it) and the domain of every link the reader can click are three
 * different parties. Mail an organisation sends is made by its own mail system or a mail platform it rents (the
 * Message-ID then carries the sender's domain, a mailbox provider's or a bulk-mail service's) and links to its own
 * site or to the platform's click counter (the same domain as the Message-ID). Mail made by a kit on a hacked or
 * rented server carries a made-up or third domain in the Message-ID, a From it does not own and links to yet another
 * site. Not counted: Message-IDs of mailbox providers (free mail, Microsoft 365 / Google Workspace hosts) and of
 * bulk-mail services, messages without a clickable web link, and Message-IDs without a registrable domain
 * (`localhost`, bare host names, IPs).
 */
import type { Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import type { ParsedMessage } from '../../model/message.js';
import { registrableDomainOf, domainOfAddress } from '../../net/registrable.js';
import { isEsp, isFreeMailProvider } from '../../reference/hosting/index.js';

/**
 * Hosts that stamp Message-IDs for the organisations whose mailboxes they run (Microsoft 365 `*.prod.outlook.com`,
 * old Hotmail `phx.gbl`, Google Workspace `mail.gmail.com` / `google.com`, iCloud, Zoho, Yahoo).
 */
const MAILBOX_PLATFORMS = new Set([
  'outlook.com',
  'phx.gbl',
  'google.com',
  'gmail.com',
  'icloud.com',
  'apple.com',
  'zoho.com',
  'zohomail.com',
  'yahoo.com',
  'yahoo.co.jp',
]);
const MAX_LINKS = 200;

function messageIdDomain(messageId: string | null): string | null {
  if (!messageId) return null;
  const id = messageId.trim().replace(/^<|>$/g, '');
  const at = id.lastIndexOf('@');
  if (at < 0) return null;
  // Cut at the first `]`, `>` or white space with search() (linear; `/[\]>\s].*$/` retried from every position).
  const rest = id.slice(at + 1);
  const end = rest.search(/[\]>\s]/);
  const host = (end < 0 ? rest : rest.slice(0, end)).replace(/^\[/, '');
  return host ? registrableDomainOf(host.toLowerCase()) : null;
}

export function unrelatedDomainsFindings(msg: ParsedMessage, links: readonly LinkInfo[]): Finding[] {
  const from = msg.from?.domain ? registrableDomainOf(msg.from.domain.toLowerCase()) : null;
  const mid = messageIdDomain(msg.messageId);
  if (!from || !mid || mid === from) return [];
  if (MAILBOX_PLATFORMS.has(mid) || isFreeMailProvider(mid) || isEsp(mid)) return [];
  const bounce = domainOfAddress(msg.returnPath);
  const bounceReg = bounce ? registrableDomainOf(bounce.toLowerCase()) : null;
  if (bounceReg && (bounceReg === mid || isEsp(bounceReg))) return [];
  const clicked = links
    .slice(0, MAX_LINKS)
    .filter((l) => (l.source === 'html' || l.source === 'form') && l.host !== null && /^https?:/i.test(l.target));
  if (clicked.length === 0) return [];
  const linkDomains = new Set(clicked.map((l) => l.registrableDomain ?? l.hostAscii ?? l.host));
  if (linkDomains.has(from) || linkDomains.has(mid)) return [];
  const example = clicked[0]!;
  return [
    {
      id: 'unrelated-domains',
      severity: 'low',
      messageKey: 'finding.unrelated-domains',
      params: { from, messageId: mid, link: example.registrableDomain ?? example.host ?? '', links: linkDomains.size },
      evidence: [
        { kind: 'address', value: msg.from?.address ?? from, label: 'From' },
        { kind: 'header', value: msg.messageId ?? '', label: 'Message-ID' },
        { kind: 'url', value: example.target, label: 'link' },
      ],
    },
  ];
}
