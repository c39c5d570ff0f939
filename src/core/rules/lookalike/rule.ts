/** Registry entry of the lookalike rule: sender, reply and link domains that imitate a protected brand or contact. */
import type { Rule } from '../rule.js';
import type { AnalysisContext } from '../../pipeline/context.js';
import { messages } from './messages.js';
import { defaultEngine, lookalikeFindings, createLookalikeEngine } from './index.js';
import { BRANDS, contactEntities } from '../../reference/brands/index.js';
import { isEsp } from '../../reference/hosting/index.js';
import { domainOfAddress } from '../../net/registrable.js';

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

export const lookalikeRule: Rule = {
  id: 'lookalike',
  stage: 'message',
  reads:
    'The From, Reply-To, Return-Path and link domains: homoglyphs, typos, TLD swaps, brand names glued to words, brands on rented hosts.',
  produces: ['lookalike-domain', 'brand-on-shared-host'],
  messages,
  run: (c) => {
    const { msg } = c;
    const returnPathDomain = domainOfAddress(msg.returnPath);
    return lookalikeFindings(
      {
        from: msg.from,
        replyTo: msg.replyTo,
        returnPath: msg.returnPath,
        returnPathIsEsp: returnPathDomain ? isEsp(returnPathDomain) : false,
        links: c.links,
        displayName: msg.from?.name ?? '',
      },
      engineFor(c),
      { ownDomains: c.ownDomains, ownDomainsInferred: c.settings.ownDomains.length === 0 },
    );
  },
};
