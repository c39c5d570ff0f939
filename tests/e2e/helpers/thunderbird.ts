/**
 * Launches Thunderbird in its own process group (setsid) on a given X display with a prepared profile, waits for
 * Marionette, and stops only that process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marionette } from './marionette.js';

export const THUNDERBIRD_BIN = '/usr/lib/thunderbird/thunderbird';

export interface RunningThunderbird {
  proc: ChildProcess;
  marionette: Marionette;
  /** stdout+stderr lines so far (console.* of extension contexts lands here). */
  output: string[];
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  profileDir: string;
  homeDir: string;
  display: string;
  xauthority: string;
  extraArgs?: string[];
  /** Another Gecko application driven the same way (Firefox ESR); default Thunderbird. */
  binary?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchThunderbird(opts: LaunchOptions): Promise<RunningThunderbird> {
  const portFile = join(opts.profileDir, 'MarionetteActivePort');
  const proc = spawn(
    opts.binary ?? THUNDERBIRD_BIN,
    ['-profile', opts.profileDir, '-no-remote', '--marionette', '-remote-allow-system-access', ...(opts.extraArgs ?? [])],
    {
      detached: true, // setsid: its own process group, killed alone
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: opts.homeDir,
        DISPLAY: opts.display,
        XAUTHORITY: opts.xauthority,
        LANG: 'en_US.UTF-8',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        TZ: 'UTC',
      },
    },
  );
  const output: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      output.push(line);
      for (const w of [...waiters])
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
    }
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));

  const killGroup = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      return;
    }
    const t = setTimeout(() => {
      try {
        if (proc.pid !== undefined) process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(t);
  };

  const deadline = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    if (proc.exitCode !== null) throw new Error(`thunderbird exited early (${proc.exitCode}):\n${output.slice(-30).join('\n')}`);
    if (Date.now() > deadline) {
      await killGroup();
      throw new Error('Marionette port did not appear');
    }
    if (existsSync(portFile)) port = Number(readFileSync(portFile, 'utf8').trim()) || 0;
    if (!port) await sleep(100);
  }
  const marionette = await Marionette.connect(port);
  await marionette.newSession();
  return {
    proc,
    marionette,
    output,
    waitForOutput: (re, timeoutMs = 20_000) => {
      const hit = output.find((l) => re.test(l));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const w = { re, resolve };
        waiters.push(w);
        setTimeout(() => {
          const i = waiters.indexOf(w);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`timed out waiting for ${re}`));
          }
        }, timeoutMs);
      });
    },
    stop: async () => {
      const quit = marionette.quit();
      const done = await Promise.race([exited.then(() => true), sleep(8000).then(() => false)]);
      await quit;
      if (!done) await killGroup();
      else await exited;
    },
  };
}
