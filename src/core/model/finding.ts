/** Findings: one observation about a message, with a stable id, a severity and the evidence behind it. */

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** What a piece of evidence points at, so a UI can render it (an IP with its ASN, a header line verbatim...). */
export type EvidenceKind = 'header' | 'host' | 'ip' | 'url' | 'address' | 'text' | 'dns' | 'auth';

export interface Evidence {
  kind: EvidenceKind;
  /** Verbatim value taken from the message or from DNS. Never HTML; render as text only. */
  value: string;
  /** Optional label, e.g. the header name ("From", "Received #2") or the DNS name asked. */
  label?: string;
}

/** Parameter values substituted into a finding's i18n message ({name} placeholders). */
export type MessageParams = Record<string, string | number>;

export interface Finding {
  /** Stable id, e.g. `spf-fail`, `brand-on-shared-host`. Part of the CLI contract: never rename. */
  id: string;
  severity: Severity;
  /** i18n key in the core catalog (src/core/i18n). Usually equal to `finding.<id>`. */
  messageKey: string;
  params: MessageParams;
  evidence: Evidence[];
  /**
   * Points this finding adds to the message's risk score (0 for info). Chosen by the producing module
   * from its severity unless it has a reason to differ (see src/core/verdict/score.ts).
   */
  score?: number;
  /** Findings this one stands for, e.g. those of an attached message (`attached-message-phish`); absent otherwise. */
  inner?: Finding[];
  /**
   * What this finding adds to the message's risk in the learned model (log-odds, src/core/verdict/score.ts), set by the
   * verdict on the strongest occurrence of each id (0 on repeats and on findings that carry no weight). Trust findings
   * (e.g. `sender-domain-verified`) may be negative.
   */
  contribution?: number;
}

export const SEVERITY_ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}
