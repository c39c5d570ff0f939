/**
 * The registrable domains a message names, for the reputation checks: From, Reply-To, Return-Path and every link's
 * target (after redirect unwrapping), ICANN registrable domain (the unit a registry registers and a domain blocklist
 * lists). The recipient's own domains and the user's allowlist are left out: nothing to learn, nothing to reveal.
 */
import { domainOfAddress, icannRegistrableDomain } from '../net/registrable.js';
import { hostForms } from '../net/host-forms.js';
import type { AnalysisContext } from '../pipeline/context.js';
import type { MessageDomain } from './network-check.js';
import { parseDateSeconds } from '../parse/headers/date.js';

type Role = MessageDomain['roles'][number];

export function messageDomains(ctx: AnalysisContext): MessageDomain[] {
  const roles = new Map<string, Set<Role>>();
  const skip = new Set([...ctx.ownDomains, ...ctx.settings.allowlist].map((d) => icannRegistrableDomain(d) ?? d));
  const add = (raw: string | null | undefined, role: Role): void => {
    // IDN sender domains arrive in Unicode: registries and lists are asked in A-label form.
    const host = raw ? (hostForms(raw)?.ascii ?? null) : null;
    if (!host || !/^[a-z0-9.-]+$/i.test(host)) return;
    const d = icannRegistrableDomain(host);
    if (!d || skip.has(d)) return;
    const set = roles.get(d) ?? new Set<Role>();
    set.add(role);
    roles.set(d, set);
  };
  add(ctx.msg.from?.domain, 'from');
  for (const r of ctx.msg.replyTo) add(r.domain, 'reply-to');
  add(domainOfAddress(ctx.msg.returnPath), 'return-path');
  for (const l of ctx.links) add(l.hostAscii, 'link');
  return [...roles].map(([domain, r]) => ({ domain, roles: [...r] }));
}

/** The Date header as epoch ms, or null when absent or unparseable. */
export function messageDateMs(date: string | null): number | null {
  if (!date) return null;
  const t = parseDateSeconds(date);
  return t === null ? null : t * 1000;
}
