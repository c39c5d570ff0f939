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
  const dir = join(installDir, 'distribution');
  const path = join(dir, 'policies.json');
  const createdDir = !existsSync(dir);
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
      if (createdDir) rmdirSync(dirname(path));
    }
  };
  // A crashed run must not leave the policy behind.
  process.on('exit', restore);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `${JSON.stringify(policies, null, 2)}\n`, { mode: 0o644 });
  return { path, restore };
}
