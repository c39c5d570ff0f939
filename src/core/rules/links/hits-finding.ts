/**
 * One finding for all the links (or pictures) a link rule flagged in a message: the first hit fills the sentence, the
 * count says how many there are, and the first MAX_EVIDENCE hits are the evidence, each as its URL cut to MAX_URL
 * characters. Shared by cloud-hosted-link, image-sharing-site, sender-name-variant-link and unusual-port-link.
 */
import type { Finding, MessageParams, Severity } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';

const MAX_EVIDENCE = 3;
const MAX_URL = 200;

/** The URL a link leads to (after unwrapping), else as written. */
export function linkUrl(l: LinkInfo): string {
  return l.target || l.href;
}

export function hitsFinding<T>(
  finding: { id: string; severity: Severity },
  hits: readonly T[],
  describe: {
    /** The sentence's parameters, from the first hit (`count` is added). */
    params: (first: T) => MessageParams;
    url: (hit: T) => string;
    label?: (hit: T) => string;
  },
): Finding[] {
  const first = hits[0];
  if (first === undefined) return [];
  return [
    {
      id: finding.id,
      severity: finding.severity,
      messageKey: `finding.${finding.id}`,
      params: { ...describe.params(first), count: hits.length },
      evidence: hits.slice(0, MAX_EVIDENCE).map((h) => {
        const value = describe.url(h).slice(0, MAX_URL);
        return describe.label ? { kind: 'url' as const, value, label: describe.label(h) } : { kind: 'url' as const, value };
      }),
    },
  ];
}
