/**
 * `subject-brand-elsewhere` (low): the subject speaks for a brand ("Your Norton order", "Amazon Prime cashback",
 * "New files via WeTransfer") while nothing in the message comes from that brand: the From address is not at one of
 * its domains and no link leads to them. A brand's own notices come from and link to the brand. Mailing-list posts
 * are skipped (people discuss brands there), and so is a display name already reported as claiming the brand.
 *
 * `lure-brand-elsewhere` (medium): the same, for a message that also presses the reader about an account, a payment
 * or money (a lure finding fired), with the brand named in the subject or the opening text. The lure asks the
 * reader to act on a brand account somewhere that is not the brand: the core of brand phishing.
 */
import type { Finding } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import type { LinkInfo } from '../../model/link.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
import { brandsNamedIn } from '../impersonation/index.js';
import { AMBIGUOUS_BRAND_NAMES } from '../../reference/brands/ambiguous-names.js';
import { subjectHasOwnMasthead } from './masthead.js';

const MAX_SUBJECT = 300;

/** Opening text searched for a brand when a lure fired (characters; limit on untrusted input). */
const MAX_OPENING = 3000;

export interface BrandContext {
  mailingList: boolean;
  /** A lure finding (credential-lure, money-bait, callback-invoice) fired on this message. */
  lured: boolean;
  /** Visible body text, case kept (normalize-text.ts). */
  body: string;
}

export function subjectBrandFindings(msg: ParsedMessage, links: readonly LinkInfo[], ctx: BrandContext): Finding[] {
  const from = msg.from;
  if ((ctx.mailingList && !ctx.lured) || !from?.domain) return [];
  const subject = (msg.subject ?? '').slice(0, MAX_SUBJECT);
  // A subject tagged with the sender's own masthead names brands as headline topics (masthead.ts).
  if (!ctx.lured && subjectHasOwnMasthead(from.name, subject)) return [];
  const opening = ctx.lured ? ctx.body.slice(0, MAX_OPENING) : '';
  const named = brandsNamedIn(ctx.lured ? `${subject}\n${opening}` : subject);
  if (named.length === 0) return [];
  const owner = entityOwningDomain(from.domain);
  if (owner && named.some((b) => b.entity.id === owner.id)) return [];
  const lower = `${subject}\n${opening}`.toLowerCase();
  const inName = new Set(brandsNamedIn(from.name ?? '').map((b) => b.entity.id));
  const claim = named.find(
    (b) => !inName.has(b.entity.id) && (!AMBIGUOUS_BRAND_NAMES.has(b.name.toLowerCase()) || lower.includes(`your ${b.name.toLowerCase()}`)),
  );
  if (!claim) return [];
  const toBrand = links.some((l) => l.hostAscii && entityOwningDomain(l.hostAscii)?.id === claim.entity.id);
  if (toBrand) return [];
  const id = ctx.lured ? 'lure-brand-elsewhere' : 'subject-brand-elsewhere';
  return [
    {
      id,
      severity: ctx.lured ? 'medium' : 'low',
      messageKey: `finding.${id}`,
      params: { brand: claim.entity.name, domain: from.domain, domains: claim.entity.domains.slice(0, 3).join(', ') },
      evidence: [
        { kind: 'text', value: subject, label: 'Subject' },
        { kind: 'text', value: claim.name, label: 'brand named' },
        { kind: 'address', value: from.address, label: 'From address' },
      ],
    },
  ];
}
