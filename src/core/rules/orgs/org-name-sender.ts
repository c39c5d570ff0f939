/**
 * `org-name-unrelated-sender`: the display name (or the subject's leading tag, "【日本郵便】", "Wells Fargo: ...")
 * claims an organisation of the generated catalogue (reference/orgs) while the From address is at a free mailbox or at
 * a domain that organisation does not own and that does not even carry its name. A bank, carrier or tax office writes
 * from its own domains, also when a mail service delivers for it. Brands of the curated pack are left to
 * `display-name-brand-mismatch` and `from-free-mail-brand-name` (rules/impersonation, rules/sender), whose name
 * handling this reuses for "the rest of the display name is service wording".
 */
import type { Address } from '../../model/message.js';
import type { Finding, Severity } from '../../model/finding.js';
import { orgNamesIn, wordsOf, compactOf, ORG_WORDS, JA_CONTEXT, type NameHit } from '../../reference/orgs/org-names.js';
import { orgsOwning, type Org } from '../../reference/orgs/catalog.js';
import { registrableDomain } from '../../net/registrable.js';
import { restIsGeneric } from '../impersonation/brand-claim.js';
import { brandsNamedIn } from '../impersonation/brand-names.js';
import { stripInvisible, MAX_SHORT_TEXT } from '../../text/short-text-forms.js';

export interface OrgSenderInput {
  from: Address | null;
  subject: string;
  freeMail: boolean;
  /** A list rewrote From ("Name via List"): the author's real address is hidden, the claim cannot be checked. */
  listRewrite: boolean;
  /** Findings of earlier rules: a brand-pack claim already reported is not reported twice. */
  earlier: readonly { id: string }[];
}

const PACK_CLAIMS = new Set(['display-name-brand-mismatch', 'from-free-mail-brand-name']);
/** Names shorter than this (compact) are not looked for in the sender's domain labels. */
const MIN_RELATED = 4;

/** The name is most of the display name: what is left is service wording (Latin or Japanese). */
function mostOfName(display: string, hit: NameHit): boolean {
  if (hit.entry.japanese) {
    const rest = display.normalize('NFKC').split(hit.entry.name).join('');
    return JA_CONTEXT.test(rest) || restIsGeneric(display, hit.entry.name);
  }
  return restIsGeneric(display, hit.entry.name);
}

/** Something besides the name is written (Latin or Japanese letters), e.g. "Support" in "Guardian Support". */
function hasMoreWords(display: string, hit: NameHit): boolean {
  const rest = display.normalize('NFKC').toLowerCase().split(hit.entry.lower).join(' ');
  return /[\p{L}]/u.test(rest);
}

/** The sender's domain carries the organisation's name or one of its own words (`sparkasse-koelnbonn.de`). */
function domainCarriesName(domain: string, hit: NameHit): boolean {
  const reg = registrableDomain(domain) ?? domain;
  const labels = compactOf(reg.split('.').slice(0, -1).join('') || reg);
  if (hit.entry.compact.length >= MIN_RELATED && labels.includes(hit.entry.compact)) return true;
  return wordsOf(hit.entry.name).some((w) => {
    const c = compactOf(w);
    return c.length >= MIN_RELATED && !ORG_WORDS.has(w) && labels.includes(c);
  });
}

function ownedBySome(orgs: readonly Org[], domain: string): boolean {
  const owners = orgsOwning(domain);
  return orgs.some((o) => owners.includes(o));
}

/** A subject that opens with the name as a tag: `【日本郵便】...`, `[Wells Fargo] ...`, `Wells Fargo: ...`. */
function subjectTag(subject: string): NameHit | null {
  const s = stripInvisible(subject.slice(0, MAX_SHORT_TEXT)).replace(/^\s*((re|fwd?|aw|wg|tr|rv|res|enc)\s*:\s*)*/iu, '');
  for (const hit of orgNamesIn(s)) {
    if (hit.entry.strength !== 'distinct') continue;
    const norm = s.normalize('NFKC');
    const before = norm.slice(0, hit.index).trim();
    const after = norm.slice(hit.index + hit.length).trimStart();
    const open = before === '' || /^[【[(「]$/u.test(before);
    const close = /^[】\])」:：|]/u.test(after) || (before === '' && /^[-–—]\s/u.test(after));
    if (open && close) return hit;
  }
  return null;
}

export function orgNameSenderFindings(input: OrgSenderInput): Finding[] {
  const { from } = input;
  if (!from?.address || !from.domain || input.listRewrite) return [];
  if (input.earlier.some((f) => PACK_CLAIMS.has(f.id))) return [];
  const display = from.name ?? '';
  // A brand of the curated pack named here is the pack's matter (its rules decide, also when they stay silent).
  if (display && brandsNamedIn(display).length > 0) return [];

  let claim: NameHit | null = null;
  let place: 'name' | 'subject' = 'name';
  const local = compactOf(from.local ?? '');
  for (const hit of display ? orgNamesIn(display) : []) {
    if (hit.entry.strength === 'distinct') {
      claim = hit;
      break;
    }
    // A one-word name that is also the mailbox name is a person's own name (`Kojima <kojima@...>`), not a claim; a
    // name that is an ordinary word ("guardian" of a news feed) needs service wording beside it ("Guardian Pharmacy").
    if (!mostOfName(display, hit) || (hit.entry.compact.length > 0 && local.includes(hit.entry.compact))) continue;
    if (hit.entry.common && !hasMoreWords(display, hit)) continue;
    claim = hit;
    break;
  }
  if (!claim) {
    claim = subjectTag(input.subject ?? '');
    place = 'subject';
    if (claim && brandsNamedIn(input.subject).length > 0) return [];
  }
  if (!claim) return [];
  const orgs = claim.entry.orgs;
  if (ownedBySome(orgs, from.domain) || (!input.freeMail && domainCarriesName(from.domain, claim))) return [];
  // A sender at any catalogue organisation's own domain (a group company writing for another, an agency under its
  // government's namespace) is a known organisation, not a stranger using the name.
  if (!input.freeMail && orgsOwning(from.domain).length > 0) return [];

  const org = orgs[0]!;
  const domains = [...new Set(orgs.flatMap((o) => o.domains))].slice(0, 3).join(', ');
  const severity: Severity = input.freeMail || place === 'name' ? 'medium' : 'low';
  return [
    {
      id: 'org-name-unrelated-sender',
      severity,
      messageKey: 'finding.org-name-unrelated-sender',
      params: {
        org: claim.entry.name,
        address: from.address,
        domains,
        place,
        freeMail: input.freeMail ? 'yes' : 'no',
        kind: org.kind,
        source: org.id,
      },
      evidence: [
        place === 'name'
          ? { kind: 'text', value: display, label: 'From display name' }
          : { kind: 'text', value: input.subject, label: 'Subject' },
        { kind: 'address', value: from.address, label: 'From address' },
      ],
    },
  ];
}
