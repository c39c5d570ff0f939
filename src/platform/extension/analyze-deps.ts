/**
 * Builds the core's AnalyzeDeps from the extension settings: a DoH resolver over fetch with a shared TTL cache
 * (rebuilt when the resolver list changes), or the offline resolver. Clock and crypto are the platform's.
 */
import type { AnalyzeDeps, CryptoLike } from '../../core/deps.js';
import type { QrDecoder } from '../../core/media/qr-types.js';
import type { DohTransport, Resolver } from '../../core/dns/types.js';
import { createCachingResolver, createDohResolver, createNoneResolver } from '../../core/dns/index.js';
import { isOffline, toCoreSettings, type ExtensionSettings } from './settings.js';

export interface DepsFactoryOptions {
  transport: DohTransport;
  now: () => number;
  crypto: CryptoLike;
  /** QR decoder for images and PDFs (qr-raster.ts); absent: the report says QR codes were not checked. */
  findQrCodes?: QrDecoder | undefined;
}

export type DepsFactory = (settings: ExtensionSettings, contactDomains?: readonly string[]) => AnalyzeDeps;

export function createDepsFactory(opts: DepsFactoryOptions): DepsFactory {
  let key = '';
  let resolver: Resolver | null = null;
  const offlineResolver = createNoneResolver();
  return (settings, contactDomains = []) => {
    const offline = isOffline(settings);
    if (!offline) {
      const k = settings.dohUrls.join('\n');
      if (!resolver || k !== key) {
        key = k;
        resolver = createCachingResolver(createDohResolver({ endpoints: [...settings.dohUrls], transport: opts.transport, method: 'POST', now: opts.now }), { now: opts.now, maxEntries: 5000 });
      }
    }
    return {
      resolver: offline || !resolver ? offlineResolver : resolver,
      offline,
      now: opts.now,
      crypto: opts.crypto,
      settings: toCoreSettings(settings, contactDomains),
      ...(opts.findQrCodes ? { findQrCodes: opts.findQrCodes } : {}),
    };
  };
}
