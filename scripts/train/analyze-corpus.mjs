// Runs the analysis (in process, offline, exactly what `sender-lens analyze --offline` does) over the corpus and keeps,
// per message, only what the model reads: its findings (id, severity, and the parameters that name the kind of evidence,
// e.g. the receiver's failed method: src/core/verdict/features.ts featureIdOf). Deterministic: no network, fixed order.
import { readFileSync } from 'node:fs';
import { analyzeMessage } from '../../src/core/analyze.ts';
import { createNoneResolver } from '../../src/core/dns/index.ts';
import { linksStayWithSender } from '../../src/core/verdict/ok-policy.ts';

export async function analyzeCorpus(items) {
  const deps = { resolver: createNoneResolver(), offline: true, now: () => 0, crypto: globalThis.crypto };
  const out = [];
  for (const it of items) {
    const report = await analyzeMessage(new Uint8Array(readFileSync(it.path)), deps);
    out.push({
      ...it,
      findings: report.findings.map((f) => ({ id: f.id, severity: f.severity, params: f.params })),
      linksStay: linksStayWithSender(report.links, report.message.from?.domain || null, report.message.returnPath),
      verdict: report.verdict,
    });
  }
  return out;
}
