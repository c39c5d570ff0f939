/**
 * The one table of verdict colours and badge glyphs, used by the Thunderbird badge, the webmail badge and the popup.
 * "ok" (✓) appears only in the toolbar badge and the popup, never inside the message.
 */
import type { Verdict } from '../../core/model/report.js';

/** A verdict, or a state of the toolbar before/without one. */
export type BadgeState = Verdict | 'failed' | 'pending' | 'unavailable';

export const BADGE_STYLE: Readonly<Record<BadgeState, { text: string; color: string }>> = Object.freeze({
  danger: { text: '!', color: '#b3261e' },
  caution: { text: '?', color: '#9a5b00' },
  ok: { text: '✓', color: '#1e7e34' },
  unknown: { text: '–', color: '#5f6368' },
  failed: { text: '×', color: '#5f6368' },
  pending: { text: '…', color: '#5f6368' },
  unavailable: { text: 'n/a', color: '#5f6368' },
});
