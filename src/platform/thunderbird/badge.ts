/** Per-tab toolbar badge for the message display action: verdict color, short text and a title. */
import type { Verdict } from '../../core/model/report.js';
import type { MessengerApi } from './messenger-api.js';
import { BADGE_STYLE } from '../shared/badge-style.js';

const TITLES: Readonly<Record<Verdict | 'failed' | 'pending', string>> = Object.freeze({
  danger: 'Sender Lens: dangerous',
  caution: 'Sender Lens: be careful',
  ok: 'Sender Lens: no problems found',
  unknown: 'Sender Lens: could not verify the sender',
  failed: 'Sender Lens: could not check this message',
  pending: 'Sender Lens: checking…',
});

export const BADGE: Readonly<Record<Verdict | 'failed' | 'pending', { text: string; color: string; title: string }>> = Object.freeze(
  Object.fromEntries(Object.entries(TITLES).map(([k, title]) => [k, { ...BADGE_STYLE[k as keyof typeof TITLES], title }])) as Record<
    Verdict | 'failed' | 'pending',
    { text: string; color: string; title: string }
  >,
);

export async function setBadge(api: MessengerApi, tabId: number, state: keyof typeof BADGE): Promise<void> {
  const b = BADGE[state];
  const a = api.messageDisplayAction;
  await Promise.all([
    a.setBadgeText({ tabId, text: b.text }),
    a.setBadgeBackgroundColor({ tabId, color: b.color }),
    a.setTitle({ tabId, title: b.title }),
  ]);
}
