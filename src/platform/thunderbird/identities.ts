/** Own domains suggested from account identities (accounts.list + identities), and contacts' domains. */
import { normalizeDomain } from '../extension/settings.js';
import type { MessengerApi } from './messenger-api.js';

/** Caps on what we read from the address books (each contact may carry several addresses). */
export const MAX_CONTACTS = 20_000;
export const MAX_CONTACT_DOMAINS = 2_000;

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 ? normalizeDomain(email.slice(at + 1)) : null;
}

export async function identityDomains(api: MessengerApi): Promise<string[]> {
  const out = new Set<string>();
  for (const account of await api.accounts.list(false)) {
    for (const id of account.identities ?? []) {
      const d = id.email ? domainOf(id.email) : null;
      if (d) out.add(d);
    }
  }
  return [...out].sort();
}

/** Email addresses in a vCard (RFC 6350 6.4.2 EMAIL property), without parameters. */
function vcardEmails(vcard: string): string[] {
  const out: string[] = [];
  for (const line of vcard.split(/\r?\n/)) {
    const m = /^(?:item\d+\.)?EMAIL(?:;[^:]*)?:(.+)$/i.exec(line.trim());
    if (m?.[1]) out.push(m[1].trim());
  }
  return out;
}

/** Contacts' domains when the optional addressBooks permission was granted; [] otherwise. */
export async function contactDomains(api: MessengerApi): Promise<string[]> {
  if (!api.addressBooks || !api.permissions) return [];
  if (!(await api.permissions.contains({ permissions: ['addressBooks'] }))) return [];
  const out = new Set<string>();
  let seen = 0;
  for (const book of await api.addressBooks.list(true)) {
    for (const c of book.contacts ?? []) {
      if (++seen > MAX_CONTACTS || out.size >= MAX_CONTACT_DOMAINS) return [...out];
      const emails = c.vCard
        ? vcardEmails(c.vCard)
        : [c.properties?.PrimaryEmail, c.properties?.SecondEmail].filter((x): x is string => !!x);
      for (const e of emails) {
        const d = domainOf(e);
        if (d) out.add(d);
      }
    }
  }
  return [...out];
}
