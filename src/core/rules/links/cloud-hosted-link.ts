/**
 * `cloud-hosted-link`: a link or button leads to a page on a cloud platform where anyone can publish under the
 * platform's name: a storage bucket (storage.googleapis.com, S3, Azure blob, Backblaze...), a serverless or app host
 * (Cloud Run `*.run.app`, Cloud Functions, Firebase, Workers/Pages, Netlify, Vercel) or a CDN distribution
 * (reference/hosting CLOUD_APP_HOSTS). Phishing kits are parked there because the platform's good name and TLS come
 * free and the page lives until someone reports it; organisations link to their own domain.
 *
 * Only links the reader clicks in the rendered message (HTML anchors, forms, attachments, QR codes): URLs quoted in
 * plain text, like the crash-report links of kernel mailing lists, are not counted. A link on the sender's own
 * domain (same ICANN registrable domain as the From address) is not counted either.
 */
import type { Finding } from '../../model/finding.js';
import { hitsFinding, linkUrl } from './hits-finding.js';
import type { LinkInfo } from '../../model/link.js';
import { cloudAppPlatform } from '../../reference/hosting/index.js';
import { icannRegistrableDomain } from '../../net/registrable.js';

type PlatformHit = { link: LinkInfo; platform: string };
// Made once, not per call: a closure per call costs its allocation (and a name helper under tsx).
const DESCRIBE = {
  params: (h: PlatformHit) => ({ host: h.link.host ?? '', platform: h.platform }),
  url: (h: PlatformHit) => linkUrl(h.link),
  label: (h: PlatformHit) => h.platform,
};

export function cloudHostedLinkFindings(links: readonly LinkInfo[], fromDomain: string | null): Finding[] {
  const own = fromDomain ? icannRegistrableDomain(fromDomain) : null;
  const hits: PlatformHit[] = [];
  for (const l of links) {
    if (l.source === 'text' || !l.host) continue;
    const platform = cloudAppPlatform(l.host);
    if (!platform) continue;
    if (own && icannRegistrableDomain(l.host) === own) continue;
    hits.push({ link: l, platform });
  }
  return hitsFinding({ id: 'cloud-hosted-link', severity: 'low' }, hits, DESCRIBE);
}
