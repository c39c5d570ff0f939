/**
 * Hand-kept lists (sorted, lower-case; a test checks order and format). Sources: each vendor's own documentation of
 * its customer hostnames / sending domains / link-rewriting hosts.
 */

/**
 * Platforms where anyone can rent a tenant name, missing from or not flagged private in the PSL (tldts), including
 * brand-owned tenant platforms (sharepoint.com, onmicrosoft.com) that must never be allowlisted wholesale.
 */
export const CURATED_SHARED_HOSTS: readonly string[] = [
  '000webhostapp.com',
  'azureedge.net',
  'azurefd.net',
  'azurestaticapps.net',
  'azurewebsites.net',
  'blob.core.windows.net',
  'blogspot.com',
  'boo.jp',
  'bubbleapps.io',
  'chicappa.jp',
  'cloudfront.net',
  'deno.dev',
  'fc2.com',
  'firebaseapp.com',
  'fly.dev',
  'framer.app',
  'framer.website',
  'github.io',
  'gitlab.io',
  'glitch.me',
  'godaddysites.com',
  'herokuapp.com',
  'jimdofree.com',
  'jimdosite.com',
  'lolipop.jp',
  'myshopify.com',
  'netlify.app',
  'ngrok-free.app',
  'ngrok.app',
  'ngrok.io',
  'onmicrosoft.com',
  'onrender.com',
  'pages.dev',
  'r2.dev',
  'readthedocs.io',
  'repl.co',
  'replit.app',
  'sakura.ne.jp',
  'sharepoint.com',
  'square.site',
  'squarespace.com',
  'surge.sh',
  'translate.goog',
  'trycloudflare.com',
  'vercel.app',
  'web.app',
  'webflow.io',
  'weebly.com',
  'wixsite.com',
  'wordpress.com',
  'workers.dev',
  'xsrv.jp',
  'z01.azurefd.net',
];

/**
 * Hosts whose first path segment names the tenant (bucket, site, form owner): `storage.googleapis.com/<bucket>/...`.
 * Value: how many leading path segments to skip before the tenant name.
 */
export const PATH_TENANT_HOSTS: ReadonlyArray<readonly [string, number]> = [
  ['docs.google.com', 0],
  ['drive.google.com', 0],
  ['firebasestorage.googleapis.com', 0],
  ['forms.gle', 0],
  ['forms.office.com', 0],
  ['ipfs.io', 1],
  ['s3.amazonaws.com', 0],
  ['script.google.com', 0],
  ['sites.google.com', 1],
  ['storage.cloud.google.com', 0],
  ['storage.googleapis.com', 0],
];

/** Bulk mail / ESP sending and tracking infrastructure (Return-Path and link hosts of legitimate bulk mail). */
export const ESP_DOMAINS: readonly string[] = [
  'acemsd.com',
  'amazonses.com',
  'bmsend.com',
  'cmail19.com',
  'cmail20.com',
  'createsend.com',
  'ctct.net',
  'customeriomail.com',
  'emarsys.net',
  'exacttarget.com',
  'hubspotemail.net',
  'hubspotlinks.com',
  'klaviyomail.com',
  'list-manage.com',
  'mailchimpapp.net',
  'mailgun.net',
  'mailgun.org',
  'mailjet.com',
  'mandrillapp.com',
  'mcdlv.net',
  'mcsv.net',
  'mktomail.com',
  'mlsend.com',
  'mpme.jp',
  'msgfocus.com',
  'pardot.com',
  'postmarkapp.com',
  'rs6.net',
  'rsgsv.net',
  'sendgrid.net',
  'sendibm1.com',
  'sendinblue.com',
  'sparkpostmail.com',
  'zendesk.com',
];

/** Link-rewriting security gateways whose target is the real destination (peeled by src/core/rules/links). */
export const LINK_WRAPPERS: readonly string[] = [
  'clicktime.cloud.postoffice.net',
  'linkprotect.cudasvc.com',
  'protect-us.mimecast.com',
  'protect2.fireeye.com',
  'safelinks.protection.outlook.com',
  'secure-web.cisco.com',
  'urldefense.com',
  'urldefense.proofpoint.com',
  'us.content.exclaimer.net',
];

/** Shorteners the Sublime list lacks (brand-owned ones included: the target is still unknown until expanded). */
export const CURATED_SHORTENERS: readonly string[] = [
  'aka.ms',
  'amzn.to',
  'g.co',
  'goo.gl',
  'lin.ee',
  'lnkd.in',
  't.co',
  'x.gd',
  'youtu.be',
];

/** Tenant platforms run by a brand in the pack (platform -> brand id): that brand's own tenant name there is fine. */
export const PLATFORM_OPERATORS: ReadonlyArray<readonly [string, string]> = [
  ['appspot.com', 'google'],
  ['azureedge.net', 'microsoft'],
  ['azurefd.net', 'microsoft'],
  ['azurestaticapps.net', 'microsoft'],
  ['azurewebsites.net', 'microsoft'],
  ['blob.core.windows.net', 'microsoft'],
  ['blogspot.com', 'google'],
  ['cloudfront.net', 'amazon'],
  ['docs.google.com', 'google'],
  ['firebaseapp.com', 'google'],
  ['forms.office.com', 'microsoft'],
  ['lolipop.jp', 'lolipop'],
  ['onmicrosoft.com', 'microsoft'],
  ['s3.amazonaws.com', 'amazon'],
  ['sakura.ne.jp', 'sakura'],
  ['sharepoint.com', 'microsoft'],
  ['sites.google.com', 'google'],
  ['storage.googleapis.com', 'google'],
  ['web.app', 'google'],
  ['xsrv.jp', 'xserver'],
];

/**
 * Cloud platforms where anyone can put a web page or a function behind the platform's own name: object storage
 * buckets (storage.googleapis.com, S3, Azure blob, Backblaze, Spaces...), serverless and app hosts (Cloud Run, Cloud
 * Functions, Firebase, Workers/Pages, Netlify, Vercel, Render, Bubble) and CDN distributions, plus IPFS gateways.
 * Amazon S3 hosts are matched by pattern in hosting/index.ts (`s3.<region>.amazonaws.com`, `<bucket>.s3...`).
 * Sources: each vendor's documentation of its customer endpoint hostnames.
 */
export const CLOUD_APP_HOSTS: readonly string[] = [
  'appspot.com',
  'azureedge.net',
  'azurewebsites.net',
  'backblazeb2.com',
  'blob.core.windows.net',
  'bubbleapps.io',
  'cloudflare-ipfs.com',
  'cloudfront.net',
  'cloudfunctions.net',
  'digitaloceanspaces.com',
  'dweb.link',
  'firebaseapp.com',
  'firebasestorage.googleapis.com',
  'ipfs.io',
  'linodeobjects.com',
  'netlify.app',
  'onrender.com',
  'pages.dev',
  'r2.dev',
  'run.app',
  'storage.cloud.google.com',
  'storage.googleapis.com',
  'vercel.app',
  'wasabisys.com',
  'web.app',
  'web.core.windows.net',
  'workers.dev',
];
