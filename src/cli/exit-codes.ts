import type { Verdict } from '../core/model/report.js';

/** CLI exit codes: 0 ok/unknown, 1 caution, 2 danger, 3 usage or input error. */
export const EXIT = { ok: 0, caution: 1, danger: 2, usage: 3 } as const;

export function exitCodeFor(verdict: Verdict): number {
  return verdict === 'danger' ? EXIT.danger : verdict === 'caution' ? EXIT.caution : EXIT.ok;
}
