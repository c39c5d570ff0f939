/**
 * Display name that names another address or domain than the real sender, e.g.
 * `"example.jp_サポート | info@example.jp" <support@kagoya.net>`: the reader sees the name, not the address.
 */
import type { Address } from '../../model/message.js';
import type { Finding } from '../../model/finding.js';
import { tokensOf } from '../../parse/name-tokens.js';
import { orgDomain } from '../../net/registrable.js';

export interface DisplayNameContext {
  ownDomains: string[];
  /**
   * True when the message is a mailing-list post: lists that rewrite From (DMARC mitigation) put the author's
   * address into the display name ("alice@example.org via List"), which is then not an impersonation.
   */
  mailingList?: boolean;
}

export function displayNameFindings(from: Address | null, ctx: DisplayNameContext): Finding[] {
  if (!from || !from.name || !from.domain) return [];
  let tokens;
  try {
    tokens = tokensOf(from.name);
  } catch {
    return [];
  }
  const sender = orgDomain(from.domain);
  const own = new Set(ctx.ownDomains.map(orgDomain));
  const foreignAddr = tokens.addresses.filter((a) => orgDomain(a.slice(a.lastIndexOf('@') + 1)) !== sender);
  const foreignDom = tokens.domains.filter((d) => orgDomain(d) !== sender);
  const shown = foreignAddr[0] ?? foreignDom[0];
  if (shown === undefined) return [];
  const shownDomain = orgDomain(shown.includes('@') ? shown.slice(shown.lastIndexOf('@') + 1) : shown);
  const rewrittenByList = ctx.mailingList === true && /\bvia\b/i.test(from.name);
  // An address in the name is a direct claim; a bare domain may be a brand written as a domain ("Booking.com"), and
  // a capitalised one inside a longer name ("CNET News.com Investor") is a trading name, not an address: low.
  const at = from.name.toLowerCase().indexOf(shown);
  const written = at >= 0 ? from.name.slice(at, at + shown.length) : shown;
  const tradingName = foreignAddr.length === 0 && /[A-Z]/.test(written) && from.name.trim().length > written.length + 1;
  const severity = rewrittenByList || tradingName ? 'low' : foreignAddr.length > 0 ? 'high' : 'medium';
  return [
    {
      id: 'display-name-address-mismatch',
      severity,
      messageKey: 'finding.display-name-address-mismatch',
      params: { shown, address: from.address, ownDomain: own.has(shownDomain) ? 'yes' : 'no' },
      evidence: [
        { kind: 'text', value: from.name, label: 'From display name' },
        { kind: 'address', value: from.address, label: 'From address' },
      ],
    },
  ];
}
