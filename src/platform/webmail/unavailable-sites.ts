/**
 * Outlook on the web and Active! mail have no raw-source path an extension can use without an app registration
 * (Graph) or a live account to study (Active! mail's private API): checks are reported unavailable there
 * (docs/webmail.md), with what the person can do instead.
 */
import type { WebmailSiteAdapter } from './site-adapter.js';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);
const none = () => [];

export const outlookSite: WebmailSiteAdapter = {
  id: 'outlook',
  label: 'Outlook on the web',
  matchesUrl: (u) => OUTLOOK_HOSTS.has(u.hostname.toLowerCase()),
  matchesPage: (p) => OUTLOOK_HOSTS.has(p.location.hostname.toLowerCase()),
  access: {
    kind: 'unavailable',
    advice: {
      en: 'Checks are unavailable on Outlook on the web: the browser extension cannot read the message source there. Copy the source ("View message source") and paste it below.',
      ja: 'Outlook on the web ではメールのソースを読み取れないため確認できません。「メッセージのソースを表示」でソースをコピーし、下に貼り付けてください。',
    },
  },
  rescan: 'once',
  openMessages: none,
};

/** Active! mail (Qualitia) serves its UI from /am_bin/ on the customer's own host. */
const AM_BIN = /^\/(?:[^/]+\/)*am_bin\//i;

export const activeMailSite: WebmailSiteAdapter = {
  id: 'activemail',
  label: 'Active! mail',
  matchesUrl: (u) => AM_BIN.test(u.pathname),
  matchesPage: (p) => AM_BIN.test(p.location.pathname),
  access: {
    kind: 'unavailable',
    advice: {
      en: 'Checks are unavailable on Active! mail: the browser extension cannot read the message source there. Save the message as a file and drop it below.',
      ja: 'Active! mail ではメールのソースを読み取れないため確認できません。メールをファイルに保存して下にドロップしてください。',
    },
  },
  rescan: 'once',
  openMessages: none,
};
