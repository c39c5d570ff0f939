/**
 * Lookalike findings for one message: From, Reply-To, display names, link targets and link texts, and the
 * Return-Path where it is not an ESP. `lookalike-domain` and `brand-on-shared-host`, both high.
 */
import type { Address } from '../../model/message.js';
import type { Evidence, Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import { ownEntity } from '../../reference/brands/index.js';
import { publicSuffixOf } from '../../net/registrable.js';
import { createLookalikeEngine } from './engine.js';
import type { LookalikeEngine, LookalikeMatch } from './types.js';

export interface LookalikeInput {
  from: Address | null;
  replyTo: Address[];
  returnPath: string | null;
  returnPathIsEsp: boolean;
  links: LinkInfo[];
  displayName: string;
}

/** Caps on untrusted input: links looked at, display-name domains, findings produced. */
const MAX_LINKS = 200;
const MAX_NAME_DOMAINS = 5;
const MAX_FINDINGS = 10;

interface Candidate {
  value: string;
  where: string;
}

function domainOf(addr: string | null | undefined): string | null {
  if (!addr) return null;
  const at = addr.lastIndexOf('@');
  const d = (at >= 0 ? addr.slice(at + 1) : addr).replace(/[<>\s]/g, '');
  return d || null;
}

function push(out: Candidate[], value: string | null | undefined, where: string): void {
  if (value) out.push({ value, where });
}

function candidates(input: LookalikeInput): Candidate[] {
  const out: Candidate[] = [];
  push(out, input.from?.domain || domainOf(input.from?.address), 'From');
  for (const r of (input.replyTo ?? []).slice(0, 10)) push(out, r.domain || domainOf(r.address), 'Reply-To');
  if (!input.returnPathIsEsp) push(out, domainOf(input.returnPath), 'Return-Path');
  const name = typeof input.displayName === 'string' ? input.displayName.slice(0, 500) : '';
  // A domain in the name has a dot: most names have none, and the Unicode-class scan is skipped for them.
  if (name.includes('.'))
    for (const m of [...name.matchAll(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu)].slice(0, MAX_NAME_DOMAINS)) push(out, m[0], 'display name');
  for (const l of (input.links ?? []).slice(0, MAX_LINKS)) {
    push(out, l.target || l.href, 'link');
    if (l.shownHost) push(out, l.shownHost, 'link text');
    // A redirect hop is a host the reader's browser visits too: `?url=https://real.example` must not hide a lookalike.
    for (const hop of (l.openRedirects ?? []).slice(0, 5)) push(out, `https://${hop}/`, 'link');
  }
  return out;
}

const ownEngines = new Map<string, LookalikeEngine>();
function ownEngine(ownDomains: readonly string[]): LookalikeEngine | null {
  const own = ownEntity(ownDomains);
  if (!own) return null;
  const key = own.domains.join(',');
  let e = ownEngines.get(key);
  if (!e) {
    if (ownEngines.size > 20) ownEngines.clear();
    e = createLookalikeEngine({ entities: [own] });
    ownEngines.set(key, e);
  }
  return e;
}

function isOwn(ascii: string, ownDomains: readonly string[]): boolean {
  return ownDomains.some((d) => ascii === d || ascii.endsWith(`.${d}`));
}

/**
 * Big brands register their name under most country codes (apple.com.au, amazon.de), and a brand pack cannot
 * list them all: a TLD swap into a country-code suffix is medium (worth showing, not alone a verdict), while a swap
 * into a generic TLD (.xyz, .top, .online) stays high.
 */
function countryCodeSuffix(ascii: string): boolean {
  const suffix = publicSuffixOf(ascii, { privateDomains: false }) ?? '';
  return /(^|\.)[a-z]{2}$/.test(suffix);
}

/**
 * Kinds that count against the recipient's own organization when its domains were only inferred from To and
 * Delivered-To (a list post or a bounce can name several unrelated domains): close imitations only. With
 * configured own domains every kind counts.
 */
const INFERRED_OWN_KINDS: ReadonlySet<LookalikeMatch['kind']> = new Set(['homoglyph', 'typo', 'split-label']);

function toFinding(m: LookalikeMatch, where: string): Finding {
  const host = m.unicode === m.ascii ? m.ascii : `${m.unicode} (${m.ascii})`;
  const evidence: Evidence[] = [
    { kind: 'host', value: m.unicode, label: where },
    ...(m.unicode !== m.ascii ? [{ kind: 'host' as const, value: m.ascii, label: 'punycode' }] : []),
    { kind: 'text', value: m.reason, label: m.kind },
  ];
  if (m.kind === 'shared-host') {
    return {
      id: 'brand-on-shared-host',
      severity: 'high',
      messageKey: where === 'link' || where === 'link text' ? 'finding.brand-on-shared-host' : 'finding.brand-on-shared-host.sender',
      params: { host, platform: m.platform ?? '', entity: m.entity, where },
      evidence: [...evidence, { kind: 'host', value: m.platform ?? '', label: 'platform' }],
    };
  }
  return {
    id: 'lookalike-domain',
    severity:
      where === 'display name' || where === 'link text' || (m.kind === 'tld-swap' && countryCodeSuffix(m.ascii)) ? 'medium' : 'high',
    messageKey: `finding.lookalike-domain.${m.kind}`,
    params: { host, domain: m.domain, entity: m.entity, kind: m.kind, where },
    evidence: [...evidence, { kind: 'host', value: m.domain, label: 'imitates' }],
  };
}

export function lookalikeFindings(
  input: LookalikeInput,
  engine: LookalikeEngine,
  ctx: { ownDomains: string[]; ownDomainsInferred?: boolean },
): Finding[] {
  const own = (ctx?.ownDomains ?? []).map((d) => d.toLowerCase());
  const ownEngineFound = ownEngine(own);
  // One session per message: a host linked by many URLs is matched once (same answers as engine.match).
  const main = engine.session?.() ?? ((v: string) => engine.match(v));
  const ownMatch = ownEngineFound && (ownEngineFound.session?.() ?? ((v: string) => ownEngineFound.match(v)));
  const extra =
    ownMatch && ctx?.ownDomainsInferred
      ? {
          match: (v: string) => {
            const m = ownMatch(v);
            return m && INFERRED_OWN_KINDS.has(m.kind) ? m : null;
          },
        }
      : ownMatch && { match: ownMatch };
  const seen = new Set<string>();
  // A value already looked at gives the same answer again (a finding already made, or nothing): skipped.
  const looked = new Set<string>();
  const out: Finding[] = [];
  for (const c of candidates(input ?? ({} as LookalikeInput))) {
    if (out.length >= MAX_FINDINGS) break;
    if (looked.has(c.value)) continue;
    looked.add(c.value);
    const m = main(c.value) ?? extra?.match(c.value) ?? null;
    if (!m || isOwn(m.ascii, own)) continue;
    const key = `${m.ascii}|${m.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toFinding(m, c.where));
  }
  return out;
}
