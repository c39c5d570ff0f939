import { mountBanner, buildHeadline, topFindings, BANNER_TAG } from '../../../src/ui/banner/index.js';
import { makeReport, finding } from './fixtures.js';
import type { MiniElement } from './mini-dom.js';
import { miniBody, type MiniShadowRoot } from './mini-dom.js';

const opts = { lang: 'en' as const, onOpenReport: () => undefined };

describe('banner headline', () => {
  it('names the claimed entity and no finding (the reasons are the bullets)', () => {
    const h = buildHeadline(makeReport(), 'en');
    expect(h).toBe('This email is not really from Brand. It is very likely phishing.');
  });
  it('says "may not" for caution and falls back without an entity', () => {
    expect(buildHeadline(makeReport({ verdict: 'caution' }), 'en')).toMatch(/^This email may not really be from Brand/);
    expect(buildHeadline(makeReport({ claimedEntity: null }), 'en')).toBe('This email is very likely phishing.');
    expect(buildHeadline(makeReport({ findings: [] }), 'ja')).toBe(
      'このメールはBrandからのものではありません。フィッシングの可能性が高いです。',
    );
  });
  it('keeps at most three findings and never info ones', () => {
    const top = topFindings(makeReport());
    expect(top.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(topFindings(makeReport({ findings: [finding('i', 'info')] }))).toEqual([]);
  });
});

describe('mountBanner', () => {
  it('mounts a closed shadow root first in the anchor with data-sender-lens', () => {
    const { doc, body } = miniBody();
    (body as unknown as MiniElement).append(doc.createElement('p'));
    const m = mountBanner(body, makeReport(), opts);
    const host = m.host as unknown as MiniElement;
    expect(host.tagName).toBe(BANNER_TAG);
    expect(host.getAttribute('data-sender-lens')).toBe('danger');
    expect((body as unknown as MiniElement).children[0]).toBe(host);
    expect(host.shadow?.mode).toBe('closed');
    expect(host.shadow?.querySelectorAll('li')).toHaveLength(3);
    m.remove();
    expect((body as unknown as MiniElement).querySelector(BANNER_TAG)).toBeNull();
  });
  it('never shows a banner for ok or unknown', () => {
    for (const verdict of ['ok', 'unknown'] as const) {
      const { body } = miniBody();
      const m = mountBanner(body, makeReport({ verdict }), opts);
      expect((body as unknown as MiniElement).childElementCount).toBe(0);
      expect((m.host as unknown as MiniElement).shadow).toBeNull();
    }
  });
  it('replaces an earlier banner instead of stacking', () => {
    const { body } = miniBody();
    mountBanner(body, makeReport(), opts);
    mountBanner(body, makeReport({ verdict: 'caution' }), opts);
    const hosts = (body as unknown as MiniElement).querySelectorAll(BANNER_TAG);
    expect(hosts.map((h) => h.getAttribute('data-sender-lens'))).toEqual(['caution']);
  });
  it('calls onOpenReport from the button', () => {
    const { body } = miniBody();
    let opened = 0;
    const m = mountBanner(body, makeReport(), { lang: 'ja', onOpenReport: () => opened++ });
    const shadow = (m.host as unknown as MiniElement).shadow as MiniShadowRoot;
    const button = shadow.querySelector('.primary')!;
    expect(button.textContent).toBe('詳しい理由を見る');
    button.click();
    expect(opened).toBe(1);
  });
  it('renders hostile entity names inert: text nodes only, bidi isolated, capped', () => {
    const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>\u202Egnp.exe ${'A'.repeat(10_000)}`;
    const { doc, body } = miniBody();
    const m = mountBanner(body, makeReport({ claimedEntity: { name: hostile, domains: [] } }), opts);
    expect(doc.created).not.toContain('img');
    expect(doc.created).not.toContain('script');
    const text = (m.host as unknown as MiniElement).shadow!.querySelector('.text')!;
    expect(text.getAttribute('dir')).toBe('auto');
    expect(text.textContent).toContain('<img src=x onerror=alert(1)>');
    // A value inside a banner sentence is shortened (the popup shows it all); the sentence around it stays whole.
    expect(text.textContent).toMatch(/…\u2069?\. It is very likely phishing\.$/);
    expect(text.textContent.length).toBeLessThanOrEqual(200);
  });
});
