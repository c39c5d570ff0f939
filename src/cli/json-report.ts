import type { Report } from '../core/model/report.js';
import { t, type Lang } from '../core/i18n/index.js';

/**
 * The CLI's JSON line for one analyzed file (a contract other tools and the test suite rely on):
 * {"file","verdict","score","strength","findings":[{"id","severity","contribution","message","evidence"}],"origin":{...},"auth":{...},"hops":[...],"links":[...]}
 */
export function toJsonLine(file: string, report: Report, lang: Lang): Record<string, unknown> {
  const o = report.origin;
  return {
    file,
    verdict: report.verdict,
    score: report.score,
    strength: report.strength,
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      contribution: f.contribution ?? 0,
      message: t(f.messageKey, f.params, lang),
      evidence: f.evidence,
      // Findings of an attached message (attached-message-phish), in the same shape.
      ...(f.inner?.length
        ? {
            inner: f.inner.map((x) => ({ id: x.id, severity: x.severity, message: t(x.messageKey, x.params, lang), evidence: x.evidence })),
          }
        : {}),
    })),
    origin: {
      ip: o?.ip ?? null,
      helo: o?.helo ?? null,
      rdns: o?.ptr?.[0] ?? o?.rdns ?? null,
      fcrdns: o?.fcrdns ?? null,
      asn: o?.asn ?? null,
      asName: o?.asName ?? null,
      prefix: o?.prefix ?? null,
      country: o?.country ?? null,
      claimedOriginatingIps: o?.claimedOriginatingIps ?? [],
    },
    auth: {
      spf: report.auth.spf,
      dkim: report.auth.dkim,
      dmarc: report.auth.dmarc,
      arc: report.auth.arc,
      receiver: report.auth.receiver.map((h) => ({ authservId: h.authservId, methods: h.methods })),
    },
    claimedEntity: report.claimedEntity,
    message: report.message,
    hops: report.hops,
    links: report.links,
    checks: report.checks,
    ...(report.reputation ? { reputation: report.reputation } : {}),
    warnings: report.warnings,
    elapsedMs: report.elapsedMs,
  };
}
