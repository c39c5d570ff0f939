/**
 * An organisation's deployment in a real Thunderbird: `distribution/policies.json` with "3rdparty" settings for
 * Sender Lens (read by the add-on through storage.managed). The options page shows the managed values as such and
 * the analysis runs with them. Debian's Thunderbird reads policies only from system-wide places, so the file is
 * installed for this Thunderbird's start and put back right after (helpers/system-policies.ts). Needs root.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { THUNDERBIRD_BIN } from './helpers/thunderbird.js';
import { ADDON_ID, samples, startTbSession, thunderbirdAvailable, type TbSession } from './helpers/tb-session.js';
import { openInbox, selectMessage } from './helpers/tb-driver.js';
import { forceSubmitOptions, readOptionsPage, type OptionsPageState } from './helpers/tb-options.js';
import { DEFAULT_DOH_URL } from '../../src/platform/extension/settings.js';
import { distributionPoliciesUnavailable, installDistributionPolicies, type InstalledPolicies } from './helpers/system-policies.js';

const INSTALL_DIR = dirname(THUNDERBIRD_BIN);

/** What an administrator deploys (the same shape as docs/deploy.md's example). */
const MANAGED = {
  ownDomains: ['kagoya.jp'],
  offline: true,
  sensitivity: 'high',
  allowlist: ['partner.example'],
  reportAddress: 'security@example.jp',
  locked: ['ownDomains', 'offline', 'reportAddress'],
};
const POLICIES = { policies: { '3rdparty': { Extensions: { [ADDON_ID]: MANAGED } } } };

const skip = !thunderbirdAvailable() ? 'Thunderbird or the built .xpi missing' : distributionPoliciesUnavailable(INSTALL_DIR);

describe.skipIf(skip !== null)(`Thunderbird with an enterprise policy (e2e)${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let tbs: TbSession;
  let installed: InstalledPolicies | null = null;
  const control = (s: OptionsPageState, name: string) => s.controls.find((c) => c.name === name);
  /**
   * Requests to the resolver the options page still lists (the built-in one): the extension's only network use.
   * Without the locked offline mode every check asks it (the plain Thunderbird e2e records dozens); Thunderbird's
   * own requests (e.g. its remote settings) are not the extension's and are ignored.
   */
  const dnsRequests = () => tbs.proxy.requests.filter((r) => r.includes(new URL(DEFAULT_DOH_URL).hostname));

  beforeAll(async () => {
    tbs = await startTbSession({ prefix: 'tb-policy-e2e-', inbox: samples('kagoya-phish.eml', 'kagoya-legit.eml') });
    installed = installDistributionPolicies(INSTALL_DIR, POLICIES);
    try {
      const tb = await tbs.launch();
      const status = await tb.marionette.exec<number>('return Services.policies.status;');
      expect(status).toBe(1); // nsIEnterprisePolicies.ACTIVE
    } finally {
      // Policies are read once at startup: the machine's own state comes back at once.
      installed.restore();
    }
    await openInbox(tbs.tb!.marionette, 2);
  });

  afterEach((ctx) => tbs?.logOnFail(ctx));

  afterAll(async () => {
    installed?.restore();
    await tbs?.stop();
  });

  it('put the machine back as it was', () => {
    expect(existsSync(installed!.path)).toBe(false);
  });

  it('the options page shows the managed values, locked ones disabled and marked "Set by your organisation"', async () => {
    const s = await readOptionsPage(tbs.tb!.marionette, ADDON_ID);
    console.log(`[e2e] options page under policy: ${JSON.stringify(s)}`);
    expect(control(s, 'ownDomains')).toMatchObject({ value: 'kagoya.jp', disabled: true, managed: 'locked' });
    expect(control(s, 'fromAccounts')?.disabled).toBe(true);
    expect(control(s, 'offline')).toMatchObject({ checked: true, disabled: true, managed: 'locked' });
    expect(control(s, 'sensitivity')).toMatchObject({ value: 'high', disabled: false, managed: 'default' });
    expect(control(s, 'allowlist')).toMatchObject({ value: 'partner.example', disabled: false, managed: 'default' });
    expect(control(s, 'dohUrls')).toMatchObject({ disabled: false, managed: null });
    expect(s.notes.ownDomains).toContain('Set by your organisation');
    expect(s.notes.offline).toContain('Set by your organisation');
    expect(s.notes.sensitivity).toContain('Default from your organisation');
    expect(s.intro).toMatch(/managed by your organisation/);
    expect(s.problems).toBeNull();
  });

  it('the analysis uses them: the managed own domain is in the report, and the locked offline mode makes no DNS request', async () => {
    const phish = await selectMessage(tbs.tb!.marionette, 'support@kagoya.net');
    console.log(`[e2e] phish under policy: ${phish.verdict}; ${phish.bannerText}`);
    expect(phish.verdict).toBe('danger');
    expect(phish.bannerText).toContain('kagoya.jp');
    expect(phish.bannerText).not.toContain('(example.jp)'); // the recipient's domain would be inferred without the policy
    const legit = await selectMessage(tbs.tb!.marionette, 'support@kagoya.jp', 1500);
    console.log(`[e2e] legit under policy: banner ${legit.verdict}, badge ${legit.badge}`);
    expect(dnsRequests()).toEqual([]);
  });

  it('a user cannot override a locked setting, even by editing the page; unlocked ones are theirs', async () => {
    const status = await forceSubmitOptions(tbs.tb!.marionette, ADDON_ID, {
      ownDomains: 'attacker.example',
      offline: false,
      sensitivity: 'low',
    });
    expect(status).toMatch(/Saved/);
    const s = await readOptionsPage(tbs.tb!.marionette, ADDON_ID);
    expect(control(s, 'ownDomains')?.value).toBe('kagoya.jp');
    expect(control(s, 'offline')?.checked).toBe(true);
    expect(control(s, 'sensitivity')).toMatchObject({ value: 'low', managed: null });
    await selectMessage(tbs.tb!.marionette, 'support@kagoya.jp', 300);
    const phish = await selectMessage(tbs.tb!.marionette, 'support@kagoya.net');
    expect(phish.bannerText).toContain('kagoya.jp');
    expect(dnsRequests()).toEqual([]);
  });
});
