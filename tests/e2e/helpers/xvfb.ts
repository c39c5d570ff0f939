/**
 * Starts Xvfb on a free display with an xauth cookie and a fixed screen size, plus a window manager (Debian
 * `openbox`) so focus and popups behave as on a desktop: without one, X keyboard focus follows the never-moved
 * pointer and a Gecko popup panel that opens under it is closed again (see recipes/thunderbird-e2e.md).
 * Stops only the processes it started.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const SCREEN = Object.freeze({ width: 1280, height: 900 });
export const OPENBOX_BIN = '/usr/bin/openbox';

export interface Xvfb {
  display: string;
  authFile: string;
  /** True when a window manager runs on the display. */
  windowManager: boolean;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stopProc(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await gone;
}

/** True once the X server accepts a client (its socket appears a little before that). */
function displayAccepts(env: NodeJS.ProcessEnv): boolean {
  try {
    execFileSync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env, stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

/** True once a EWMH window manager announced itself on the root window. */
function wmRunning(env: NodeJS.ProcessEnv): boolean {
  try {
    return /window id #/.test(execFileSync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env, encoding: 'utf8', timeout: 5000 }));
  } catch {
    return false;
  }
}

export async function startXvfb(workDir: string, opts: { windowManager?: boolean } = {}): Promise<Xvfb> {
  let n = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) n++;
  const display = `:${n}`;
  const authFile = join(workDir, 'Xauthority');
  writeFileSync(authFile, '');
  execFileSync('xauth', ['-f', authFile, 'add', display, '.', randomBytes(16).toString('hex')]);
  const proc: ChildProcess = spawn(
    'Xvfb',
    [display, '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp', '-auth', authFile],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    if (proc.exitCode !== null) throw new Error(`Xvfb exited with ${proc.exitCode}`);
    if (Date.now() > deadline) throw new Error('Xvfb did not start');
    await sleep(50);
  }
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: workDir, DISPLAY: display, XAUTHORITY: authFile };
  // openbox started against a socket whose server does not yet take clients exits 1 ("openbox did not start", seen
  // in CI on a loaded 2-core machine): wait until a client gets in first.
  while (!displayAccepts(env)) {
    if (proc.exitCode !== null) throw new Error(`Xvfb exited with ${proc.exitCode}`);
    if (Date.now() > deadline) {
      await stopProc(proc);
      throw new Error(`Xvfb on ${display} did not accept clients within 10 s`);
    }
    await sleep(50);
  }
  let wm: ChildProcess | null = null;
  if (opts.windowManager !== false) {
    if (!existsSync(OPENBOX_BIN)) {
      await stopProc(proc);
      throw new Error(`${OPENBOX_BIN} missing: install Debian openbox (.ci/install-system-deps.sh)`);
    }
    // Up to 3 starts, each given 10 s; what openbox printed goes into the error if none announces itself.
    let said = '';
    for (let attempt = 1; wm === null; attempt++) {
      const started = spawn(OPENBOX_BIN, ['--sm-disable'], { stdio: ['ignore', 'ignore', 'pipe'], env });
      started.stderr?.on('data', (d: Buffer) => (said = (said + d.toString()).slice(-600)));
      const wmDeadline = Date.now() + 10_000;
      while (!wmRunning(env) && started.exitCode === null && Date.now() < wmDeadline) await sleep(100);
      if (wmRunning(env)) {
        wm = started;
        break;
      }
      await stopProc(started);
      if (attempt === 3) {
        await stopProc(proc);
        throw new Error(`openbox did not start on ${display} (exit ${started.exitCode}): ${said.trim() || '(nothing printed)'}`);
      }
    }
  }
  return {
    display,
    authFile,
    windowManager: wm !== null,
    stop: async () => {
      if (wm) await stopProc(wm);
      await stopProc(proc);
    },
  };
}
