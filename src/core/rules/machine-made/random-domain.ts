/**
 * `random-looking-domain`: the From domain, or the reply address (Reply-To, when it differs from From), is made of
 * machine-made strings: a domain label like `d1kkowrc5ix7ksukl8f4.com` or `yjbjgbjgald.kopy.mom`, or a reply local
 * part like `h9v9j7ogzg707rtk@gmx.net`. The same character model of legitimate senders as random-looking-sender
 * (char-model.ts, address threshold) judges each label below the public suffix and the reply local part (without its
 * sub-address tag). Campaigns register domains and open reply boxes in bulk with generated names; an organisation's
 * domain and the address it asks replies to are chosen to be read. Not judged: labels shorter than 8 characters,
 * romaji, punycode (`xn--`) labels, envelope addresses (Return-Path: VERP tags are machine-made by design), and
 * messages where random-looking-sender already reported the From address (one kind of evidence, one finding).
 *
 * A weak sign alone (low): the learned verdict weighs it with the rest.
 */
import type { Address } from '../../model/message.js';
import type { Finding } from '../../model/finding.js';
import { publicSuffixOf } from '../../net/registrable.js';
import { machineMadeTokens, shippedModel, type Judged } from './random-sender.js';
import { localPartTokens, MAX_TOKENS } from './sender-tokens.js';
import type { CharModel } from './char-model.js';

/** RFC 1035 2.3.4: names are at most 253 octets. */
const MAX_DOMAIN = 253;

/** The labels of a domain below its public suffix, split at `.` and `-`, punycode labels left out. */
export function domainTokens(domain: string): string[] {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!d || d.length > MAX_DOMAIN) return [];
  const suffix = publicSuffixOf(d) ?? '';
  const own = suffix && d.endsWith(`.${suffix}`) ? d.slice(0, -suffix.length - 1) : d;
  // A loop rather than filter/flatMap/filter/slice chained (four arrays per domain; the chain showed in the profile).
  const tokens: string[] = [];
  for (const label of own.split('.')) {
    if (label.startsWith('xn--')) continue;
    for (const t of label.split('-')) {
      if (!t) continue;
      if (tokens.length === MAX_TOKENS) return tokens;
      tokens.push(t);
    }
  }
  return tokens;
}

type Where = 'from-domain' | 'reply-address' | 'reply-domain';

function judge(model: CharModel, tokens: string[]): Judged | null {
  return machineMadeTokens(model, { local: tokens, name: [], subject: [] })[0] ?? null;
}

export function randomDomainFindings(
  from: Address | null,
  replyTo: readonly Address[],
  fromAlreadyJudged: boolean,
  model: CharModel = shippedModel(),
): Finding[] {
  if (fromAlreadyJudged) return [];
  const hits: { where: Where; judged: Judged; value: string }[] = [];
  if (from?.domain) {
    const j = judge(model, domainTokens(from.domain));
    if (j) hits.push({ where: 'from-domain', judged: j, value: from.address });
  }
  const reply = replyTo.find((r) => r.address && r.address.toLowerCase() !== (from?.address ?? '').toLowerCase());
  if (reply) {
    const local = judge(model, localPartTokens(reply.local));
    if (local) hits.push({ where: 'reply-address', judged: local, value: reply.address });
    const dom = reply.domain ? judge(model, domainTokens(reply.domain)) : null;
    if (dom) hits.push({ where: 'reply-domain', judged: dom, value: reply.address });
  }
  const first = hits[0];
  if (!first) return [];
  return [
    {
      id: 'random-looking-domain',
      severity: 'low',
      messageKey: first.where === 'from-domain' ? 'finding.random-looking-domain' : 'finding.random-looking-domain-reply',
      params: { token: first.judged.token, address: first.value, where: hits.map((h) => h.where).join(', ') },
      evidence: hits.map((h) => ({
        kind: 'address' as const,
        value: h.value,
        label: `${h.where === 'from-domain' ? 'From' : 'Reply-To'}: ${h.judged.token} (random-looking, score ${h.judged.score.toFixed(1)})`,
      })),
    },
  ];
}
