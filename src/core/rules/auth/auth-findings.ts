import type { Finding } from '../../model/finding.js';
import type { AuthSummary, AuthResultsHeader, AuthResultsMethod } from '../../model/auth.js';
import { orgDomain } from '../../net/registrable.js';
import { spfFindings } from '../../auth/spf/index.js';
import { dmarcFindings } from '../../auth/dmarc/index.js';
import { dkimFindings } from '../../auth/dkim/index.js';
import { arcFindings } from '../../auth/arc/index.js';

const FAILING = new Set(['fail', 'softfail', 'permerror']);

/** The trusted receiver's verdict for one method (newest trusted header first), or null. */
function receiverMethod(auth: AuthSummary, method: string): AuthResultsMethod | null {
  for (const h of auth.receiver) {
    const m = h.methods.find((x) => x.method === method);
    if (m) return m;
  }
  return null;
}

/**
 * Did a trusted ARC chain vouch for the original authentication? RFC 8617 section 7.2: a receiver may use
 * a validated chain to override a local DMARC failure caused by forwarding (mailing lists, forwarders).
 * We require cv=pass and that the oldest ARC-Authentication-Results saw dmarc=pass (or spf/dkim pass).
 */
export function arcExplainsForwarding(auth: AuthSummary): boolean {
  if (auth.arc?.result !== 'pass' || !auth.arc.oldestAuthResults) return false;
  return /\b(dmarc|dkim|spf)\s*=\s*pass\b/i.test(auth.arc.oldestAuthResults);
}

/**
 * Findings from authentication. Local results come first; where a local check could not run (offline,
 * temporary failure) the trusted receiver's Authentication-Results speak instead (`auth-results-fail`).
 * A DMARC/SPF failure explained by a validated ARC chain is downgraded to info: forwarded, not forged.
 */
export interface AuthFindingOptions {
  /**
   * The message is a mailing-list post: lists re-send mail from their own servers and modify subject and body, which
   * breaks SPF and DKIM of the author's domain on the way (RFC 7960 section 3.2.3); the final receiver's failure is
   * then expected and weighs less.
   */
  mailingList?: boolean;
}

/**
 * The domain a receiver's result is about, lower-cased: DMARC's `header.from`, SPF's `smtp.mailfrom` (an address or a
 * domain), DKIM's `header.d`; '' when the header does not say. Lets the verdict see that a receiver's SPF failure of the
 * From domain is the cause of its DMARC failure of that domain, one fact (verdict/features.ts).
 */
function checkedDomain(m: AuthResultsMethod): string {
  const v = m.props['header.from'] ?? m.props['smtp.mailfrom'] ?? m.props['header.d'] ?? '';
  return v
    .slice(v.lastIndexOf('@') + 1)
    .toLowerCase()
    .slice(0, 253);
}

/**
 * The same receiver verified a DKIM signature of the organisation whose SPF failed (`spf=fail smtp.mailfrom=
 * x@us-west-2.amazonses.com` beside `dkim=pass header.i=@amazonses.com`): the domain did send the message and a
 * forwarder's address broke SPF on the way, as RFC 7489 section 4.2 lets either method authenticate. Such an SPF failure
 * is information, not a sign of forgery (issue #12: a forwarded notification was flagged on it).
 */
function signedBySameOrganisation(h: AuthResultsHeader, spfDomain: string): boolean {
  if (spfDomain === '') return false;
  const org = orgDomain(spfDomain);
  return h.methods.some((x) => {
    if (x.method !== 'dkim' || x.result.toLowerCase() !== 'pass') return false;
    const d = x.props['header.d'] ?? x.props['header.i'] ?? '';
    const signer = d.slice(d.lastIndexOf('@') + 1);
    return signer !== '' && orgDomain(signer) === org;
  });
}

/** Methods read from the trusted receiver; `compauth` is Microsoft's composite (implicit) authentication verdict. */
const RECEIVER_METHODS = ['dmarc', 'spf', 'dkim', 'compauth'] as const;

export function authFindings(auth: AuthSummary, fromDomain: string | null, opts: AuthFindingOptions = {}): Finding[] {
  const out: Finding[] = [];
  if (auth.spf) out.push(...spfFindings(auth.spf));
  out.push(...dkimFindings(auth.dkim, fromDomain));
  if (auth.dmarc) out.push(...dmarcFindings(auth.dmarc));
  if (auth.arc) out.push(...arcFindings(auth.arc));

  const localMissing = (r: string | undefined) => r === undefined || r === 'temperror';
  for (const method of RECEIVER_METHODS) {
    const local =
      method === 'dmarc' ? auth.dmarc?.result : method === 'spf' ? auth.spf?.result : method === 'dkim' ? auth.dkim[0]?.result : undefined;
    const m = receiverMethod(auth, method);
    if (!m || !localMissing(local) || !FAILING.has(m.result.toLowerCase())) continue;
    const h = auth.receiver.find((x) => x.methods.includes(m))!;
    const domain = checkedDomain(m);
    const signed = method === 'spf' && signedBySameOrganisation(h, domain);
    out.push({
      id: 'auth-results-fail',
      // compauth=fail: Microsoft could not tie the message to its From domain by any means (SPF, DKIM, DMARC or its
      // own sender history); weaker than an explicit DMARC failure, so medium like a DKIM failure.
      severity: signed ? 'info' : method === 'dkim' || method === 'compauth' || opts.mailingList ? 'medium' : 'high',
      messageKey: 'finding.auth-results-fail',
      params: { method: method.toUpperCase(), result: m.result, receiver: h.authservId ?? '?', domain },
      evidence: [{ kind: 'header', label: 'Authentication-Results', value: h.raw }],
    });
  }

  if (arcExplainsForwarding(auth)) {
    return out.map((f) =>
      f.id === 'dmarc-fail' || f.id === 'spf-fail' || f.id === 'spf-softfail' || f.id === 'dkim-fail' || f.id === 'auth-results-fail'
        ? { ...f, severity: 'info', score: 0, params: { ...f.params, forwardedBy: auth.arc!.sealers.join(', ') } }
        : f,
    );
  }
  return out;
}
