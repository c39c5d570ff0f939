/** Starts Xvfb on a free display with an xauth cookie; stops only the process it started. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface Xvfb {
  display: string;
  authFile: string;
  stop(): Promise<void>;
}

export async function startXvfb(workDir: string): Promise<Xvfb> {
  let n = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) n++;
  const display = `:${n}`;
  const authFile = join(workDir, 'Xauthority');
  writeFileSync(authFile, '');
  execFileSync('xauth', ['-f', authFile, 'add', display, '.', randomBytes(16).toString('hex')]);
  const proc: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp', '-auth', authFile], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${n}`)) {
    if (proc.exitCode !== null) throw new Error(`Xvfb exited with ${proc.exitCode}`);
    if (Date.now() > deadline) throw new Error('Xvfb did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    display,
    authFile,
    stop: async () => {
      if (proc.exitCode !== null) return;
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await gone;
    },
  };
}
