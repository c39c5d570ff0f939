/**
 * A deliberately small DOM for UI unit tests (no jsdom in this project): enough of Document/Element/Text for
 * code that only uses createElement, textContent, attributes, events and shadow roots. It never parses HTML,
 * so a test can check that hostile text ended up as Text nodes and no element was created from it.
 */
type Listener = (ev: { type: string; preventDefault(): void; target: MiniElement }) => void;

export class MiniNode {
  parent: MiniNode | null = null;
  children: MiniNode[] = [];
  constructor(public ownerDocument: MiniDocument) {}
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  set textContent(v: string) {
    this.replaceChildren(this.ownerDocument.createTextNode(v));
  }
  private adopt(nodes: (MiniNode | string)[]): MiniNode[] {
    return nodes.map((n) => {
      const node = typeof n === 'string' ? this.ownerDocument.createTextNode(n) : n;
      node.remove();
      node.parent = this;
      return node;
    });
  }
  append(...nodes: (MiniNode | string)[]): void {
    this.children.push(...this.adopt(nodes));
  }
  prepend(...nodes: (MiniNode | string)[]): void {
    this.children.unshift(...this.adopt(nodes));
  }
  replaceChildren(...nodes: (MiniNode | string)[]): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    this.append(...nodes);
  }
  remove(): void {
    if (!this.parent) return;
    this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = null;
  }
  get parentElement(): MiniElement | null {
    return this.parent instanceof MiniElement ? this.parent : null;
  }
  get childElementCount(): number {
    return this.children.filter((c) => c instanceof MiniElement).length;
  }
  /** All descendant elements (not crossing shadow roots). */
  descendants(): MiniElement[] {
    const out: MiniElement[] = [];
    for (const c of this.children) if (c instanceof MiniElement) out.push(c, ...c.descendants());
    return out;
  }
  querySelectorAll(sel: string): MiniElement[] {
    const direct = /^:scope > (.+)$/.exec(sel);
    const match = (e: MiniElement, s: string) =>
      s.startsWith('.')
        ? e.classList.contains(s.slice(1))
        : s.startsWith('[')
          ? e.hasAttribute(s.slice(1, -1))
          : e.tagName === s.toLowerCase();
    if (direct?.[1]) return this.children.filter((c): c is MiniElement => c instanceof MiniElement && match(c, direct[1]!));
    return this.descendants().filter((e) => match(e, sel));
  }
  querySelector(sel: string): MiniElement | null {
    return this.querySelectorAll(sel)[0] ?? null;
  }
}

export class MiniText extends MiniNode {
  constructor(
    doc: MiniDocument,
    public data: string,
  ) {
    super(doc);
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(v: string) {
    this.data = v;
  }
}

export class MiniShadowRoot extends MiniNode {
  constructor(
    doc: MiniDocument,
    public mode: 'open' | 'closed',
    public host: MiniElement,
  ) {
    super(doc);
  }
}

export class MiniElement extends MiniNode {
  attributes = new Map<string, string>();
  listeners = new Map<string, Listener[]>();
  shadow: MiniShadowRoot | null = null;
  style = {
    props: new Map<string, string>(),
    setProperty(k: string, v: string) {
      this.props.set(k, v);
    },
  };
  value = '';
  disabled = false;
  checked = false;
  hidden = false;
  title = '';
  constructor(
    doc: MiniDocument,
    public tagName: string,
  ) {
    super(doc);
  }
  setAttribute(k: string, v: string): void {
    this.attributes.set(k, v);
    if (k === 'hidden') this.hidden = true;
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  hasAttribute(k: string): boolean {
    return this.attributes.has(k);
  }
  get className(): string {
    return this.attributes.get('class') ?? '';
  }
  set className(v: string) {
    this.attributes.set('class', v);
  }
  get classList() {
    return {
      add: (c: string) => {
        const set = new Set(this.className.split(/\s+/).filter(Boolean));
        set.add(c);
        this.className = [...set].join(' ');
      },
      contains: (c: string) => this.className.split(/\s+/).includes(c),
    };
  }
  attachShadow(init: { mode: 'open' | 'closed' }): MiniShadowRoot {
    this.shadow = new MiniShadowRoot(this.ownerDocument, init.mode, this);
    return this.shadow;
  }
  addEventListener(type: string, l: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  dispatch(type: string): void {
    for (const l of this.listeners.get(type) ?? []) l({ type, preventDefault: () => undefined, target: this });
  }
  click(): void {
    this.dispatch('click');
  }
  select(): void {}
}

export class MiniDocument {
  created: string[] = [];
  defaultView: { navigator: { clipboard?: { writeText(s: string): Promise<void> } } } = { navigator: {} };
  readonly body: MiniElement;
  constructor() {
    this.body = new MiniElement(this, 'body');
  }
  createElement(tag: string): MiniElement {
    this.created.push(tag.toLowerCase());
    return new MiniElement(this, tag.toLowerCase());
  }
  createTextNode(data: string): MiniText {
    return new MiniText(this, data);
  }
}

/** A fresh document and its body typed as the real DOM for code under test. */
export function miniBody(): { doc: MiniDocument; body: HTMLElement } {
  const doc = new MiniDocument();
  return { doc, body: doc.body as unknown as HTMLElement };
}
