/** A fresh Thunderbird profile: prefs (recipe: <shared>/recipes/thunderbird-e2e.md), the add-on, a Local Folders inbox. */
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMbox } from './mbox.js';

export interface ProfileOptions {
  /** Packed .xpi of the extension under test. */
  xpiPath: string;
  addonId: string;
  proxyPort: number;
  inbox: readonly Uint8Array[];
  /** Extra prefs (name -> value). */
  prefs?: Record<string, string | number | boolean>;
}

export function writeProfile(dir: string, opts: ProfileOptions): void {
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  copyFileSync(opts.xpiPath, join(dir, 'extensions', `${opts.addonId}.xpi`));
  const local = join(dir, 'Mail', 'Local Folders');
  mkdirSync(local, { recursive: true });
  writeFileSync(join(local, 'Inbox'), toMbox(opts.inbox));
  const prefs: Record<string, string | number | boolean> = {
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'xpinstall.signatures.required': false,
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': true,
    'marionette.port': 0,
    'mail.accountmanager.accounts': 'account1',
    'mail.accountmanager.localfoldersserver': 'server1',
    'mail.account.account1.server': 'server1',
    'mail.server.server1.type': 'none',
    'mail.server.server1.hostname': 'Local Folders',
    'mail.server.server1.name': 'Local Folders',
    'mail.server.server1.userName': 'nobody',
    'mail.server.server1.directory-rel': '[ProfD]Mail/Local Folders',
    'mail.shell.checkDefaultClient': false,
    'mail.rights.version': 1,
    'mailnews.start_page.enabled': false,
    'mail.phishing.detection.enabled': false,
    'mail.provider.enabled': false,
    'mail.startup.enabledMailCheckOnce': true,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': opts.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': opts.proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'intl.locale.requested': 'en-US',
    ...opts.prefs,
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
}
