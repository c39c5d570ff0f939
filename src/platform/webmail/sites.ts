/**
 * The one list of webmail sites. Adding a site: one new file implementing WebmailSiteAdapter (site-adapter.ts)
 * and one entry here; the content runner, toolbar site kind, access grant and popup notices derive from this list.
 * Order matters: the first adapter whose page matches handles the frame.
 */
import type { WebmailSiteAdapter } from './site-adapter.js';
import { gmailSite } from './gmail.js';
import { roundcubeSite } from './roundcube.js';
import { activeMailSite, outlookSite } from './unavailable-sites.js';

export const SITES: readonly WebmailSiteAdapter[] = [outlookSite, activeMailSite, gmailSite, roundcubeSite];
