/**
 * RFC 5322 section 3.4 address lists (mailbox, name-addr, group, obs-route, comments, quoted display names),
 * tolerant of what phishing mail actually contains: missing angle brackets, fullwidth ＠ / ． separators,
 * display names that carry an address of their own, RFC 2047 encoded display names. Never throws.
 */
import type { Address } from '../../model/message.js';
import { decodeEncodedWords } from './encoded-words.js';

const MAX_INPUT = 64 * 1024;
const MAX_ADDRESSES = 1000;

type Tok = { t: 'quoted' | 'comment' | 'angle' | 'atom'; v: string } | { t: ':' | ';' | ',' };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '"') {
      let v = '';
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        v += s[i];
        i++;
      }
      out.push({ t: 'quoted', v });
      i++;
      continue;
    }
    if (c === '(') {
      let depth = 0,
        v = '';
      for (; i < s.length; i++) {
        const ch = s[i]!;
        if (ch === '\\') {
          v += s[i + 1] ?? '';
          i++;
          continue;
        }
        if (ch === '(') {
          depth++;
          if (depth === 1) continue;
        }
        if (ch === ')') {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        v += ch;
      }
      out.push({ t: 'comment', v });
      continue;
    }
    if (c === '<') {
      const end = s.indexOf('>', i + 1);
      const stop = end < 0 ? s.length : end;
      out.push({ t: 'angle', v: s.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (c === ':' || c === ';' || c === ',') {
      out.push({ t: c });
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && !' \t\r\n"(<:;,'.includes(s[j]!)) j++;
    // `>` alone or a stray char: consume at least one character
    if (j === i) j++;
    out.push({ t: 'atom', v: s.slice(i, j) });
    i = j;
  }
  return out;
}

const EMBEDDED_ADDRESS = /[^\s<>"'@＠]+[@＠][^\s<>"'@＠]+[.．][^\s<>"'@＠]+/;
/** RFC 5321 4.5.3.1: local part <= 64 octets, domain <= 255; at most this many `@` looked at (limit on input). */
const EMBED_LOCAL = 64;
const EMBED_DOMAIN = 255;
const EMBED_MAX_AT = 20;

/**
 * An address written inside a display name. The pattern alone, run unanchored over a long name without `@`,
 * retries from every position (quadratic); it is run only in a bounded window around each `@`/`＠` instead.
 */
function findEmbeddedAddress(name: string): string | null {
  let seen = 0;
  for (let i = 0; i < name.length && seen < EMBED_MAX_AT; i++) {
    const c = name[i];
    if (c !== '@' && c !== '＠') continue;
    seen++;
    const m = EMBEDDED_ADDRESS.exec(name.slice(Math.max(0, i - EMBED_LOCAL), i + 1 + EMBED_DOMAIN));
    if (m) return m[0];
  }
  return null;
}

function makeAddress(rawAddr: string, rawName: string, flags: string[]): Address {
  let addr = rawAddr.trim().replace(/^@[^:]*:/, ''); // obs-route (RFC 5322 4.4)
  if (!addr.includes('@') && addr.includes('＠')) {
    addr = addr.replace('＠', '@');
    flags.push('fullwidth-at');
  }
  const at = addr.lastIndexOf('@');
  let local = '',
    domain = '';
  if (at > 0 && at < addr.length - 1) {
    local = addr.slice(0, at);
    domain = addr.slice(at + 1).trim();
    if (domain.includes('．')) {
      domain = domain.replace(/．/g, '.');
      flags.push('fullwidth-dot');
    }
    domain = domain.toLowerCase().replace(/\.$/, '');
    addr = `${local}@${domain}`;
  } else {
    flags.push('unparseable');
  }
  const name = decodeEncodedWords(rawName.trim()).replace(/\s+/g, ' ').trim();
  const shown = findEmbeddedAddress(name);
  if (shown && shown.replace('＠', '@').toLowerCase() !== addr.toLowerCase()) flags.push('name-contains-address');
  const out: Address = { name, address: local ? addr : addr.trim(), local, domain };
  if (flags.length) out.flags = [...new Set(flags)];
  return out;
}

function mailbox(toks: Tok[]): Address | null {
  if (toks.length === 0) return null;
  const angleIdx = toks.findIndex((t) => t.t === 'angle');
  const text = (t: Tok) => ('v' in t ? t.v : t.t);
  if (angleIdx >= 0) {
    const phrase = toks
      .slice(0, angleIdx)
      .filter((t) => t.t === 'quoted' || t.t === 'atom')
      .map(text)
      .join(' ');
    const comment = toks.find((t) => t.t === 'comment');
    const name = phrase || (comment && 'v' in comment ? comment.v : '');
    return makeAddress(text(toks[angleIdx]!), name, []);
  }
  const words = toks.filter((t) => t.t === 'atom' || t.t === 'quoted');
  const comments = toks.filter((t) => t.t === 'comment').map(text);
  if (words.length === 0) return null;
  // addr-spec (possibly with spaces around `@`/`.` in obsolete syntax) vs. name + bare address.
  const atWord = words.findIndex((w) => w.t === 'atom' && /[@＠]/.test(text(w)) && !/^[@＠]$/.test(text(w)));
  // `" PayPal "@example.com`: an atom starting with "@" right after a quoted string is a quoted local-part.
  if (atWord >= 0 && words.length > 1 && !text(words[atWord]!).startsWith('@')) {
    const name = words
      .filter((_, i) => i !== atWord)
      .map(text)
      .join(' ');
    const addr = text(words[atWord]!).replace(/^[<]|[>]$/g, '');
    return makeAddress(addr, name || comments.join(' '), ['no-angle-brackets']);
  }
  const local = words.map((w) => (w.t === 'quoted' ? `"${text(w)}"` : text(w))).join('');
  return makeAddress(local, comments.join(' '), []);
}

export function parseAddressList(value: string): Address[] {
  const s = value.length > MAX_INPUT ? value.slice(0, MAX_INPUT) : value;
  const toks = tokenize(s);
  const out: Address[] = [];
  let cur: Tok[] = [];
  // A display name with an unquoted comma (`Temu, <x@y>`, common in phishing) arrives as a name-only segment
  // followed by an angle-addr without a name: rejoin them and flag it.
  let pendingName: string | null = null;
  const push = () => {
    const a = mailbox(cur);
    const nameOnly = a !== null && a.local === '' && !cur.some((t) => t.t === 'angle');
    if (pendingName !== null && a && a.local !== '' && !/\p{L}/u.test(a.name) && cur.some((t) => t.t === 'angle')) {
      const merged = makeAddress(a.address, pendingName, ['name-split-by-comma']);
      if (out.length < MAX_ADDRESSES) out.push(merged);
    } else {
      if (pendingName !== null && out.length < MAX_ADDRESSES) out.push(makeAddress(pendingName, '', []));
      if (nameOnly) {
        pendingName = cur
          .filter((t) => t.t === 'quoted' || t.t === 'atom')
          .map((t) => ('v' in t ? t.v : ''))
          .join(' ');
        cur = [];
        return;
      }
      if (a && out.length < MAX_ADDRESSES) out.push(a);
    }
    pendingName = null;
    cur = [];
  };
  for (const t of toks) {
    if (t.t === ',') push();
    else if (t.t === ':' && !cur.some((x) => x.t === 'angle'))
      cur = []; // group display-name (RFC 5322 3.4)
    else if (t.t === ';') push();
    else cur.push(t);
  }
  push();
  if (pendingName !== null && out.length < MAX_ADDRESSES) out.push(makeAddress(pendingName, '', []));
  return out;
}

/** First address of a list, or null. */
export function parseAddress(value: string): Address | null {
  return parseAddressList(value)[0] ?? null;
}
