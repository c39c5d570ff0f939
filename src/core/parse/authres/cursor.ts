/**
 * Character cursor for the RFC 8601 section 2.2 grammar: CFWS skipping (nested comments, RFC 5322 3.2.2),
 * keywords, RFC 2045 tokens, quoted strings. Errors are returned as ParseError, never thrown past the parser.
 */

import { isJsSpace } from '../../text/trim.js';

export class ParseError extends Error {}

/** RFC 2045 5.1 tspecials plus SPACE and CTLs end a token. */
const TSPECIALS = '()<>@,;:\\"/[]?=';
export function isTokenChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code > 0x20 && code !== 0x7f && !TSPECIALS.includes(ch);
}

/** `[A-Za-z0-9-]`, plus `_` when relaxed. */
function isKeywordChar(c: number, relaxed: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || (relaxed && c === 95);
}

/** `/[\s;()]/`: `;`, `(`, `)` or a character JavaScript's `\s` matches. */
const endsLoose = (c: number): boolean => c === 59 || c === 40 || c === 41 || isJsSpace(c);

export class Cursor {
  pos = 0;
  constructor(
    readonly s: string,
    readonly relaxed: boolean,
  ) {}

  get done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(): string {
    return this.s[this.pos] ?? '';
  }

  /** Skips folding white space and comments. Unbalanced comments are an error in strict mode. */
  cfws(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
        this.pos++;
        continue;
      }
      if (c === '(') {
        this.comment();
        continue;
      }
      if (c === ')' && !this.relaxed) throw new ParseError(`unbalanced ')' at ${this.pos}`);
      if (c === ')') {
        this.pos++;
        continue;
      }
      return;
    }
  }

  private comment(): void {
    let depth = 0;
    for (; this.pos < this.s.length; this.pos++) {
      const c = this.s[this.pos];
      if (c === '\\') {
        this.pos++;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) {
          this.pos++;
          return;
        }
      }
    }
    if (!this.relaxed) throw new ParseError('unterminated comment');
  }

  eat(ch: string): boolean {
    if (this.peek() !== ch) return false;
    this.pos++;
    return true;
  }

  expect(ch: string): void {
    if (!this.eat(ch)) throw new ParseError(`expected "${ch}" at ${this.pos}: ${this.s.slice(this.pos, this.pos + 30)}`);
  }

  /** RFC 8601 Keyword / ldh-str: ALPHA/DIGIT/"-" (underscore tolerated in relaxed mode). */
  keyword(): string {
    // Character codes rather than a regex test per character (every method, result and property name comes here).
    const start = this.pos;
    while (this.pos < this.s.length && isKeywordChar(this.s.charCodeAt(this.pos), this.relaxed)) this.pos++;
    return this.s.slice(start, this.pos);
  }

  token(): string {
    const start = this.pos;
    while (!this.done && isTokenChar(this.peek())) this.pos++;
    return this.s.slice(start, this.pos);
  }

  quoted(): string {
    this.expect('"');
    let out = '';
    while (!this.done && this.peek() !== '"') {
      if (this.peek() === '\\') this.pos++;
      out += this.peek();
      this.pos++;
    }
    if (!this.eat('"') && !this.relaxed) throw new ParseError('unterminated quoted-string');
    return out;
  }

  /** value = token / quoted-string (RFC 2045). */
  value(): string {
    return this.peek() === '"' ? this.quoted() : this.token();
  }

  /** Raw run up to whitespace, `;` or `(` (relaxed pvalues: `gfT/i2HB`, URLs, IPv6 with colons). */
  loose(): string {
    const start = this.pos;
    while (this.pos < this.s.length && !endsLoose(this.s.charCodeAt(this.pos))) this.pos++;
    return this.s.slice(start, this.pos);
  }
}
