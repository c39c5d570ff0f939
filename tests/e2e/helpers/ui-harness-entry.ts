/**
 * In-page harness for tests/e2e/hostile-ui.test.ts: renders a Report with the real banner (mountBanner) or the
 * real popup (renderReport) and inspects the result from inside the page. Bundled with esbuild (iife).
 *
 * The banner lives in a CLOSED shadow root. Like the UI's unit tests (mini-dom exposes `.shadow`), the harness
 * records shadow roots by wrapping Element.prototype.attachShadow before anything mounts; this is test-only
 * instrumentation, the UI code is unchanged.
 */
import { mountBanner } from '../../../src/ui/banner/index.js';
import { renderReport } from '../../../src/ui/popup/index.js';
import type { Report } from '../../../src/core/model/report.js';
import type { Lang } from '../../../src/ui/shared/i18n.js';
import { bannerLayout, type BannerLayout } from './banner-layout.js';

const shadows = new WeakMap<Element, ShadowRoot>();
const nativeAttach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = nativeAttach.call(this, init);
  shadows.set(this, root);
  return root;
};

/** Bidi formatting characters: embeddings/overrides (U+202A..U+202E) and isolates (U+2066..U+2069). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const OVERRIDE_OR_EMBEDDING = /[\u202A-\u202E]/u;
const OVERRIDE = /[\u202A\u202B\u202D\u202E]/u;
/**
 * Text-level isolation (UAX #9 6.3): every embedding/override sits inside an isolate (FSI/LRI/RLI ... PDI) that
 * closes within the same text, and no PDI closes an isolate it did not open.
 */
function textIsolated(data: string): boolean {
  let depth = 0;
  for (const ch of data) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && OVERRIDE_OR_EMBEDDING.test(ch)) return false;
  }
  return depth === 0;
}

const ISOLATING = new Set(['isolate', 'plaintext', 'isolate-override']);
/** Tags the UI itself creates (banner + popup); anything else came from somewhere it must not. */
const UI_TAGS = new Set([
  'sender-lens-banner',
  'style',
  'div',
  'span',
  'ul',
  'ol',
  'li',
  'button',
  'header',
  'strong',
  'p',
  'section',
  'h2',
  'h3',
  'textarea',
]);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data'];

export interface BidiContainer {
  sample: string;
  tag: string;
  unicodeBidi: string;
  dir: string | null;
  textIsolated: boolean;
  isolated: boolean;
}
export interface OverrideLeak {
  value: string;
  after: string;
  container: string;
}
export interface Inspection {
  surface: 'banner' | 'popup';
  mounted: boolean;
  shadowMode: string | null;
  /** Light-DOM text of the banner host (must be empty: the content sits in the shadow root). */
  hostLightText: string | null;
  text: string;
  tags: string[];
  foreignTags: string[];
  /** style elements that are not the banner's own single stylesheet. */
  extraStyles: number;
  handlerAttrs: string[];
  urlAttrs: { tag: string; attr: string; value: string }[];
  bidiContainers: BidiContainer[];
  overrideLeaks: OverrideLeak[];
  layout: {
    innerWidth: number;
    scrollWidth: number;
    rootHeight: number;
    rootWidth: number;
    /** Height of the tallest `.value` (message-derived value, capped by CSS at a few lines). */
    tallestValue: number;
    /** Elements reaching past the right edge of the viewport (at most 10). */
    overflowing: string[];
    visible: boolean;
  };
  pwned: unknown;
}

function walk(root: Node, visit: (n: Node) => void): void {
  visit(root);
  if (root instanceof Element) {
    const sr = shadows.get(root);
    if (sr) walk(sr, visit);
  }
  for (const c of Array.from(root.childNodes)) walk(c, visit);
}

function charRect(node: Text, i: number): DOMRect | null {
  const r = document.createRange();
  r.setStart(node, i);
  r.setEnd(node, i + 1);
  const rects = r.getClientRects();
  return rects.length ? rects[0]! : null;
}

/**
 * An override inside `value` must not reorder the text after it. Measures the first two consecutive letters
 * after each occurrence of the value in a text node: strong LTR letters (Latin, kana, kanji) must run left to
 * right when they are on the same line.
 */
function findLeaks(nodes: Text[], values: string[]): OverrideLeak[] {
  const leaks: OverrideLeak[] = [];
  const letter = /[\p{L}\p{N}]/u;
  for (const value of values) {
    if (!OVERRIDE.test(value)) continue;
    for (const node of nodes) {
      let from = 0;
      for (let p = node.data.indexOf(value, from); p >= 0; p = node.data.indexOf(value, from)) {
        from = p + value.length;
        let a = from;
        while (a + 1 < node.data.length && !(letter.test(node.data[a]!) && letter.test(node.data[a + 1]!))) a++;
        if (a + 1 >= node.data.length) continue;
        const ra = charRect(node, a);
        const rb = charRect(node, a + 1);
        if (!ra || !rb || Math.abs(ra.top - rb.top) > 2 || ra.width === 0 || rb.width === 0) continue;
        if (rb.left < ra.left)
          leaks.push({ value, after: node.data.slice(from, from + 40), container: node.parentElement?.className ?? '' });
      }
    }
  }
  return leaks;
}

/** Right edge of what is visible of `rect`: ancestors (across shadow roots) that clip overflow cut it. */
function visibleRight(start: Element | null, rect: DOMRect): number {
  let right = rect.right;
  for (let e = start; e && e !== document.documentElement; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) {
    if (getComputedStyle(e).overflowX !== 'visible') right = Math.min(right, e.getBoundingClientRect().right);
  }
  return right;
}

function inspect(surface: 'banner' | 'popup', root: Element, values: string[]): Inspection {
  const elements: Element[] = [];
  const texts: Text[] = [];
  walk(root, (n) => {
    if (n instanceof Element) elements.push(n);
    else if (n instanceof Text) texts.push(n);
  });
  const host = surface === 'banner' ? root.querySelector(':scope > sender-lens-banner') : null;
  const shadow = host ? (shadows.get(host) ?? null) : null;
  const descendants = elements.filter((e) => e !== root);
  const tags = [...new Set(descendants.map((e) => e.localName))].sort();
  const ownStyle = shadow?.firstElementChild?.localName === 'style' ? shadow.firstElementChild : null;
  const handlerAttrs: string[] = [];
  const urlAttrs: Inspection['urlAttrs'] = [];
  for (const e of descendants) {
    for (const a of Array.from(e.attributes)) {
      if (a.name.toLowerCase().startsWith('on')) handlerAttrs.push(`${e.localName}[${a.name}]`);
      if (URL_ATTRS.includes(a.name.toLowerCase())) urlAttrs.push({ tag: e.localName, attr: a.name, value: a.value });
    }
  }
  const bidiContainers: BidiContainer[] = [];
  for (const t of texts) {
    const parent = t.parentElement;
    if (!BIDI.test(t.data) || !parent || parent.localName === 'style') continue;
    const cs = getComputedStyle(parent);
    bidiContainers.push({
      sample: t.data.slice(0, 60),
      tag: parent.localName,
      unicodeBidi: cs.unicodeBidi,
      dir: parent.getAttribute('dir'),
      textIsolated: textIsolated(t.data),
      isolated: ISOLATING.has(cs.unicodeBidi) || parent.getAttribute('dir') === 'auto' || textIsolated(t.data),
    });
  }
  const measured = host ?? root;
  const rect = measured.getBoundingClientRect();
  let tallestValue = 0;
  const overflowing: string[] = [];
  for (const e of descendants) {
    const r = e.getBoundingClientRect();
    if (e.classList.contains('value')) tallestValue = Math.max(tallestValue, r.height);
    if (visibleRight(e.parentElement, r) > window.innerWidth + 1 && overflowing.length < 10)
      overflowing.push(`${e.localName}.${Array.from(e.classList).join('.')} right=${Math.round(r.right)}`);
  }
  // Text can overflow a block whose own box stays in bounds: measure the text too (minus what is clipped).
  for (const t of texts) {
    const range = document.createRange();
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    const where = t.parentElement;
    if (visibleRight(where, r) > window.innerWidth + 1 && overflowing.length < 10)
      overflowing.push(
        `text in ${where?.localName ?? '?'}.${Array.from(where?.classList ?? []).join('.')} right=${Math.round(r.right)}: ${t.data.slice(0, 30)}`,
      );
  }
  const textRoot = shadow ?? root;
  const text = texts
    .filter((t) => t.parentElement?.localName !== 'style' && textRoot.contains(t))
    .map((t) => t.data)
    .join('');
  return {
    surface,
    mounted: surface === 'popup' ? root.childElementCount > 0 : host !== null && host.isConnected,
    shadowMode: shadow?.mode ?? null,
    hostLightText: host ? host.textContent : null,
    text,
    tags,
    foreignTags: tags.filter((t) => !UI_TAGS.has(t)),
    extraStyles: descendants.filter((e) => e.localName === 'style' && e !== ownStyle).length,
    handlerAttrs,
    urlAttrs,
    bidiContainers,
    overrideLeaks: findLeaks(texts, values),
    layout: {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      rootHeight: rect.height,
      rootWidth: rect.width,
      tallestValue,
      overflowing,
      visible: host ? host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.height > 0 : rect.height > 0,
    },
    pwned: (window as unknown as Record<string, unknown>).__pwned,
  };
}

function target(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`harness: ${selector} missing from the page`);
  return el;
}

const harness = {
  /** Mounts the banner into `#message` (the message body). */
  banner(report: Report, lang: Lang): void {
    mountBanner(target('#message'), report, {
      lang,
      onOpenReport: () => undefined,
      onReport: () => undefined,
      reportAddress: 'abuse@example.jp',
    });
  },
  /** Positive control for the layout checks: the old one-line, ellipsis headline CSS put back into the banner. */
  bannerAddCss(css: string): void {
    const host = document.querySelector('#message > sender-lens-banner');
    const shadow = host ? shadows.get(host) : undefined;
    if (!shadow) throw new Error('harness: no banner mounted');
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  },
  /** Layout facts of the mounted banner (tests/e2e/helpers/banner-layout.ts). */
  bannerLayout(): BannerLayout {
    const host = document.querySelector('#message > sender-lens-banner');
    const shadow = host ? shadows.get(host) : undefined;
    if (!shadow) throw new Error('harness: no banner mounted');
    return bannerLayout(shadow);
  },
  /** Renders the full report into `#report` (the popup page). */
  popup(report: Report, lang: Lang): void {
    renderReport(target('#report'), report, lang);
  },
  /** Positive control: hostile HTML parsed the unsafe way into `#report` must trip the detectors. */
  control(html: string): void {
    const unsafe = document.createElement('div');
    // Deliberately unsafe (the control that proves the detectors work); the UI never does this.
    unsafe.innerHTML = html; // eslint-disable-line no-unsanitized/property, no-restricted-properties -- the control
    target('#report').replaceChildren(unsafe);
  },
  inspect(surface: 'banner' | 'popup', values: string[]): Inspection {
    return inspect(surface, target(surface === 'banner' ? '#message' : '#report'), values);
  },
};

(globalThis as Record<string, unknown>).senderLensUiHarness = harness;
export type UiHarness = typeof harness;
