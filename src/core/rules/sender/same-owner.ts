/**
 * Two domains of one organisation (issue #12: "an organisation's secondary domains"): a notice from
 * `no-reply@x.dion.ne.jp` asking for replies at `no-reply@app.auone-net.jp` stays inside KDDI. Known only from the
 * curated brand pack with its secondary domains (reference/brands/owned-domains.ts): two domains that no entry ties
 * together are not assumed to be related.
 */
import { entityOwningDomain } from '../../reference/brands/index.js';

/** `a` and `b` are registrable domains. */
export function sameOwner(a: string, b: string): boolean {
  const owner = entityOwningDomain(a);
  return owner !== null && owner.id === entityOwningDomain(b)?.id;
}
