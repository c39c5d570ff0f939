/** Per-tab toolbar badge for the message display action: verdict color, short text and a title. */
import type { Verdict } from '../../core/model/report.js';
import type { MessengerApi } from './messenger-api.js';

export const BADGE: Readonly<Record<Verdict | 'failed' | 'pending', { text: string; color: string; title: string }>> = Object.freeze({
  danger: { text: '!', color: '#b3261e', title: 'Sender Lens: dangerous' },
  caution: { text: '?', color: '#9a5b00', title: 'Sender Lens: be careful' },
  ok: { text: '✓', color: '#1e7e34', title: 'Sender Lens: no problems found' },
  unknown: { text: '–', color: '#5f6368', title: 'Sender Lens: could not verify the sender' },
  failed: { text: '×', color: '#5f6368', title: 'Sender Lens: could not check this message' },
  pending: { text: '…', color: '#5f6368', title: 'Sender Lens: checking…' },
});

export async function setBadge(api: MessengerApi, tabId: number, state: keyof typeof BADGE): Promise<void> {
  const b = BADGE[state];
  const a = api.messageDisplayAction;
  await Promise.all([a.setBadgeText({ tabId, text: b.text }), a.setBadgeBackgroundColor({ tabId, color: b.color }), a.setTitle({ tabId, title: b.title })]);
}
