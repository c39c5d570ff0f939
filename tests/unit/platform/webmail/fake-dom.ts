/**
 * A tiny DOM fake for the webmail adapters' MiniDocument/MiniElement interface: elements with tag, id, classes,
 * attributes and children, and a matcher for single compound selectors (`tag#id.class[attr]:not([attr])`),
 * the only kind the adapters use. Built with `h('div.adn', { 'data-message-id': '#msg-f:1' }, ...children)`.
 */
import type { MiniDocument, MiniElement, MiniLocation } from '../../../../src/platform/webmail/dom.js';

export class FakeElement implements MiniElement {
  parent: FakeElement | null = null;
  readonly children: FakeElement[] = [];
  constructor(
    readonly tagName: string,
    readonly attrs: Record<string, string>,
    readonly text: string | null,
  ) {}
  get textContent(): string | null {
    return this.text ?? this.children.map((c) => c.textContent ?? '').join('');
  }
  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attrs, name) ? this.attrs[name]! : null;
  }
  *descendants(): Generator<FakeElement> {
    for (const c of this.children) {
      yield c;
      yield* c.descendants();
    }
  }
  querySelector(selector: string): FakeElement | null {
    for (const d of this.descendants()) if (matches(d, selector)) return d;
    return null;
  }
  querySelectorAll(selector: string): FakeElement[] {
    return [...this.descendants()].filter((d) => matches(d, selector));
  }
  closest(selector: string): FakeElement | null {
    if (matches(this, selector)) return this;
    return this.parent ? this.parent.closest(selector) : null;
  }
}

function matches(el: FakeElement, selector: string): boolean {
  let rest = selector.trim();
  const nots: string[] = [];
  rest = rest.replace(/:not\(\[([^\]]+)\]\)/g, (_m, a: string) => (nots.push(a), ''));
  const attrs: string[] = [];
  rest = rest.replace(/\[([^\]=]+)\]/g, (_m, a: string) => (attrs.push(a), ''));
  const m = /^([a-z0-9]*)((?:[#.][A-Za-z0-9_-]+)*)$/.exec(rest);
  if (!m) throw new Error(`fake DOM: unsupported selector ${selector}`);
  if (m[1] && el.tagName.toLowerCase() !== m[1]) return false;
  for (const part of m[2]!.match(/[#.][A-Za-z0-9_-]+/g) ?? []) {
    if (part[0] === '#' && el.getAttribute('id') !== part.slice(1)) return false;
    if (part[0] === '.' && !(el.getAttribute('class') ?? '').split(/\s+/).includes(part.slice(1))) return false;
  }
  return attrs.every((a) => el.getAttribute(a) !== null) && nots.every((a) => el.getAttribute(a) === null);
}

/** `h('div#id.c1.c2', attrs, ...children | text)` */
export function h(spec: string, attrs: Record<string, string> = {}, ...children: (FakeElement | string)[]): FakeElement {
  const m = /^([a-z0-9]+)((?:[#.][A-Za-z0-9_-]+)*)$/.exec(spec);
  if (!m) throw new Error(`bad spec ${spec}`);
  const all: Record<string, string> = { ...attrs };
  const classes: string[] = [];
  for (const part of m[2]!.match(/[#.][A-Za-z0-9_-]+/g) ?? []) {
    if (part[0] === '#') all.id = part.slice(1);
    else classes.push(part.slice(1));
  }
  if (classes.length) all.class = classes.join(' ');
  const text = children.length === 1 && typeof children[0] === 'string' ? children[0] : null;
  const el = new FakeElement(m[1]!.toUpperCase(), all, text);
  for (const c of children) {
    if (typeof c === 'string') continue;
    c.parent = el;
    el.children.push(c);
  }
  return el;
}

export function fakeDocument(...body: FakeElement[]): MiniDocument & { root: FakeElement } {
  const root = h('html', {}, ...body);
  return { root, querySelector: (s) => root.querySelector(s), querySelectorAll: (s) => root.querySelectorAll(s) };
}

export function fakeLocation(href: string): MiniLocation {
  const u = new URL(href);
  return { href: u.href, origin: u.origin, pathname: u.pathname, hostname: u.hostname, search: u.search };
}

/** A fetch fake answering from a routing function; records every URL asked. */
export function fakeFetch(route: (url: string) => Response | Promise<Response>): {
  fetch: (url: string) => Promise<Response>;
  urls: string[];
} {
  const urls: string[] = [];
  return {
    urls,
    fetch: async (url: string) => {
      urls.push(url);
      return route(url);
    },
  };
}
