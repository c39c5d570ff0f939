/**
 * Debian Chromium (/usr/bin/chromium) driven by playwright-core, with an unpacked MV3 extension loaded.
 * Never downloads a browser. Every hostname except localhost/127.0.0.1 resolves to NOTFOUND, so nothing leaves loopback.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The extension's MV3 service worker. */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export function chromiumArgs(extensionDir: string | null): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
    '--metrics-recording-only',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

export interface LaunchOptions {
  /**
   * Test-only stand-in for the user's runtime grant: host patterns added to `host_permissions` of a COPY of the
   * unpacked extension (the optional permission prompt cannot be clicked headless). dist/ itself is not changed.
   */
  preGrantedHosts?: string[];
  extraArgs?: string[];
  /** Called with the absolute path of the extension copy before Chromium starts (its unpacked id derives from it). */
  beforeLaunch?: (extensionDir: string) => void;
}

export async function launchChromiumWithExtension(extensionDir: string, opts: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const dist = resolve(extensionDir);
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json missing: run the chrome build first`);
  const profile = mkdtempSync(join(tmpdir(), 'sender-lens-chromium-'));
  const ext = join(profile, 'extension');
  cpSync(dist, ext, { recursive: true });
  if (opts.preGrantedHosts?.length) {
    const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...opts.preGrantedHosts];
    writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
  opts.beforeLaunch?.(ext);
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...chromiumArgs(ext), ...(opts.extraArgs ?? [])],
    env: { ...process.env, HOME: profile },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
