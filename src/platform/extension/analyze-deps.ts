/**
 * Builds the core's AnalyzeDeps from the extension settings: a DoH resolver over fetch with a shared TTL cache
 * (rebuilt when the resolver list changes), or the offline resolver. Clock and crypto are the platform's.
 */
import type { AnalyzeDeps, CryptoLike } from '../../core/deps.js';
import type { QrDecoder } from '../../core/media/qr-types.js';
import type { DohTransport, Resolver } from '../../core/dns/types.js';
import { createCachingResolver, createDohResolver, createNoneResolver } from '../../core/dns/index.js';
import { isOffline, rdapActive, toCoreSettings, type ExtensionSettings } from './settings.js';
import { inflate } from '../shared/inflate.js';
import { createRdapClient, type RdapClient, type RdapFetch } from '../../core/evidence/rdap/client.js';
import { shippedRdapBootstrap } from '../../core/evidence/rdap/shipped.js';
import { createSafeBrowsingClient, type HttpPostJson, type UrlReputationClient } from '../../core/evidence/safe-browsing.js';

export interface DepsFactoryOptions {
  transport: DohTransport;
  now: () => number;
  crypto: CryptoLike;
  /** RDAP transport (domain age); without it RDAP stays off. */
  rdapFetch?: RdapFetch;
  /** JSON POST transport for Safe Browsing (used only when the user set a key). */
  postJson?: HttpPostJson;
  /** QR decoder for images and PDFs (qr-raster.ts); absent: the report says QR codes were not checked. */
  findQrCodes?: QrDecoder | undefined;
}

export type DepsFactory = (settings: ExtensionSettings, contactDomains?: readonly string[]) => AnalyzeDeps;

export function createDepsFactory(opts: DepsFactoryOptions): DepsFactory {
  let key = '';
  let resolver: Resolver | null = null;
  const offlineResolver = createNoneResolver();
  // One RDAP client for the extension's life: its cache and per-server pacing span messages.
  let rdap: RdapClient | null = null;
  let sb: { key: string; client: UrlReputationClient } | null = null;
  const urlReputationFor = (settings: ExtensionSettings): UrlReputationClient | null => {
    if (!opts.postJson || isOffline(settings) || !settings.safeBrowsingKey) return null;
    if (sb?.key !== settings.safeBrowsingKey)
      sb = {
        key: settings.safeBrowsingKey,
        client: createSafeBrowsingClient({ key: settings.safeBrowsingKey, post: opts.postJson, now: opts.now }),
      };
    return sb.client;
  };
  return (settings, contactDomains = []) => {
    const offline = isOffline(settings);
    if (!offline) {
      const k = settings.dohUrls.join('\n');
      if (!resolver || k !== key) {
        key = k;
        resolver = createCachingResolver(
          createDohResolver({ endpoints: [...settings.dohUrls], transport: opts.transport, method: 'POST', now: opts.now }),
          { now: opts.now, maxEntries: 5000 },
        );
      }
    }
    if (opts.rdapFetch && rdapActive(settings))
      rdap ??= createRdapClient({ fetch: opts.rdapFetch, bootstrap: shippedRdapBootstrap(), now: opts.now });
    return {
      resolver: offline || !resolver ? offlineResolver : resolver,
      offline,
      rdap: opts.rdapFetch && rdapActive(settings) ? rdap : null,
      urlReputation: urlReputationFor(settings),
      now: opts.now,
      crypto: opts.crypto,
      inflate,
      settings: toCoreSettings(settings, contactDomains),
      ...(opts.findQrCodes ? { findQrCodes: opts.findQrCodes } : {}),
    };
  };
}
