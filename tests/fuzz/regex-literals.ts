/**
 * A small scanner that finds regular-expression literals in TypeScript source text, for the regex audit.
 * It skips comments, strings and template literals (with nested `${}`), and decides "regex or division" from
 * the previous significant character or keyword, which is enough for this code base's style.
 */

export interface RegexLiteral {
  source: string;
  flags: string;
  /** 1-based line of the opening slash. */
  line: number;
}

const REGEX_AFTER_CHAR = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORD = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
]);

function regexAllowed(code: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(code[i] ?? '')) i--;
  if (i < 0) return true;
  const c = code[i] ?? '';
  if (REGEX_AFTER_CHAR.has(c)) return true;
  if (/[A-Za-z0-9_$]/.test(c)) {
    let j = i;
    while (j >= 0 && /[A-Za-z0-9_$]/.test(code[j] ?? '')) j--;
    return REGEX_AFTER_WORD.has(code.slice(j + 1, i + 1));
  }
  return false;
}

/** Reads a regex literal body starting after the opening '/'; returns the index of the closing '/' or -1. */
function regexEnd(code: string, start: number): number {
  let inClass = false;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '\n') return -1;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '/') return i;
  }
  return -1;
}

export function extractRegexLiterals(code: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  /** 'brace' for code braces, 'tmpl' for a `${` that returns into a template literal when closed. */
  const stack: ('brace' | 'tmpl')[] = [];
  let inTemplate = false;
  let line = 1;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (inTemplate) {
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '`') inTemplate = false;
      else if (c === '$' && code[i + 1] === '{') {
        stack.push('tmpl');
        inTemplate = false;
        i++;
      }
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const e = code.indexOf('\n', i);
      i = e < 0 ? code.length : e - 1;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const e = code.indexOf('*/', i + 2);
      const end = e < 0 ? code.length : e + 1;
      for (let k = i; k < end; k++) if (code[k] === '\n') line++;
      i = end;
      continue;
    }
    if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c && code[i] !== '\n'; i++) if (code[i] === '\\') i++;
      continue;
    }
    if (c === '`') {
      inTemplate = true;
      continue;
    }
    if (c === '{') {
      stack.push('brace');
      continue;
    }
    if (c === '}') {
      if (stack.pop() === 'tmpl') inTemplate = true;
      continue;
    }
    if (c === '/' && regexAllowed(code, i)) {
      const end = regexEnd(code, i + 1);
      if (end < 0) continue;
      let f = end + 1;
      while (f < code.length && /[dgimsuvy]/.test(code[f] ?? '')) f++;
      out.push({ source: code.slice(i + 1, end), flags: code.slice(end + 1, f), line });
      i = f - 1;
    }
  }
  return out;
}

/**
 * Representative characters a pattern mentions (literal characters, class members and range ends, one sample per
 * escape class), in order of appearance, deduplicated. These drive the adversarial inputs.
 */
export function patternAlphabet(source: string): string[] {
  const seen = new Set<string>();
  const ESC: Record<string, string> = {
    d: '0',
    D: 'a',
    w: 'a',
    W: '!',
    s: ' ',
    S: 'a',
    t: '\t',
    r: '\r',
    n: '\n',
    f: '\f',
    v: '\v',
    b: '',
    B: '',
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        seen.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)));
        i += 5;
        continue;
      }
      if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
        seen.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)));
        i += 3;
        continue;
      }
      const e = ESC[n];
      if (e !== undefined) {
        if (e) seen.add(e);
      } else if (n) seen.add(n);
      i++;
      continue;
    }
    if ('()|*+?{}^$'.includes(c)) continue;
    if (c === '[' || c === ']') continue;
    seen.add(c === '.' ? '.' : c);
  }
  seen.delete('');
  return [...seen];
}

/**
 * A string the pattern is likely to match piece by piece: one representative per atom, quantifier bodies and
 * group prefixes dropped. Repeating it is the classic "pump" of a catastrophic-backtracking attack.
 */
export function patternSkeleton(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const a = patternAlphabet(source.slice(i, i + 6))[0] ?? '';
      out += a;
      const n = source[i + 1] ?? '';
      i += n === 'u' ? 5 : n === 'x' ? 3 : 1;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') {
        out += '\u00e9';
        j++;
      } else out += (source[j] === '\\' ? patternAlphabet(source.slice(j, j + 6))[0] : source[j]) ?? '';
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      i = j;
      continue;
    }
    if (c === '{') {
      const m = /^\{\d*(,\d*)?\}/.exec(source.slice(i));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '(' && source[i + 1] === '?') {
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(source.slice(i));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    if ('()|*+?^$'.includes(c)) continue;
    out += c === '.' ? 'a' : c;
  }
  return out;
}
