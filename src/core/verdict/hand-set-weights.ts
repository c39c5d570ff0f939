/**
 * Weights (log-odds) of findings the corpus cannot train. Online-only evidence (domain age over RDAP, DNS blocklists,
 * URL reputation): the corpus cannot replay it (its registrations and listings are of the past, and evaluation is
 * offline). QR-code lures: training analyses without an image decoder, and the corpus holds one such phish. So
 * `npm run train` never sees these ids and cannot fit them; like the hand-set scores SpamAssassin gives
 * network rules its mass-check could not measure, they are set here by hand and documented in docs/evaluation.md.
 * Chosen so that the strong forms reach "caution" on their own at normal sensitivity (bias about -2, caution about
 * +1.2): a link or sender domain registered in the last week, a listing in a major blocklist's phishing/malware data,
 * a Safe Browsing match, or a QR code asking to re-authenticate by phone are each, by themselves, what an analyst would act on. A trained weight, if the corpus ever
 * carries the id, takes precedence (verdict/score.ts).
 */
import type { Severity } from '../model/finding.js';

export const HAND_SET_WEIGHTS: Readonly<Record<string, Partial<Record<Severity, number>>>> = Object.freeze({
  /** high: registered <= 7 days before the message; medium: <= 30 days; low: <= 180 days. */
  'domain-young': { low: 0.75, medium: 2, high: 3.5 },
  /** The list's own return-code meaning gives the severity (evidence/dnsbl-lists.ts). */
  'dnsbl-listed': { low: 1, medium: 2.25, high: 3.5 },
  /** Google Safe Browsing match with the user's own key. */
  'url-reputation-listed': { low: 3.5, medium: 3.5, high: 5, critical: 5 },
  /** A QR code with a request to scan it with a phone to sign in / verify / re-authenticate (rules/qr). */
  'qr-code-lure': { medium: 2, high: 3.5 },
});
