import { bulkTrackingContext } from './bulk-tracking.js';
import type { ParsedMessage } from '../../model/message.js';

const msg = (from: string, returnPath: string | null, headers: { key: string; value: string }[] = []): ParsedMessage =>
  ({
    from: { name: '', address: from, local: from.split('@')[0], domain: from.split('@')[1] },
    returnPath,
    headers,
  }) as unknown as ParsedMessage;

describe('click trackers (issue #12)', () => {
  it("a click tracker on the sender's own domain is a tracker even without List-Unsubscribe", () => {
    const b = bulkTrackingContext(msg('news@newsletter.example.com', null));
    expect(b.isTracker('http://clickthru.example.com/?x=1', 'example.com')).toBe(true);
  });
  it('so is one on the Return-Path (mailing service) domain', () => {
    const b = bulkTrackingContext(msg('news@shop.example', 'bounce@esp.example.net'));
    expect(b.isTracker('https://t.esp.example.net/ls/click?upn=1', 'example.net')).toBe(true);
  });
  it("but not a plain link to the sender's domain, nor a tracker-looking link elsewhere in one-to-one mail", () => {
    const b = bulkTrackingContext(msg('a@example.com', null));
    expect(b.isTracker('https://example.com/login', 'example.com')).toBe(false);
    expect(b.isTracker('https://click.evil.example/x', 'evil.example')).toBe(false);
  });
});
