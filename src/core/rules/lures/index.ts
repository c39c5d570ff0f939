/**
 * Credential and urgency lures. `credential-lure` needs a threat to an account/mailbox/payment/parcel AND
 * something that pushes the reader (an action or a deadline); it is high when a link also carries the
 * recipient's address or leads to a login-like path. `urgency-lure` is a deadline pushing an action.
 */
import type { Finding } from '../../model/finding.js';
import type { LinkInfo } from '../../model/link.js';
import type { HtmlSource } from '../../text/html-source.js';
import { lureText } from './normalize.js';
import { matchLures } from './match.js';
import { linksStayWithBrandSender } from './brand-own-site.js';

export interface LureInput {
  subject: string;
  text: string;
  html: string;
  links: LinkInfo[];
  /** `html` tokenized once for the whole analysis (optional). */
  htmlSource?: HtmlSource | undefined;
  /** The From domain (optional): a lure whose links all stay with the brand sending it is weaker (brand-own-site.ts). */
  fromDomain?: string | null | undefined;
}

/** Matched phrases reported per finding (they are message text: bounded). */
const MAX_PHRASES = 6;
const MAX_PHRASE_CHARS = 80;
/** Unsubscribe links carry the recipient's address by design (RFC 8058 one-click included). */
const UNSUBSCRIBE = /unsubscribe|abmelden|abbestellen|opt-?out|desinscri|désinscri|afmelden|cancelar-inscri/i;

function phraseList(phrases: string[]): string {
  return [...new Set(phrases)]
    .slice(0, MAX_PHRASES)
    .map((p) => `「${p.slice(0, MAX_PHRASE_CHARS)}」`)
    .join(' ');
}

export function lureFindings(input: LureInput): Finding[] {
  const text = lureText(input.subject ?? '', input.text ?? '', input.html ?? '', input.htmlSource);
  const m = matchLures(text);
  const out: Finding[] = [];
  // Weak pressure words ("dringend", "urgent") are common in news text; next to a prize or offer alone they push nothing.
  const threatened = [...m.threats.keys()].some((k) => k !== 'prize');
  const pushed = m.actions.length > 0 || m.deadlines.length > 0 || (m.pressure.length > 0 && threatened);
  if (m.threats.size > 0 && pushed) {
    const hot = input.links.filter(
      (l) => (l.flags.includes('recipient-in-url') && !UNSUBSCRIBE.test(l.target || l.href)) || l.flags.includes('credential-path'),
    );
    const phrases = [...m.threats.values(), ...m.deadlines, ...m.pressure, ...m.actions];
    out.push({
      id: 'credential-lure',
      severity: linksStayWithBrandSender(input.fromDomain, input.links)
        ? hot.length > 0
          ? 'medium'
          : 'low'
        : hot.length > 0
          ? 'high'
          : 'medium',
      messageKey: 'finding.credential-lure',
      params: { phrases: phraseList(phrases), kinds: [...m.threats.keys()].join(', ') },
      evidence: [
        ...phrases.slice(0, MAX_PHRASES).map((p) => ({ kind: 'text' as const, value: p.slice(0, MAX_PHRASE_CHARS) })),
        ...hot.slice(0, 3).map((l) => ({ kind: 'url' as const, value: l.target || l.href, label: 'link' })),
      ],
    });
  }
  // A deadline pushing an action or threat; weak pressure words only next to a threat.
  const urgency = [...m.deadlines, ...(threatened ? m.pressure : [])];
  if (urgency.length > 0 && (m.threats.size > 0 || m.actions.length > 0)) {
    out.push({
      id: 'urgency-lure',
      severity: 'low',
      messageKey: 'finding.urgency-lure',
      params: { phrases: phraseList(urgency) },
      evidence: urgency.slice(0, MAX_PHRASES).map((p) => ({ kind: 'text' as const, value: p.slice(0, MAX_PHRASE_CHARS) })),
    });
  }
  return out;
}
