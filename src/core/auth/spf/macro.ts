/**
 * SPF macro syntax check and expansion (RFC 7208 section 7).
 *   macro-string = *( macro-expand / macro-literal )
 *   macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"
 */

export interface MacroContext {
  /** <sender>: local-part "@" domain (local-part already defaulted to "postmaster", 4.3). */
  sender: string;
  local: string;
  senderDomain: string;
  /** <domain> currently being evaluated. */
  domain: string;
  /** %{i}: dotted IPv4 or dot-separated IPv6 nibbles. */
  ipDotted: string;
  /** %{c}: readable client IP (exp only). */
  ipText: string;
  /** %{v}: "in-addr" or "ip6". */
  ipVersion: string;
  helo: string;
  receiver: string;
  /** Seconds since the epoch for %{t}. */
  timestamp: number;
  /** %{p}: validated domain name of the client IP (5.5 / 7.3), resolved on demand. */
  validatedName: () => Promise<string>;
}

const MACRO_EXPAND = /^%\{([a-zA-Z])(\d*)(r?)([.\-+,/_=]*)\}/i;
/** Letters allowed only in exp= text (7.3). */
const EXP_ONLY = new Set(['c', 'r', 't']);
const DOMAIN_LETTERS = new Set(['s', 'l', 'o', 'd', 'i', 'p', 'h', 'v']);
/** Largest DIGIT transformer we accept; more parts than exist simply means "all of them" (7.3). */
const MAX_DIGITS = 3;

type Token = { lit: string } | { letter: string; upper: boolean; digits: number | null; reverse: boolean; delims: string };

function tokenize(s: string, exp: boolean): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (ch !== '%') {
      const code = ch.charCodeAt(0);
      // macro-literal = %x21-24 / %x26-7E; explain-string also allows SP (6.2).
      if (!((code >= 0x21 && code <= 0x7e) || (exp && code === 0x20))) return `invalid character in macro-string at ${i}`;
      out.push({ lit: ch });
      i++;
      continue;
    }
    const next = s[i + 1];
    if (next === '%') out.push({ lit: '%' });
    else if (next === '_') out.push({ lit: ' ' });
    else if (next === '-') out.push({ lit: '%20' });
    else if (next === '{') {
      const m = MACRO_EXPAND.exec(s.slice(i, i + 40));
      if (!m) return `invalid macro at ${i}`;
      const letterRaw = m[1] ?? '';
      const letter = letterRaw.toLowerCase();
      if (!DOMAIN_LETTERS.has(letter) && !EXP_ONLY.has(letter)) return `unknown macro letter "${letterRaw}"`;
      // 7.3: c, r and t are allowed only in exp text.
      if (EXP_ONLY.has(letter) && !exp) return `macro letter "${letterRaw}" is allowed only in exp text`;
      const digitsText = m[2] ?? '';
      let digits: number | null = null;
      if (digitsText !== '') {
        if (digitsText.length > MAX_DIGITS) return 'macro transformer too large';
        digits = Number(digitsText);
        // 7.3: "If a DIGIT is specified, the value MUST be nonzero."
        if (digits === 0) return 'macro transformer must be nonzero';
      }
      out.push({ letter, upper: letterRaw !== letter, digits, reverse: (m[3] ?? '') !== '', delims: m[4] ?? '' });
      i += m[0].length;
      continue;
    } else return `invalid "%" escape at ${i}`;
    i += 2;
  }
  return out;
}

/** Syntax check only; returns an error string or null. `exp` = explain-string rules (spaces, c/r/t). */
export function checkMacroString(s: string, exp: boolean): string | null {
  const t = tokenize(s, exp);
  return typeof t === 'string' ? t : null;
}

/** RFC 3986 unreserved characters are kept; everything else is %-escaped (7.3, uppercase macros). */
function urlEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9\-._~]/.test(ch)) out += ch;
    else {
      const code = ch.charCodeAt(0) & 0xff;
      out += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

async function letterValue(letter: string, ctx: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.local;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return ctx.domain;
    case 'i':
      return ctx.ipDotted;
    case 'p':
      return ctx.validatedName();
    case 'v':
      return ctx.ipVersion;
    case 'h':
      return ctx.helo;
    case 'c':
      return ctx.ipText;
    case 'r':
      return ctx.receiver;
    case 't':
      return String(ctx.timestamp);
    default:
      return '';
  }
}

/**
 * Expands a macro-string. Returns `{ ok: false }` on syntax errors (the caller decides: permerror for
 * domain-specs, "no explanation" for exp text).
 */
export async function expandMacro(
  s: string,
  ctx: MacroContext,
  exp: boolean,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  const tokens = tokenize(s, exp);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  let out = '';
  for (const tok of tokens) {
    if ('lit' in tok) {
      out += tok.lit;
      continue;
    }
    const raw = await letterValue(tok.letter, ctx);
    // 7.3: split on the delimiters (default "."), optionally reverse, keep the right-most DIGIT parts,
    // and rejoin with ".".
    const delims = tok.delims === '' ? '.' : tok.delims;
    let parts = raw.split(new RegExp(`[${delims.replace(/[-\\\]^/]/g, '\\$&')}]`));
    if (tok.reverse) parts = parts.reverse();
    if (tok.digits !== null && tok.digits < parts.length) parts = parts.slice(parts.length - tok.digits);
    const value = parts.join('.');
    out += tok.upper ? urlEscape(value) : value;
  }
  return { ok: true, value: out };
}

/**
 * 7.3: when an expanded domain exceeds 253 characters, remove labels from the left until it fits.
 */
export function truncateDomain(name: string): string {
  let d = name;
  while (d.length > 253) {
    const dot = d.indexOf('.');
    if (dot < 0) return d;
    d = d.slice(dot + 1);
  }
  return d;
}
