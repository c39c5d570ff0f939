/** Findings about the links of a message (from the flags set by extract-links.ts). */
import type { Evidence, Finding, Severity } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import { isDigestShortening } from './digest-shortener.js';

/** Links named as evidence per finding; the UI shows the list, the count says how many there were. */
const MAX_EVIDENCE = 5;

function finding(id: string, severity: Severity, params: Finding['params'], evidence: Evidence[]): Finding {
  return { id, severity, messageKey: `finding.${id}`, params, evidence: evidence.slice(0, MAX_EVIDENCE) };
}

function urlEvidence(l: LinkInfo): Evidence {
  return { kind: 'url', value: l.target || l.href, label: l.source };
}

function byFlag(links: LinkInfo[], flag: string): LinkInfo[] {
  return links.filter((l) => l.flags.includes(flag));
}

export function linkFindings(links: LinkInfo[]): Finding[] {
  const out: Finding[] = [];
  const mismatch = byFlag(links, 'text-mismatch');
  const first = mismatch[0];
  if (first) {
    out.push(
      finding(
        'link-text-mismatch',
        'high',
        { shown: first.shownHost ?? '', actual: first.host ?? first.target, count: mismatch.length },
        mismatch.flatMap((l): Evidence[] => [{ kind: 'text', value: l.text ?? '', label: 'link text' }, urlEvidence(l)]),
      ),
    );
  }
  const ip = byFlag(links, 'ip-literal');
  if (ip[0]) out.push(finding('ip-literal-link', 'medium', { host: ip[0].host ?? '', count: ip.length }, ip.map(urlEvidence)));
  const puny = byFlag(links, 'punycode');
  if (puny[0]) {
    out.push(
      finding(
        'punycode-link',
        'low',
        { host: puny[0].host ?? '', ascii: puny[0].hostAscii ?? '', count: puny.length },
        puny.map((l): Evidence => ({ kind: 'host', value: `${l.host ?? ''} (${l.hostAscii ?? ''})` })),
      ),
    );
  }
  const short = byFlag(links, 'shortener');
  if (short[0]) {
    const severity = isDigestShortening(links, short) ? 'info' : 'low';
    out.push(finding('shortener-link', severity, { host: short[0].host ?? '', count: short.length }, short.map(urlEvidence)));
  }

  const attachForms = links.filter((l) => l.source === 'attachment' && (l.flags.includes('form') || l.flags.includes('password-input')));
  if (attachForms[0]) {
    const password = attachForms.some((l) => l.flags.includes('password-input'));
    out.push(
      finding(
        'html-attachment-form',
        'high',
        { target: attachForms[0].host ?? (attachForms[0].target || '-'), password: password ? 'yes' : 'no' },
        attachForms.map(urlEvidence),
      ),
    );
  }
  const bodyForms = links.filter((l) => l.source === 'form');
  if (bodyForms[0]) {
    // A form asking for a password, user name or card is a harvesting form; a search or subscription box is not, and
    // by itself is only information (issue #12: such forms were on 30 phishing and 104 legitimate messages of dev+train
    // and the learned weight of the low finding was 0).
    const asks = bodyForms.some((l) => l.flags.includes('password-input') || l.flags.includes('credential-input'));
    out.push(
      finding(
        'form-in-message',
        asks ? 'medium' : 'info',
        { target: bodyForms[0].host ?? (bodyForms[0].target || '-') },
        bodyForms.map(urlEvidence),
      ),
    );
  }
  return out;
}
