import type { Verdict } from '../../core/model/report.js';
import { BADGE_STYLE } from '../../platform/shared/badge-style.js';

/** Colors and badge texts per verdict, from the one table (platform/shared/badge-style.ts). */
export const VERDICT_STYLE: Readonly<Record<Verdict, { color: string; badge: string }>> = Object.freeze({
  danger: { color: BADGE_STYLE.danger.color, badge: BADGE_STYLE.danger.text },
  caution: { color: BADGE_STYLE.caution.color, badge: BADGE_STYLE.caution.text },
  ok: { color: BADGE_STYLE.ok.color, badge: BADGE_STYLE.ok.text },
  unknown: { color: BADGE_STYLE.unknown.color, badge: BADGE_STYLE.unknown.text },
});

/** Verdicts that get a banner inside the message. Never `ok`: no "safe" banner in the message. */
export function showsBanner(v: Verdict): boolean {
  return v === 'danger' || v === 'caution';
}
