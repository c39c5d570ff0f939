/**
 * Runs the registered network checks: every `ask` starts at once (each awaits only its own DNS/HTTP answers, so the
 * critical path is the longest single chain), then each `judge` runs in registry order. One guard, as for rules
 * (rules/run-rules.ts): a check whose ask or judge throws leaves a `CheckState` with status `error`, never an empty
 * result that would read as "nothing found".
 */
import type { CheckState, Finding, Origin } from '../model/index.js';
import type { DomainReputation } from '../model/reputation.js';
import type { NetworkCheck, NetworkCheckInput, NetworkEffects } from './network-check.js';
import { NETWORK_CHECKS } from './registry.js';

export interface NetworkChecksOutcome {
  origin: Origin | null;
  findings: Finding[];
  checks: CheckState[];
  linkHostInfo: Record<string, { ips: string[]; asn: number | null; asName: string | null }>;
  reputation: DomainReputation[];
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Merges per-domain facts from several checks (age from one, listings from another) into one entry per domain. */
function mergeDomains(into: Map<string, DomainReputation>, add: readonly DomainReputation[]): void {
  for (const d of add) {
    const had = into.get(d.domain);
    into.set(d.domain, had ? { ...had, ...d, roles: had.roles } : { ...d });
  }
}

export async function runNetworkChecks(
  input: NetworkCheckInput,
  net: NetworkEffects,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see registry.ts
  checks: ReadonlyArray<NetworkCheck<any>> = NETWORK_CHECKS,
): Promise<NetworkChecksOutcome> {
  const active = checks.filter((c) => c.needs === 'message' || input.origin !== null);
  const asked = await Promise.all(
    active.map(async (c) => {
      try {
        return { ok: true as const, value: await c.ask(input, net) };
      } catch (e) {
        return { ok: false as const, error: describe(e) };
      }
    }),
  );
  const out: NetworkChecksOutcome = {
    origin: input.origin ? { ...input.origin, claimedOriginatingIps: [...input.origin.claimedOriginatingIps] } : null,
    findings: [],
    checks: [],
    linkHostInfo: {},
    reputation: [],
  };
  const domains = new Map<string, DomainReputation>();
  active.forEach((c, i) => {
    const a = asked[i]!;
    if (!a.ok) {
      out.checks.push({ name: c.name, status: 'error', reason: `the check failed: ${a.error}` });
      return;
    }
    try {
      const j = c.judge(a.value, input);
      out.findings.push(...j.findings);
      out.checks.push(...j.states);
      if (j.origin && out.origin) Object.assign(out.origin, j.origin);
      if (j.linkHosts) Object.assign(out.linkHostInfo, j.linkHosts);
      if (j.domains) mergeDomains(domains, j.domains);
    } catch (e) {
      out.checks.push({ name: c.name, status: 'error', reason: `the check failed: ${describe(e)}` });
    }
  });
  out.reputation = [...domains.values()];
  return out;
}
