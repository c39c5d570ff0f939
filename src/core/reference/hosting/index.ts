/**
 * Infrastructure classification of hostnames: rentable shared hosting (tenant names), URL shorteners, ESPs,
 * link wrappers, free mail providers. PSL private section via tldts plus curated and generated lists.
 */
import { parseDomain, PSL_PRIVATE_HOST } from '../../net/registrable.js';
import { CURATED_SHARED_HOSTS, CURATED_SHORTENERS, ESP_DOMAINS, LINK_WRAPPERS, PATH_TENANT_HOSTS, PLATFORM_OPERATORS } from './curated.js';
import { CLOUD_APP_HOSTS } from './curated.js';
import {
  BULK_MAILER_URL_ROOTS,
  FREE_EMAIL_PROVIDERS,
  FREE_FILE_HOSTS,
  FREE_SUBDOMAIN_HOSTS,
  SELF_SERVICE_PLATFORMS,
  URL_SHORTENERS,
} from './generated/sublime-lists.js';

export interface SharedHost {
  /** The rentable platform suffix, e.g. `azurefd.net`. */
  platform: string;
  /** Everything left of the platform, e.g. `kagoya-support-notification` (may hold dots: `abc.z01`). */
  tenantLabel: string;
}

const lazy = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};
const words = (s: string): string[] => s.split(' ').filter(Boolean);
const shared = lazy(() => new Set([...CURATED_SHARED_HOSTS, ...words(FREE_SUBDOMAIN_HOSTS)]));
const shorteners = lazy(() => new Set([...CURATED_SHORTENERS, ...words(URL_SHORTENERS)]));
const esps = lazy(() => new Set([...ESP_DOMAINS, ...words(BULK_MAILER_URL_ROOTS)]));
const wrappers = lazy(() => new Set(LINK_WRAPPERS));
const freeMail = lazy(() => new Set(words(FREE_EMAIL_PROVIDERS)));
const fileHosts = lazy(() => new Set([...words(FREE_FILE_HOSTS), ...words(SELF_SERVICE_PLATFORMS)]));
const pathHosts = lazy(() => new Map(PATH_TENANT_HOSTS));
const operators = lazy(() => new Map(PLATFORM_OPERATORS));

/** RFC 1035 2.3.4: names are at most 253 octets. */
const MAX_HOST = 253;

function norm(host: unknown): string | null {
  if (typeof host !== 'string') return null;
  const lower = host.trim().toLowerCase();
  // One trailing dot dropped (the FQDN form): endsWith, not a regex that tries every position for `\.$`.
  const h = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return h && h.length <= MAX_HOST ? h : null;
}

/** Longest listed suffix of `h` (itself included) found in `set`. */
function listedSuffix(h: string, set: ReadonlySet<string>): string | null {
  let s = h;
  for (;;) {
    if (set.has(s)) return s;
    const dot = s.indexOf('.');
    if (dot < 0) return null;
    s = s.slice(dot + 1);
  }
}

/** A host on a platform where anyone can rent a name, with its tenant part; null for the platform itself. */
export function isSharedHost(hostname: string): SharedHost | null {
  const h = norm(hostname);
  if (!h) return null;
  const curated = listedSuffix(h, shared());
  const p = parseDomain(h, PSL_PRIVATE_HOST);
  const psl = p.isPrivate && p.publicSuffix ? p.publicSuffix : null;
  // Prefer the shorter platform (z01.azurefd.net -> azurefd.net) so the whole tenant part is reported.
  const platform = [curated, psl].filter((x): x is string => !!x).sort((a, b) => a.length - b.length)[0];
  if (!platform || h === platform) return null;
  const tenantLabel = h.slice(0, h.length - platform.length - 1).replace(/^www\./, '');
  return tenantLabel ? { platform, tenantLabel } : null;
}

/** A host like storage.googleapis.com whose tenant sits in the path (pathTenant may answer for some path). */
export function hasPathTenants(hostname: string): boolean {
  const h = norm(hostname);
  return !!h && pathHosts().has(h);
}

/** For hosts like storage.googleapis.com the tenant sits in the path: returns it, or null. */
export function pathTenant(hostname: string, pathname: string): SharedHost | null {
  const h = norm(hostname);
  if (!h || typeof pathname !== 'string') return null;
  const skip = pathHosts().get(h);
  if (skip === undefined) return null;
  const segs = pathname.slice(0, 2048).split('/').filter(Boolean);
  const seg = segs[skip];
  return seg ? { platform: h, tenantLabel: seg.toLowerCase() } : null;
}

export function isUrlShortener(host: string): boolean {
  const h = norm(host);
  return !!h && shorteners().has(h.replace(/^www\./, ''));
}

/** Bulk mailer / ESP infrastructure (sendgrid.net, amazonses.com, mcsv.net, ...), any subdomain. */
export function isEsp(domain: string): boolean {
  const h = norm(domain);
  return !!h && listedSuffix(h, esps()) !== null;
}

export function isLinkWrapper(host: string): boolean {
  const h = norm(host);
  return !!h && listedSuffix(h, wrappers()) !== null;
}

/** Free or disposable mailbox providers (gmail.com, yahoo.co.jp, ...), exact domain. */
export function isFreeMailProvider(domain: string): boolean {
  const h = norm(domain);
  return !!h && freeMail().has(h);
}

/** Free file hosts and self-service page/form builders (dropbox.com, forms.office.com, ...), any subdomain. */
export function isFileOrFormHost(host: string): boolean {
  const h = norm(host);
  return !!h && listedSuffix(h, fileHosts()) !== null;
}

/** The brand id that runs a tenant platform (sharepoint.com -> microsoft), or null. */
export function platformOperator(platform: string): string | null {
  const h = norm(platform);
  return h ? (operators().get(h) ?? null) : null;
}

const cloudApps = lazy(() => new Set(CLOUD_APP_HOSTS));
/** Amazon S3 endpoints: `s3.amazonaws.com`, `s3.<region>.amazonaws.com`, `s3-<region>...`, `<bucket>.s3...amazonaws.com`. */
const S3_HOST = /(^|\.)s3([.-][a-z0-9-]{1,63})?\.amazonaws\.com$/;

/** The cloud storage / serverless / CDN platform a host is on (run.app, storage.googleapis.com, amazonaws.com S3...), or null. */
export function cloudAppPlatform(host: string): string | null {
  const h = norm(host);
  if (!h) return null;
  if (S3_HOST.test(h)) return 's3.amazonaws.com';
  return listedSuffix(h, cloudApps());
}
