/**
 * The small part of the DOM the site adapters read. Real `Document`/`Element` satisfy it structurally; unit tests
 * pass hand-written fakes. Everything read through it comes from the web page and is untrusted (the message body
 * is rendered in the same document, so an email can imitate any markup): adapters validate every value they take.
 */
export interface MiniElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
  /** Nearest ancestor-or-self matching the selector. */
  closest(selector: string): MiniElement | null;
}

export interface MiniDocument {
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}

/** The page location parts adapters use (window.location satisfies it). */
export interface MiniLocation {
  readonly href: string;
  readonly origin: string;
  readonly pathname: string;
  readonly hostname: string;
  readonly search: string;
}

/** Where and how a banner goes: before `anchor`, or as first child of `anchor` when `position` is 'prepend'. */
export interface BannerPlacement {
  anchor: MiniElement;
  position: 'before' | 'prepend';
}

/** Upper bound on inline script text scanned per page (Roundcube env / Gmail GLOBALS), in characters. */
export const MAX_SCRIPT_SCAN_CHARS = 4 * 1024 * 1024;

/** Text of the page's inline scripts, concatenated up to MAX_SCRIPT_SCAN_CHARS. */
export function inlineScriptText(doc: MiniDocument): string {
  const scripts = doc.querySelectorAll('script:not([src])');
  let out = '';
  for (let i = 0; i < scripts.length && out.length < MAX_SCRIPT_SCAN_CHARS; i++) {
    const t = scripts[i]?.textContent ?? '';
    out += t.slice(0, MAX_SCRIPT_SCAN_CHARS - out.length) + '\n';
  }
  return out;
}
