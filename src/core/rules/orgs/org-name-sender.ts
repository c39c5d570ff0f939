/**
 * `org-name-unrelated-sender`: the display name (or the subject's leading tag, "【日本郵便】", "Wells Fargo: ...", also
 * behind a list's or filter's "[tag]") claims an organisation of the generated catalogue (reference/orgs) while the
 * From address is at a free mailbox or at a domain that organisation does not own and that does not even carry its
 * name. A bank, carrier, exchange or tax office writes from its own domains, also when a mail service delivers for it.
 * Names that are ordinary words (`Kraken`, `Exodus`) need context: service wording beside them or the subject naming
 * them as written. Senders at a domain of any catalogue organisation or brand-pack brand are known, not strangers. Brands of the curated pack are left to
 * `display-name-brand-mismatch` and `from-free-mail-brand-name` (rules/impersonation, rules/sender), whose name
 * handling this reuses for "the rest of the display name is service wording".
 */
import type { Address } from '../../model/message.js';
import type { Finding, Severity } from '../../model/finding.js';
import { orgNamesIn, wordsOf, compactOf, ORG_WORDS, JA_CONTEXT, type NameHit } from '../../reference/orgs/org-names.js';
import { orgsOwning, type Org } from '../../reference/orgs/catalog.js';
import { registrableDomain } from '../../net/registrable.js';
import { entityOwningDomain } from '../../reference/brands/index.js';
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

/** Dashes and underscores that decorate rather than join words (`-AAA Rewards---`, `_Jumbo_`). */
const DECORATION = /(?<![\p{L}\p{N}])[-_]+|[-_]+(?![\p{L}\p{N}])/gu;
/** Dots, underscores and hyphens gluing words of a display name together (`Celsius.Network`, `SiriusXM-Membership`). */
const GLUE = /(?<=[\p{L}\p{N}])[._-]+(?=\p{L})/gu;
/** Spaces put between the characters of a Japanese name (`横 浜 銀 行`). */
const JA_SPACING =
  /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])[\s\u3000]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu;
/**
 * Wording of claims and crypto lures that says nothing about who writes, beside the service wording of the brand rules
 * (`OpenSea Token`, `ANCV Dossier`, `Bittrex (Refund)`).
 */
const CLAIM_WORDS =
  /(?<![\p{L}\p{N}])(?:token|tokens|airdrop|refund|refunds|claim|claims|dossier|cashback|desktop|exchange|network|community|announcement|announcements|product|products)(?![\p{L}\p{N}])/giu;

/**
 * Catalogue names in the display name as written, then in the display name with its glued words pulled apart
 * (distinct names first); each hit comes with the text it was found in.
 */
function displayHits(display: string): { text: string; hit: NameHit }[] {
  const out = orgNamesIn(display).map((hit) => ({ text: display, hit }));
  const loose = display.replace(GLUE, ' ').replace(JA_SPACING, '');
  if (loose !== display)
    for (const hit of orgNamesIn(loose)) if (!out.some((o) => o.hit.entry === hit.entry)) out.push({ text: loose, hit });
  // A distinct name wins over a one-word one found first (`Celsius.Network` claims Celsius Network).
  return [...out.filter((o) => o.hit.entry.strength === 'distinct'), ...out.filter((o) => o.hit.entry.strength !== 'distinct')];
}

/** The name is most of the display name: what is left is service wording (Latin or Japanese). */
function mostOfName(display: string, hit: NameHit): boolean {
  const plain = display.replace(DECORATION, ' ').replace(CLAIM_WORDS, ' ');
  if (hit.entry.japanese) {
    const rest = plain.normalize('NFKC').split(hit.entry.name).join('');
    return JA_CONTEXT.test(rest) || restIsGeneric(plain, hit.entry.name);
  }
  return restIsGeneric(plain, hit.entry.name);
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

/** Rows of data/orgs/curated-orgs.tsv (ids `cur:`): brands chosen by hand, none of them a surname. */
function isCurated(org: Org): boolean {
  return org.id.startsWith('cur:');
}

/** The subject names the same catalogue entry as a whole token, written as the name is (`Kraken`, not `kraken`). */
function namedIn(subject: string, hit: NameHit): boolean {
  const s = stripInvisible(subject.slice(0, MAX_SHORT_TEXT)).normalize('NFKC');
  return orgNamesIn(s).some((h) => h.entry === hit.entry && s.startsWith(h.entry.name, h.index));
}

function ownedBySome(orgs: readonly Org[], domain: string): boolean {
  const owners = orgsOwning(domain);
  return orgs.some((o) => owners.includes(o));
}

const REPLY_PREFIXES = /^\s*((re|fwd?|aw|wg|tr|rv|res|enc)\s*:\s*)*/iu;
/** A bracketed tag a list or filter puts before the subject (`[SPAM]`, `[list-name]`); at most this many are passed. */
const LEADING_TAG = /^\s*\[[^\][\n]{1,40}\]\s*/u;
const MAX_LEADING_TAGS = 2;

/**
 * A subject that opens with the name as a tag: `【日本郵便】...`, `[Wells Fargo] ...`, `Wells Fargo: ...`, also behind
 * the bracketed tags a mailing list or a filter adds in front (`[list-name] 【三井住友カード】...`).
 */
function subjectTag(subject: string): NameHit | null {
  let s = stripInvisible(subject.slice(0, MAX_SHORT_TEXT)).replace(REPLY_PREFIXES, '');
  for (let i = 0; i <= MAX_LEADING_TAGS; i++) {
    const hit = tagAtStart(s);
    if (hit) return hit;
    const tag = LEADING_TAG.exec(s);
    if (!tag) return null;
    s = s.slice(tag[0].length).replace(REPLY_PREFIXES, '');
  }
  return null;
}

function tagAtStart(s: string): NameHit | null {
  for (const hit of orgNamesIn(s)) {
    const norm = s.normalize('NFKC');
    const before = norm.slice(0, hit.index).trim();
    const after = norm.slice(hit.index + hit.length).trimStart();
    // A short Japanese name (`国税庁`) counts when it is the whole 【…】 tag, the sender tag of Japanese mail.
    const wholeJaTag = hit.entry.japanese && !hit.entry.common && before === '【' && after.startsWith('】');
    if (hit.entry.strength !== 'distinct' && !wholeJaTag) continue;
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
  for (const { text, hit } of display ? displayHits(display) : []) {
    if (hit.entry.strength === 'distinct') {
      claim = hit;
      break;
    }
    // A one-word name that is also the mailbox name is a person's own name (`Kojima <kojima@...>`), not a claim
    // (names of the hand-curated table are brands, not surnames); a name that is an ordinary word ("guardian" of a
    // news feed, "Kraken") needs context: service wording beside it ("Guardian Pharmacy") or a subject naming it too.
    if (!mostOfName(text, hit)) continue;
    if (hit.entry.compact.length > 0 && local.includes(hit.entry.compact) && !hit.entry.orgs.every(isCurated)) continue;
    if (hit.entry.common && !hasMoreWords(text, hit) && !namedIn(input.subject ?? '', hit)) continue;
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
  // Likewise a brand of the curated pack: its product names meet catalogue names (`Gemini` <…@google.com>).
  if (!input.freeMail && entityOwningDomain(from.domain)) return [];

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
