import type { Report, CheckState } from './model/report.js';
import type { Finding } from './model/finding.js';
import type { AnalyzeDeps } from './deps.js';
import { resolveLimits, resolveSettings } from './limits.js';
import { parseMessage } from './parse/mime/parse-message.js';
import { buildHops } from './parse/received/build-hops.js';
import { applyTrustBoundary } from './parse/received/trust-boundary.js';
import { selectTrustedAuthResults, boundaryHeaderIndex } from './parse/authres/select-trusted.js';
import { extractLinks } from './parse/links/extract-links.js';
import { createHtmlSource } from './text/html-source.js';
import { inferOwnDomains } from './pipeline/own-domains.js';
import { createBudgetResolver } from './dns/budget-resolver.js';
import { createMessageMemo } from './dns/memo-resolver.js';
import { decideVerdict } from './verdict/decide.js';
import { linksStayWithSender } from './verdict/ok-policy.js';
import { runRules, ruleFacts } from './rules/run-rules.js';
import { networkChecks, emptyAuth, type NetworkOutcome } from './evidence/network-checks.js';
import { claimedEntity } from './pipeline/claimed-entity.js';
import { trustedAuthservIds } from './pipeline/trusted-ids.js';
import type { AnalysisContext } from './pipeline/context.js';
import { attachmentEvidence } from './pipeline/attachment-evidence.js';
import { messageMedia } from './media/message-media.js';
import { scanQrCodes } from './media/scan-qr.js';
import { qrLinks } from './media/qr-links.js';

const NETWORK_CHECKS = ['spf', 'dkim', 'dmarc', 'arc', 'origin-infra', 'rdns', 'asn'] as const;

/**
 * The one entry point: raw message bytes in, explained Report out. Never throws: bad input, limits hit and
 * unexpected failures all come back as a Report (verdict `unknown` with an `analysis-error` finding when
 * nothing could be analyzed). Every effect comes from `deps`.
 */
export async function analyzeMessage(raw: Uint8Array, deps: AnalyzeDeps): Promise<Report> {
  const started = deps.now();
  try {
    return await analyzeUnsafe(raw, deps, started);
  } catch (e) {
    return errorReport(e instanceof Error ? e.message : String(e), deps.now() - started);
  }
}

async function analyzeUnsafe(raw: Uint8Array, deps: AnalyzeDeps, started: number): Promise<Report> {
  if (!(raw instanceof Uint8Array)) throw new TypeError('message must be a Uint8Array of raw RFC 5322 bytes');
  const limits = resolveLimits(deps.limits);
  const settings = resolveSettings(deps.settings);
  const msg = await parseMessage(raw, limits);
  const ownDomains = inferOwnDomains(msg, settings.ownDomains);
  const built = buildHops(msg.headers, limits);
  const { hops, origin } = applyTrustBoundary(built.hops, { ownDomains, trustedHosts: settings.trustedHosts, headers: msg.headers });
  const html = createHtmlSource(msg.html);
  const attached = await attachmentEvidence(msg, { limits, settings, ownDomains, inflate: deps.inflate ?? null });
  const links = [...extractLinks(msg, limits, html, attached.links), ...attached.messageLinks].slice(0, limits.maxLinks);
  // QR codes in images and PDFs (injected decoder, within limits.qr*): their URLs are links like any other.
  const qr = await scanQrCodes(messageMedia(msg, html, limits.maxBodyChars), deps.findQrCodes, limits, deps.now);
  links.push(...qrLinks(msg, qr.codes, Math.max(0, limits.maxLinks - links.length), limits.maxRedirectHops));
  const ctx: AnalysisContext = { msg, hops, origin, links, ownDomains, settings, limits, html, attachedMessages: attached.messages };

  const receiverSel = selectTrustedAuthResults(
    msg.headers,
    trustedAuthservIds(ctx),
    boundaryHeaderIndex(msg.headers, origin?.hopIndex ?? null, hops),
    {
      acceptMissingIdAboveBoundary: settings.trustedAuthservIds.length === 0 && origin?.hopIndex != null,
      boundaryHost: origin?.receivedBy ?? null,
    },
  );
  const facts = ruleFacts(ctx);
  const offline = runRules('message', ctx, { facts });
  const findings: Finding[] = offline.findings;
  const checks: CheckState[] = [...offline.checks, qr.check];
  let net: NetworkOutcome | null = null;
  if (deps.offline) {
    for (const name of NETWORK_CHECKS) checks.push({ name, status: 'skipped', reason: 'offline mode' });
    // Reputation sources the user enabled are off too in offline mode: say so rather than stay silent.
    if (deps.rdap) checks.push({ name: 'rdap', status: 'skipped', reason: 'offline mode' });
    if (settings.dnsbl.length > 0) checks.push({ name: 'dnsbl', status: 'skipped', reason: 'offline mode' });
    if (deps.urlReputation) checks.push({ name: 'safe-browsing', status: 'skipped', reason: 'offline mode' });
  } else {
    const deadline = started + limits.timeBudgetMs;
    const resolver = createMessageMemo(createBudgetResolver(deps.resolver, { maxQueries: limits.dnsBudget, deadline, now: deps.now }));
    net = await networkChecks(ctx, {
      resolver,
      crypto: deps.crypto,
      now: deps.now,
      rdap: deps.rdap ?? null,
      urlReputation: deps.urlReputation ?? null,
      dnsbl: settings.dnsbl,
      deadline,
    });
    findings.push(...net.findings);
    checks.push(...net.checks);
  }

  const auth = {
    ...emptyAuth(),
    ...(net ? { spf: net.spf, dkim: net.dkim, dmarc: net.dmarc, arc: net.arc } : {}),
    receiver: receiverSel.trusted,
    ignoredReceiverHeaders: receiverSel.ignored,
  };
  const authRules = runRules('authentication', ctx, { facts, auth, earlier: findings });
  findings.push(...authRules.findings);
  checks.push(...authRules.checks);
  const finalLinks = net?.links ?? links;
  // The link check only matters for a ✓ candidate (verified organisation, no risk finding): skip it otherwise.
  const okCandidate = findings.some((f) => f.id === 'sender-domain-verified') && !findings.some((f) => f.severity !== 'info');
  const staysWithSender = okCandidate && linksStayWithSender(finalLinks, msg.from?.domain || null, msg.returnPath);
  const decided = decideVerdict({ findings, auth, checks, sensitivity: settings.sensitivity, linksStayWithSender: staysWithSender });

  return {
    schema: 1,
    verdict: decided.verdict,
    score: decided.score,
    strength: decided.strength,
    findings: decided.findings,
    message: {
      from: msg.from,
      replyTo: msg.replyTo,
      to: msg.to,
      returnPath: msg.returnPath,
      subject: msg.subject,
      date: msg.date,
      messageId: msg.messageId,
    },
    claimedEntity: claimedEntity(ctx, decided.findings),
    origin: net?.origin ?? origin,
    hops,
    auth,
    links: finalLinks,
    checks,
    warnings: [...msg.warnings, ...built.warnings, ...attached.warnings],
    ...(net && net.reputation.length > 0 ? { reputation: net.reputation } : {}),
    elapsedMs: deps.now() - started,
  };
}

function errorReport(error: string, elapsedMs: number): Report {
  return {
    schema: 1,
    verdict: 'unknown',
    score: 0,
    strength: 'none',
    findings: [{ id: 'analysis-error', severity: 'info', messageKey: 'finding.analysis-error', params: { error }, evidence: [] }],
    message: { from: null, replyTo: [], to: [], returnPath: null, subject: '', date: null, messageId: null },
    claimedEntity: null,
    origin: null,
    hops: [],
    auth: emptyAuth(),
    links: [],
    checks: [{ name: 'analysis', status: 'error', reason: error }],
    warnings: [error],
    elapsedMs,
  };
}
