import type { Finding } from '../model/finding.js';
import { displayNameFindings } from '../findings/display-name.js';
import { isMailingListPost } from '../findings/list-signals.js';
import { ownDomainFindings } from '../findings/own-domain.js';
import { senderRelationFindings } from '../findings/sender-relations.js';
import { heloFindings } from '../findings/helo.js';
import { linkFindings } from '../links/findings.js';
import { lureFindings } from '../lures/index.js';
import { impersonationFindings } from '../impersonation/index.js';
import { scamFindings } from '../scams/index.js';
import { isFreeMail } from '../findings/domain-sets.js';
import { defaultEngine, lookalikeFindings, createLookalikeEngine } from '../lookalike/index.js';
import { BRANDS, contactEntities } from '../brands/index.js';
import { isEsp } from '../hosting/index.js';
import { domainOfAddress } from '../domain/registrable.js';
import type { AnalysisContext } from './context.js';

/**
 * The engine for this analysis: the shipped brand pack, plus the user's contacts as protected entities and the
 * user's allowlist. Without either, the memoized default engine is used (built once per process).
 */
const engines = new Map<string, ReturnType<typeof createLookalikeEngine>>();
function engineFor(ctx: AnalysisContext) {
  const { allowlist, contactDomains } = ctx.settings;
  if (!allowlist.length && !contactDomains.length) return defaultEngine();
  const key = JSON.stringify([allowlist, contactDomains]);
  let engine = engines.get(key);
  if (!engine) {
    engine = createLookalikeEngine({ entities: [...BRANDS, ...contactEntities(contactDomains)], allowlist });
    if (engines.size >= 4) engines.clear(); // settings change rarely; keep the last few
    engines.set(key, engine);
  }
  return engine;
}

/** Every check that needs nothing but the message itself. Each producer is independent; none throws. */
export function offlineFindings(ctx: AnalysisContext): Finding[] {
  const { msg } = ctx;
  const returnPathDomain = domainOfAddress(msg.returnPath);
  const mailingList = isMailingListPost(msg);
  const lures = lureFindings({ subject: msg.subject, text: msg.text, html: msg.html, links: ctx.links, htmlSource: ctx.html });
  return [
    ...displayNameFindings(msg.from, { ownDomains: ctx.ownDomains, mailingList }),
    ...impersonationFindings({ msg, links: ctx.links, mailingList, freeMail: msg.from?.domain ? isFreeMail(msg.from.domain) : false }),
    ...ownDomainFindings({ from: msg.from, subject: msg.subject, text: msg.text, ownDomains: ctx.ownDomains, ownOrgNames: ctx.settings.ownOrgNames })
      // Where the own domain came from, so the UI can say it ("your address's domain") when none is configured.
      .map((f) => ({ ...f, params: { ...f.params, ownSource: ctx.settings.ownDomains.length ? 'settings' : 'recipient' } })),
    ...senderRelationFindings(msg),
    ...heloFindings(ctx.origin),
    ...linkFindings(ctx.links),
    ...lures,
    ...scamFindings({ msg, links: ctx.links, mailingList, credentialLure: lures.some((f) => f.id === 'credential-lure'), htmlSource: ctx.html }),
    ...lookalikeFindings(
      {
        from: msg.from,
        replyTo: msg.replyTo,
        returnPath: msg.returnPath,
        returnPathIsEsp: returnPathDomain ? isEsp(returnPathDomain) : false,
        links: ctx.links,
        displayName: msg.from?.name ?? '',
      },
      engineFor(ctx),
      { ownDomains: ctx.ownDomains, ownDomainsInferred: ctx.settings.ownDomains.length === 0 },
    ),
  ];
}
