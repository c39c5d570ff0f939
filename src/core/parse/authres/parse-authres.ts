/**
 * RFC 8601 Authentication-Results parser. `strict` follows the section 2.2 ABNF (authserv-id required, registered
 * result keywords for known methods, ptype.property=pvalue only, no trailing `;`); `relaxed` also accepts what
 * receivers actually write (Outlook: missing authserv-id, `action=`, `compauth=... reason=`, bare tokens between
 * `;`, unquoted `/` and `:` in values). Never throws: a syntax error returns null.
 */
import type { AuthResultsHeader, AuthResultsMethod } from '../../model/auth.js';
import { Cursor, ParseError } from './cursor.js';
import { METHOD_RESULTS, PTYPES } from './results-registry.js';

export type AuthResMode = 'strict' | 'relaxed';

const MAX_VALUE = 16 * 1024;
const MAX_METHODS = 100;
const MAX_PROPS = 50;
/** RFC 5321 4.1.2 local-part / domain characters, with RFC 6532 UTF-8 allowed. */
const DOMAIN_CHAR = /[A-Za-z0-9.\-_\u0080-\uffff]/;

function skipToSemicolon(c: Cursor): void {
  while (!c.done && c.peek() !== ';') {
    if (c.peek() === '(' || c.peek() === ' ' || c.peek() === '\t' || c.peek() === '\r' || c.peek() === '\n') c.cfws();
    else if (c.peek() === '"') c.quoted();
    else c.pos++;
  }
}

/** RFC 8601 2.2 pvalue = [CFWS] ( value / [ [ local-part ] "@" ] domain-name ) [CFWS] */
function pvalue(c: Cursor): string {
  if (c.peek() === '"') return c.quoted();
  if (c.relaxed) return c.loose();
  let v = c.token();
  if (c.eat('@')) {
    const start = c.pos;
    while (!c.done && DOMAIN_CHAR.test(c.peek())) c.pos++;
    const domain = c.s.slice(start, c.pos);
    if (domain === '') throw new ParseError('empty domain after "@"');
    v = `${v}@${domain}`;
  }
  if (v === '') throw new ParseError(`empty value at ${c.pos}`);
  if (!c.done && !/[\s;(]/.test(c.peek())) throw new ParseError(`unexpected "${c.peek()}" in value at ${c.pos}`);
  return v;
}

function checkResult(method: string, raw: string, c: Cursor): void {
  if (c.relaxed) return;
  const allowed = METHOD_RESULTS[method];
  if (!allowed) return; // RFC 8601 2.7: unknown/extension methods, no registry to check against
  // RFC 4408 examples used "Pass": accept mixed case for SPF/Sender ID only.
  const r = method === 'spf' || method === 'sender-id' ? raw.toLowerCase() : raw;
  if (!allowed.includes(r)) throw new ParseError(`"${raw}" is not a registered result for ${method}`);
}

function resinfo(c: Cursor): AuthResultsMethod | 'none' | null {
  const method = c.keyword().toLowerCase();
  if (method === '') {
    if (!c.relaxed) throw new ParseError(`expected a method at ${c.pos}`);
    skipToSemicolon(c);
    return null;
  }
  c.cfws();
  if (method === 'none' && (c.done || c.peek() === ';')) return 'none';
  if (c.eat('/')) {
    c.cfws();
    if (!/^\d+$/.test(c.keyword()) && !c.relaxed) throw new ParseError('bad method version');
    c.cfws();
  }
  if (!c.eat('=')) {
    if (!c.relaxed) throw new ParseError(`expected "=" after ${method} at ${c.pos}`);
    skipToSemicolon(c); // Outlook writes a bare `outlook.com;` between results
    return null;
  }
  c.cfws();
  const rawResult = c.keyword();
  if (rawResult === '') {
    if (!c.relaxed) throw new ParseError(`missing result for ${method}`);
    skipToSemicolon(c);
    return null;
  }
  checkResult(method, rawResult, c);
  const out: AuthResultsMethod = { method, result: rawResult.toLowerCase(), reason: null, props: {} };
  c.cfws();
  let count = 0;
  while (!c.done && c.peek() !== ';' && count++ < MAX_PROPS) {
    const name = c.keyword();
    if (name === '') {
      if (!c.relaxed) throw new ParseError(`unexpected "${c.peek()}" at ${c.pos}`);
      c.loose();
      c.cfws();
      continue;
    }
    c.cfws();
    const lname = name.toLowerCase();
    if (c.eat('.')) {
      c.cfws();
      const property = c.keyword().toLowerCase();
      if (!c.relaxed && ((!PTYPES.has(lname) && !method.startsWith('x-')) || property === ''))
        throw new ParseError(`bad property ${name}.${property}`);
      c.cfws();
      c.expect('=');
      c.cfws();
      const v = pvalue(c);
      const key = `${lname}.${property}`;
      if (!(key in out.props)) out.props[key] = v;
    } else if (c.eat('=')) {
      c.cfws();
      if (lname === 'reason') {
        // RFC 8601 2.2 reasonspec = "reason" [CFWS] "=" [CFWS] value
        out.reason = c.peek() === '"' ? c.quoted() : c.relaxed ? c.loose() : c.value();
      } else {
        // Not in the ABNF: Outlook's `action=none`, Fastmail's `x-bits=1024`. Strict mode allows it only for
        // experimental `x-` methods (RFC 8601 2.7.x: their properties are not registered), as Python authres does.
        if (!c.relaxed && !method.startsWith('x-')) throw new ParseError(`property "${name}" has no ptype`);
        const v = pvalue(c);
        if (!(lname in out.props)) out.props[lname] = v;
      }
    } else if (!c.relaxed) {
      throw new ParseError(`expected "." or "=" after ${name}`);
    }
    c.cfws();
  }
  return out;
}

function parse(input: string, relaxed: boolean): AuthResultsHeader {
  const value = input.replace(/^\s*Authentication-Results[ \t]*:/i, '');
  const c = new Cursor(value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value, relaxed);
  c.cfws();
  let authservId: string | null = null;
  const start = c.pos;
  const quoted = c.peek() === '"';
  const id = c.value();
  c.cfws();
  const looksLikeMethod = !quoted && (c.peek() === '=' || c.peek() === '/');
  if (id === '' || looksLikeMethod) {
    // RFC 8601 2.2: authserv-id is mandatory. Outlook omits it.
    if (!relaxed) throw new ParseError('missing authserv-id');
    c.pos = start;
  } else {
    // RFC 8601 2.5 with RFC 6532: a U-label authserv-id must be a quoted-string.
    if (!quoted && /[\u0080-\uffff]/.test(id) && !relaxed) throw new ParseError('non-ASCII authserv-id must be quoted');
    authservId = id;
    if (/\d/.test(c.peek())) {
      c.keyword();
      c.cfws();
    }
  }
  const methods: AuthResultsMethod[] = [];
  let first = authservId === null;
  for (;;) {
    c.cfws();
    if (c.done) break;
    if (!first) {
      if (!c.eat(';')) {
        if (!relaxed) throw new ParseError(`expected ";" at ${c.pos}: ${c.s.slice(c.pos, c.pos + 30)}`);
        skipToSemicolon(c);
        continue;
      }
      c.cfws();
      if (c.done) {
        if (!relaxed) throw new ParseError('trailing ";"');
        break;
      }
      if (c.peek() === ';') continue;
    }
    first = false;
    const r = resinfo(c);
    if (r === 'none') continue;
    if (r && methods.length < MAX_METHODS) methods.push(r);
  }
  return { authservId, methods, headerIndex: -1, raw: input };
}

/** Parses an Authentication-Results value (or a whole `Authentication-Results: ...` line). null on syntax error. */
export function parseAuthResults(value: string, mode: AuthResMode): AuthResultsHeader | null {
  if (typeof value !== 'string') return null;
  try {
    return parse(value, mode === 'relaxed');
  } catch (e) {
    if (e instanceof ParseError) return null;
    return null;
  }
}

/** Same, with the reason for a failure (for tests and diagnostics). */
export function parseAuthResultsDetailed(value: string, mode: AuthResMode): { header: AuthResultsHeader | null; error: string | null } {
  try {
    return { header: parse(value, mode === 'relaxed'), error: null };
  } catch (e) {
    return { header: null, error: e instanceof Error ? e.message : String(e) };
  }
}
