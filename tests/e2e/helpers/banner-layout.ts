/**
 * Layout facts about a mounted banner, measured in the browser that renders it (Chromium via the UI harness,
 * Thunderbird via Marionette in the chrome context): is any element wider than its box (scrollWidth > clientWidth),
 * does any use a text-overflow ellipsis or a line clamp, is the headline (and each reason) fully inside the
 * banner and the viewport. `bannerLayout` is self-contained (no imports, no closures) so its source can be sent
 * to Marionette as a string.
 */
export interface BannerLayout {
  viewportWidth: number;
  bannerWidth: number;
  bannerHeight: number;
  headline: string;
  headlineLines: number;
  reasons: string[];
  advice: string;
  buttons: string[];
  /** Elements whose content is wider (or, when they clip, taller) than their box. */
  overflowing: string[];
  /** Elements with text-overflow: ellipsis or a -webkit-line-clamp. */
  truncating: string[];
  /** Headline, reasons and advice whose box is not fully inside the banner and the viewport. */
  notFullyVisible: string[];
}

export function bannerLayout(shadow: ShadowRoot): BannerLayout {
  const doc = shadow.host.ownerDocument;
  const win = doc.defaultView!;
  const banner = shadow.querySelector('.banner') as HTMLElement;
  const describe = (e: Element): string => `${e.localName}.${Array.from(e.classList).join('.')}: ${(e.textContent ?? '').slice(0, 40)}`;
  const overflowing: string[] = [];
  const truncating: string[] = [];
  for (const e of [banner, ...Array.from(banner.querySelectorAll('*'))] as HTMLElement[]) {
    const cs = win.getComputedStyle(e);
    if (cs.display === 'none' || cs.display === 'inline') continue;
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      overflowing.push(`${describe(e)} (scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth})`);
    if (cs.overflowY !== 'visible' && e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 1)
      overflowing.push(`${describe(e)} (scrollHeight ${e.scrollHeight} > clientHeight ${e.clientHeight})`);
    const clamp = cs.getPropertyValue('-webkit-line-clamp');
    if (cs.textOverflow === 'ellipsis' || (clamp && clamp !== 'none')) truncating.push(describe(e));
  }
  const viewportWidth = doc.documentElement.clientWidth;
  const b = banner.getBoundingClientRect();
  const inside = (e: Element): boolean => {
    const r = e.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.left >= b.left - 1 &&
      r.right <= b.right + 1 &&
      r.top >= b.top - 1 &&
      r.bottom <= b.bottom + 1 &&
      r.left >= -1 &&
      r.right <= viewportWidth + 1
    );
  };
  const headline = shadow.querySelector('.headline .text') as HTMLElement;
  const reasons = Array.from(shadow.querySelectorAll('.reasons li'));
  const advice = shadow.querySelector('.advice') as HTMLElement | null;
  const notFullyVisible = [headline, ...reasons, ...(advice ? [advice] : []), ...Array.from(shadow.querySelectorAll('button'))]
    .filter((e) => !inside(e))
    .map(describe);
  const lineHeight = parseFloat(win.getComputedStyle(headline).lineHeight) || 20;
  return {
    viewportWidth,
    bannerWidth: Math.round(b.width),
    bannerHeight: Math.round(b.height),
    headline: headline.textContent ?? '',
    headlineLines: Math.round(headline.getBoundingClientRect().height / lineHeight),
    reasons: reasons.map((r) => r.textContent ?? ''),
    advice: advice?.textContent ?? '',
    buttons: Array.from(shadow.querySelectorAll('button')).map((x) => x.textContent ?? ''),
    overflowing,
    truncating,
    notFullyVisible,
  };
}
