/**
 * Chromium's extension policy (managed storage, validated against the build's managed-schema.json) in Debian's
 * Chromium: a JSON policy file in /etc/chromium/policies/managed/ with "3rdparty" → "extensions" → <id>, the format
 * docs/deploy.md gives administrators. The options page shows the managed values as such and the analysis uses them.
 * The file exists only while this test's Chromium runs and is then removed with any folder it created. Needs root.
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, launchChromiumWithExtension, type ChromiumWithExtension } from './helpers/chromium-extension.js';
import { installFileTemporarily, type InstalledPolicies } from './helpers/system-policies.js';

const ROOT = resolve(import.meta.dirname, '../..');
const POLICY_DIR = '/etc/chromium/policies/managed';
const MANAGED = {
  ownDomains: ['kagoya.jp'],
  offline: true,
  sensitivity: 'high',
  reportAddress: 'security@example.jp',
  locked: ['ownDomains', 'offline', 'reportAddress'],
};

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits written a-p. */
function unpackedExtensionId(absPath: string): string {
  const hex = createHash('sha256').update(absPath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const skip = !existsSync(CHROMIUM)
  ? `missing ${CHROMIUM}`
  : typeof process.getuid === 'function' && process.getuid() !== 0
    ? 'needs root to write the policy folder'
    : null;

/** The extension APIs used inside page callbacks (run in the browser). */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

describe.skipIf(skip !== null)(`Chromium with an extension policy (e2e)${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: ChromiumWithExtension;
  let installed: InstalledPolicies | null = null;
  let expectedId = '';

  beforeAll(async () => {
    execFileSync('node', ['scripts/build/extension.mjs', 'chrome'], { stdio: 'inherit', cwd: ROOT });
    browser = await launchChromiumWithExtension(join(ROOT, 'dist/chrome'), {
      beforeLaunch: (dir) => {
        expectedId = unpackedExtensionId(dir);
        const file = join(POLICY_DIR, `sender-lens-e2e-${randomBytes(4).toString('hex')}.json`);
        installed = installFileTemporarily(file, `${JSON.stringify({ '3rdparty': { extensions: { [expectedId]: MANAGED } } }, null, 2)}\n`);
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    installed?.restore();
  });

  it('loads the policy for this extension and shows it on the options page', async () => {
    expect(browser.extensionId).toBe(expectedId);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    const ctl = (name: string) => page.locator(`[name=${name}]`);
    expect(await ctl('ownDomains').inputValue()).toBe('kagoya.jp');
    expect(await ctl('ownDomains').isDisabled()).toBe(true);
    expect(await ctl('offline').isChecked()).toBe(true);
    expect(await ctl('offline').isDisabled()).toBe(true);
    expect(await ctl('sensitivity').inputValue()).toBe('high');
    expect(await ctl('sensitivity').getAttribute('data-managed')).toBe('default');
    expect(await page.locator('[data-managed-note=ownDomains]').textContent()).toContain('Set by your organisation');
    expect(await page.locator('.managed-problems').count()).toBe(0);

    // The analysis (a pasted source, through the background) runs with the managed own domain.
    const raw = readFileSync(join(ROOT, 'tests/fixtures/samples/kagoya-phish.eml')).toString('latin1');
    const reply = (await page.evaluate((r) => chrome.runtime.sendMessage({ type: 'analyze-raw', raw: r }), raw)) as {
      ok: boolean;
      value: { state: { status: string; report?: { verdict: string; findings: { id: string; params?: unknown }[] } } };
    };
    expect(reply.ok).toBe(true);
    const report = reply.value.state.report!;
    const mentions = report.findings.filter((f) => JSON.stringify(f.params ?? {}).includes('kagoya.jp')).map((f) => f.id);
    console.log(`[e2e] Chromium under policy: verdict ${report.verdict}; findings naming the managed own domain: ${mentions.join(', ')}`);
    expect(report.verdict).toBe('danger');
    expect(mentions.length).toBeGreaterThan(0);
    await page.close();
  });
});
