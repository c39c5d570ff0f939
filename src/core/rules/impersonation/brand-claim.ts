/**
 * `display-name-brand-mismatch`: the From display name claims a brand of the shipped pack (`Bradesco`,
 * `Banco do Brasil`, `MetaMask`) while the From address is at a domain that brand does not own. Mail a brand really
 * sends comes from its own domains, also when an e-mail service provider delivers it (the From domain stays the
 * brand's; only the envelope and the DKIM d= of the ESP differ), so the address is what the reader should trust.
 */
import type { Address } from '../../model/message.js';
import type { Finding, Severity } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import type { Entity } from '../../reference/brands/index.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
import { brandsNamedIn, type NamedBrand } from './brand-names.js';
import { stripInvisible, foldLookalikes, MAX_SHORT_TEXT } from '../../text/short-text-forms.js';
import { AMBIGUOUS_BRAND_NAMES } from '../../reference/brands/ambiguous-names.js';

export interface BrandClaimContext {
  links: readonly LinkInfo[];
  /** The message is a mailing-list post whose From the list rewrote ("Name via List <list@...>"). */
  listRewrite: boolean;
  /** The From domain is a free mailbox provider (reported by `from-free-mail-brand-name` instead). */
  freeMail: boolean;
}

/** Words that do not make a display name a person's or another organisation's name (en, de, fr, es, pt, it, nl). */
export const GENERIC = new Set(
  `support service services team security alert alerts customer customers care notification notifications
notice billing account accounts online info information noreply no-reply reply update updates center centre help desk department
official mail email e-mail message messages news newsletter rewards reward verification verify secure protection live app wallet
finance express card cards bank banking pay payment payments delivery shipping shipment parcel package order orders store shop
client clients member members membership admin administrator system systems status inc ltd llc corp co the from of by and for
your my de der die das du la le les el los do da dos das del di van het een und et y e premium prime plus gold black
pago pagamento zahlung paiement betaling surprise gift gifts giveaway promo promotion offer offers deals survey winner prize
kundenservice kundendienst sicherheit mitgliederservice atendimento seguranca segurança suporte soporte servicio servicios
cliente clientes serviço servico klantenservice klantenservice beveiliging assistance assistenza sicurezza`.split(/\s+/),
);

const MAX_EVIDENCE_LINKS = 3;

export function restIsGeneric(displayName: string, brandName: string): boolean {
  // "Name via List": the list's own wording after "via" says nothing about who the author claims to be.
  const text = foldLookalikes(stripInvisible(displayName))
    .slice(0, MAX_SHORT_TEXT)
    .toLowerCase()
    .replace(/\s+via\s+.*$/u, '');
  const rest = text.split(brandName.toLowerCase()).join(' ');
  const words = rest.split(/[^\p{L}\p{N}'&-]+/u).filter((w) => /[a-z]/.test(w));
  return words.every((w) => GENERIC.has(w) || /^\d+$/.test(w));
}

function owns(entity: Entity, host: string): boolean {
  return entityOwningDomain(host)?.id === entity.id;
}

/** The brand this display name claims that the From domain does not belong to, or null. */
export function claimedForeignBrand(from: Address): NamedBrand | null {
  const named = brandsNamedIn(from.name);
  if (named.length === 0) return null;
  // Any named brand owning the From domain explains the name ("Google Gemini" <x@google.com>).
  if (from.domain && named.some((b) => owns(b.entity, from.domain))) return null;
  return named.find((b) => !AMBIGUOUS_BRAND_NAMES.has(b.name.toLowerCase()) || restIsGeneric(from.name, b.name)) ?? null;
}

export function brandClaimFindings(from: Address | null, ctx: BrandClaimContext): Finding[] {
  if (!from?.name || ctx.freeMail) return [];
  let claim: NamedBrand | null;
  try {
    claim = claimedForeignBrand(from);
  } catch {
    return [];
  }
  if (!claim) return [];
  const entity = claim.entity;
  const withHost = ctx.links.filter((l) => l.hostAscii);
  const toBrand = withHost.filter((l) => owns(entity, l.hostAscii!));
  const elsewhere = withHost.filter((l) => !owns(entity, l.hostAscii!));
  // A list that rewrote From hides the author's real address: the claim cannot be checked, only noted. Otherwise a
  // message that links only away from the brand has nothing of the brand but its name: a third party writing for a
  // brand (events, surveys) still links to the brand's own site.
  const severity: Severity = ctx.listRewrite ? 'low' : elsewhere.length > 0 && toBrand.length === 0 ? 'high' : 'medium';
  return [
    {
      id: 'display-name-brand-mismatch',
      severity,
      messageKey: 'finding.display-name-brand-mismatch',
      params: {
        brand: entity.name,
        address: from.address || '-',
        domains: entity.domains.slice(0, 3).join(', '),
        linksToBrand: toBrand.length,
        linksElsewhere: elsewhere.length,
      },
      evidence: [
        { kind: 'text', value: from.name, label: 'From display name' },
        { kind: 'address', value: from.address, label: 'From address' },
        ...elsewhere.slice(0, MAX_EVIDENCE_LINKS).map((l) => ({ kind: 'url' as const, value: l.target || l.href, label: 'link' })),
      ],
    },
  ];
}
