/**
 * One Thunderbird under test, as every tests/e2e/thunderbird*.test.ts needs it: a work folder under .tmp, the recording
 * proxy that refuses every outside request, Xvfb with its window manager (helpers/xvfb.ts starts openbox), a fresh
 * profile with the built .xpi and a Local Folders inbox, then Thunderbird itself (`launch`). `stop` ends only what
 * this session started and removes its work folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SHARED } from '../../helpers/shared.js';
import { startBlockingProxy, type BlockingProxy } from './block-proxy.js';
import { writeProfile } from './profile.js';
import { screenshot } from './tb-driver.js';
import { launchThunderbird, THUNDERBIRD_BIN, type RunningThunderbird } from './thunderbird.js';
import { startXvfb, type Xvfb } from './xvfb.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const XPI = join(ROOT, 'dist/sender-lens-thunderbird.xpi');
export const ADDON_ID = 'sender-lens@sender-lens.example';

/** Thunderbird is installed and the extension is built (`npm run build`). */
export const thunderbirdAvailable = (): boolean => existsSync(THUNDERBIRD_BIN) && existsSync(XPI);

/** Messages of ../shared/samples by file name, for the inbox. */
export const samples = (...names: string[]): Buffer[] => names.map((f) => readFileSync(join(SHARED, 'samples', f)));

export interface TbSessionOptions {
  /** Work folder name prefix under .tmp (one folder per test file). */
  prefix: string;
  inbox: Uint8Array[];
  /** Extra prefs for user.js (e.g. an identity for compose). */
  prefs?: Record<string, string | number | boolean>;
  /** Log tag for Thunderbird's output when a test fails. */
  tag?: string;
}

export interface TbSession {
  work: string;
  profile: string;
  proxy: BlockingProxy;
  x: Xvfb;
  /** The running Thunderbird, null before `launch` and after it stopped. */
  tb: RunningThunderbird | null;
  /** Starts Thunderbird; waits for the extension's background unless told not to (MV3 wakes it on a later event). */
  launch(extraArgs?: string[], waitForBackground?: boolean): Promise<RunningThunderbird>;
  /** Screenshot of the whole display to this PNG path. */
  shot(path: string): void;
  /** Vitest afterEach hook: prints Thunderbird's recent extension/error lines when the test failed. */
  logOnFail(ctx: { task: { result?: { state?: string } } }): void;
  stop(): Promise<void>;
}

export async function startTbSession(opts: TbSessionOptions): Promise<TbSession> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.tmp', opts.prefix));
  const profile = join(work, 'profile');
  const proxy = await startBlockingProxy();
  let x: Xvfb;
  try {
    x = await startXvfb(work);
  } catch (e) {
    await proxy.stop();
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  writeProfile(profile, {
    xpiPath: XPI,
    addonId: ADDON_ID,
    proxyPort: proxy.port,
    inbox: opts.inbox,
    ...(opts.prefs ? { prefs: opts.prefs } : {}),
  });
  const s: TbSession = {
    work,
    profile,
    proxy,
    x,
    tb: null,
    async launch(extraArgs = [], waitForBackground = true) {
      const tb = await launchThunderbird({ profileDir: profile, homeDir: work, display: x.display, xauthority: x.authFile, extraArgs });
      s.tb = tb;
      if (waitForBackground) await tb.waitForOutput(/sender-lens: background ready/, 30_000);
      return tb;
    },
    shot: (path) => screenshot(x.display, x.authFile, path),
    logOnFail(ctx) {
      if (ctx.task.result?.state !== 'fail' || !s.tb) return;
      const lines = s.tb.output.filter((l) => /sender-lens|error/i.test(l)).slice(-30);
      console.log(`[${opts.tag ?? 'e2e'}] Thunderbird output:\n${lines.join('\n')}`);
    },
    async stop() {
      await s.tb?.stop();
      s.tb = null;
      await x.stop();
      await proxy.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
  return s;
}
