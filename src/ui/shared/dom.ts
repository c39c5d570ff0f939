/**
 * The only way the UI builds DOM: createElement + textContent. Message-derived text never becomes HTML.
 * `text()` caps very long strings (hostile display names) before they reach layout; CSS truncates visually.
 */
import { bidiClosers, unwrapLoneValue } from './bidi.js';

export const MAX_SHOWN_CHARS = 2000;

type Child = Node | string | null | undefined | false;

export interface ElOptions {
  className?: string;
  attrs?: Record<string, string>;
  /** Untrusted text: isolate its direction (bidi overrides stay inside) and let the browser pick it. */
  untrusted?: boolean;
}

/**
 * Caps a string for display; the full value stays available elsewhere (title, copied text). A cut must not drop
 * the PDI/PDF that closed a bidi override (it would then run on past the value): the closers are kept, within max.
 */
export function capText(s: string, max = MAX_SHOWN_CHARS): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - bidiClosers(s.slice(0, max)).length);
  return `${head}${bidiClosers(head)}…`;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  opts: ElOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (opts.className) node.className = opts.className;
  if (opts.attrs) for (const [k, v] of Object.entries(opts.attrs)) node.setAttribute(k, v);
  if (opts.untrusted) {
    node.setAttribute('dir', 'auto');
    node.classList.add('untrusted');
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? doc.createTextNode(capText(c)) : c);
  }
  return node;
}

/** A span of untrusted text (display name, subject, URL...): bidi-isolated (by the element), capped. */
export function untrustedText(doc: Document, shown: string, className = ''): HTMLSpanElement {
  const value = unwrapLoneValue(shown);
  const span = el(doc, 'span', { className: `value ${className}`.trim(), untrusted: true }, value);
  if (value.length > 80) span.title = capText(value, 500);
  return span;
}
