import type { Verdict } from '../../core/model/report.js';

/** Colors and badge texts per verdict (badge and popup only: "ok" never appears inside the message). */
export const VERDICT_STYLE: Readonly<Record<Verdict, { color: string; badge: string }>> = Object.freeze({
  danger: { color: '#b3261e', badge: '!' },
  caution: { color: '#9a5b00', badge: '?' },
  ok: { color: '#1e7e34', badge: '✓' },
  unknown: { color: '#5f6368', badge: '–' },
});

/** Verdicts that get a banner inside the message. Never `ok`: no "safe" banner in the message. */
export function showsBanner(v: Verdict): boolean {
  return v === 'danger' || v === 'caution';
}
