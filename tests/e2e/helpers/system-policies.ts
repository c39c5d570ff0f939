/**
 * Thunderbird reads enterprise policies only from system-wide places on Linux: /etc/thunderbird/policies/policies.json
 * (first) or <install dir>/distribution/policies.json; the per-user and alternate paths are honoured only in test
 * builds (Cu.isInAutomation), not in Debian's. So a test installs <install dir>/distribution/policies.json for the
 * start of its own Thunderbird (policies are read once, at startup) and then puts back exactly what was there:
 * the previous file's bytes and mode, or no file and no folder it created. Needs root.
 */
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const TB_SYSTEM_POLICIES = '/etc/thunderbird/policies/policies.json';

export interface InstalledPolicies {
  path: string;
  /** Puts back what was there; safe to call twice. */
  restore(): void;
}

/** Why a distribution policies.json cannot be used here (null when it can). */
export function distributionPoliciesUnavailable(installDir: string): string | null {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'needs root to write the install folder';
  if (existsSync(TB_SYSTEM_POLICIES)) return `${TB_SYSTEM_POLICIES} exists and would take precedence (not touched)`;
  try {
    accessSync(installDir, constants.W_OK);
  } catch {
    return `${installDir} is not writable`;
  }
  return null;
}

export function installDistributionPolicies(installDir: string, policies: unknown): InstalledPolicies {
  return installFileTemporarily(join(installDir, 'distribution', 'policies.json'), `${JSON.stringify(policies, null, 2)}\n`);
}

/**
 * Writes `text` to `path` (mode 0644), creating missing folders; restore() puts back the previous file's bytes and
 * mode, or removes the file and every folder it created. Also restored when the process exits.
 */
export function installFileTemporarily(path: string, text: string): InstalledPolicies {
  const created: string[] = [];
  for (let d = dirname(path); !existsSync(d); d = dirname(d)) created.unshift(d);
  const before = existsSync(path) ? { bytes: readFileSync(path), mode: statSync(path).mode & 0o7777 } : null;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.off('exit', restore);
    if (before) {
      writeFileSync(path, before.bytes);
      chmodSync(path, before.mode);
    } else {
      rmSync(path, { force: true });
      for (const d of [...created].reverse()) rmdirSync(d);
    }
  };
  // A crashed run must not leave the file behind.
  process.on('exit', restore);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode: 0o644 });
  return { path, restore };
}
