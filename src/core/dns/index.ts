/** Public DNS API of the core: the Resolver contract and its implementations. */
export * from './types.js';
export { createDohResolver, DEFAULT_DOH_ENDPOINTS, DOH_MEDIA_TYPE, type DohResolverOptions } from './doh-resolver.js';
export { createFixtureResolver, type FixtureResolverOptions } from './fixture-resolver.js';
export { createNoneResolver } from './none-resolver.js';
export { createCachingResolver, type CachingResolver, type CachingResolverOptions } from './caching-resolver.js';
export { createBudgetResolver, BUDGET_ERROR, type BudgetResolver, type BudgetResolverOptions } from './budget-resolver.js';
export { reverseName, normalizeIp, parseIp, ipInCidr } from './ip.js';
export { parseZone } from './zone.js';
