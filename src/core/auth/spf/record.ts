/**
 * SPF record parser (RFC 7208 4.5, 4.6, 5, 6, ABNF in section 12) into a typed AST. Any syntax error anywhere
 * in the record is a permerror (4.6: "If there are any syntax errors anywhere in the record, check_host()
 * returns immediately with the result permerror").
 */
import { parseIp4, parseIp6 } from './ip.js';
import { checkMacroString } from './macro.js';

export type SpfQualifier = '+' | '-' | '~' | '?';

export type SpfMechanism =
  | { kind: 'all'; qualifier: SpfQualifier; text: string }
  | { kind: 'include' | 'exists'; qualifier: SpfQualifier; text: string; domain: string }
  | { kind: 'a' | 'mx'; qualifier: SpfQualifier; text: string; domain: string | null; cidr4: number; cidr6: number }
  | { kind: 'ptr'; qualifier: SpfQualifier; text: string; domain: string | null }
  | { kind: 'ip4' | 'ip6'; qualifier: SpfQualifier; text: string; network: Uint8Array; prefix: number };

export interface SpfRecord {
  mechanisms: SpfMechanism[];
  /** redirect= domain-spec (6.1), unexpanded. */
  redirect: string | null;
  /** exp= domain-spec (6.2), unexpanded. */
  exp: string | null;
}

export type SpfParseResult = { ok: true; record: SpfRecord } | { ok: false; error: string };

/** Longest record text we parse; TXT records are bounded by DNS message size anyway (RFC 7208 3.4). */
export const MAX_RECORD_LENGTH = 4096;
/** Terms per record: more cannot be evaluated within the lookup limits in any useful way. */
export const MAX_TERMS = 256;

/** RFC 7208 4.5: a record starts with "v=spf1" followed by a space or the end of the text (case-insensitive). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

const MODIFIER_NAME = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s;
const TOPLABEL = /^(?=.*[A-Za-z])[A-Za-z0-9]+$|^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/;
const CIDR4 = /^(0|[1-9]\d?)$/;
const CIDR6 = /^(0|[1-9]\d{0,2})$/;

/**
 * domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand (RFC 7208 7.1).
 * Returns an error string or null.
 */
export function checkDomainSpec(spec: string): string | null {
  if (spec === '') return 'empty domain-spec';
  const macroErr = checkMacroString(spec, false);
  if (macroErr) return macroErr;
  if (/(%\{[^}]*\}|%%|%_|%-)$/.test(spec)) return null;
  const trimmed = spec.endsWith('.') ? spec.slice(0, -1) : spec;
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0) return `domain-spec "${spec}" has no "." toplabel`;
  const top = trimmed.slice(dot + 1);
  // toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
  if (!TOPLABEL.test(top) || /^\d+$/.test(top)) return `invalid toplabel "${top}"`;
  return null;
}

function splitDualCidr(rest: string): { spec: string; cidr4: string | null; cidr6: string | null } {
  const m = /^(.*?)(?:\/(\d+))?(?:\/\/(\d+))?$/s.exec(rest);
  if (!m) return { spec: rest, cidr4: null, cidr6: null };
  return { spec: m[1] ?? '', cidr4: m[2] ?? null, cidr6: m[3] ?? null };
}

function parseMechanism(term: string): SpfMechanism | string {
  let qualifier: SpfQualifier = '+';
  let body = term;
  const first = body[0];
  if (first === '+' || first === '-' || first === '~' || first === '?') {
    qualifier = first;
    body = body.slice(1);
  }
  const nm = /^([A-Za-z][A-Za-z0-9]*)(.*)$/s.exec(body);
  if (!nm) return `unknown mechanism "${term}"`;
  const name = (nm[1] ?? '').toLowerCase();
  const rest = nm[2] ?? '';
  const text = term;
  switch (name) {
    case 'all':
      return rest === '' ? { kind: 'all', qualifier, text } : `"all" takes no argument: "${term}"`;
    case 'include':
    case 'exists': {
      // include = "include" ":" domain-spec; exists = "exists" ":" domain-spec (5.2, 5.7)
      if (!rest.startsWith(':')) return `"${name}" needs ":domain": "${term}"`;
      const domain = rest.slice(1);
      const err = checkDomainSpec(domain);
      return err ? `${err} in "${term}"` : { kind: name, qualifier, text, domain };
    }
    case 'a':
    case 'mx': {
      // a = "a" [ ":" domain-spec ] [ dual-cidr-length ] (5.3, 5.4)
      const { spec, cidr4, cidr6 } = splitDualCidr(rest);
      if (cidr4 !== null && !CIDR4.test(cidr4)) return `bad ip4-cidr-length in "${term}"`;
      if (cidr6 !== null && !CIDR6.test(cidr6)) return `bad ip6-cidr-length in "${term}"`;
      const c4 = cidr4 === null ? 32 : Number(cidr4);
      const c6 = cidr6 === null ? 128 : Number(cidr6);
      if (c4 > 32 || c6 > 128) return `cidr-length out of range in "${term}"`;
      let domain: string | null = null;
      if (spec !== '') {
        if (!spec.startsWith(':')) return `unknown mechanism "${term}"`;
        domain = spec.slice(1);
        const err = checkDomainSpec(domain);
        if (err) return `${err} in "${term}"`;
      }
      return { kind: name, qualifier, text, domain, cidr4: c4, cidr6: c6 };
    }
    case 'ptr': {
      if (rest === '') return { kind: 'ptr', qualifier, text, domain: null };
      if (!rest.startsWith(':')) return `bad ptr mechanism "${term}"`;
      const domain = rest.slice(1);
      const err = checkDomainSpec(domain);
      return err ? `${err} in "${term}"` : { kind: 'ptr', qualifier, text, domain };
    }
    case 'ip4': {
      // ip4 = "ip4" ":" ip4-network [ ip4-cidr-length ] (5.6)
      const m = /^:([^/]*)(?:\/(\d+))?$/.exec(rest);
      if (!m) return `bad ip4 mechanism "${term}"`;
      const net = parseIp4(m[1] ?? '');
      if (!net) return `bad ip4 network in "${term}"`;
      if (m[2] !== undefined && (!CIDR4.test(m[2]) || Number(m[2]) > 32)) return `bad ip4-cidr-length in "${term}"`;
      return { kind: 'ip4', qualifier, text, network: net, prefix: m[2] === undefined ? 32 : Number(m[2]) };
    }
    case 'ip6': {
      const m = /^:([^/]*)(?:\/(\d+))?$/.exec(rest);
      if (!m) return `bad ip6 mechanism "${term}"`;
      const net = parseIp6(m[1] ?? '');
      if (!net) return `bad ip6 network in "${term}"`;
      if (m[2] !== undefined && (!CIDR6.test(m[2]) || Number(m[2]) > 128)) return `bad ip6-cidr-length in "${term}"`;
      return { kind: 'ip6', qualifier, text, network: net, prefix: m[2] === undefined ? 128 : Number(m[2]) };
    }
    default:
      // 4.6.1 / 5: unknown mechanisms are a syntax error.
      return `unknown mechanism "${term}"`;
  }
}

/** Parses the text of one SPF record (already selected by isSpfRecord). Never throws. */
export function parseSpfRecord(text: string): SpfParseResult {
  if (text.length > MAX_RECORD_LENGTH) return { ok: false, error: 'record too long' };
  if (!isSpfRecord(text)) return { ok: false, error: 'not a v=spf1 record' };
  // 3.1 / 12: records are 7-bit ASCII; terms are separated by SP only (4.6.1), so other control chars are errors.
  if (/[^\x20-\x7e]/.test(text)) return { ok: false, error: 'record contains non-ASCII or control characters' };
  const terms = text
    .slice(6)
    .split(' ')
    .filter((t) => t !== '');
  if (terms.length > MAX_TERMS) return { ok: false, error: 'too many terms' };
  const record: SpfRecord = { mechanisms: [], redirect: null, exp: null };
  for (const term of terms) {
    const mod = MODIFIER_NAME.exec(term);
    if (mod) {
      const name = (mod[1] ?? '').toLowerCase();
      const value = mod[2] ?? '';
      if (name === 'redirect' || name === 'exp') {
        // 6: redirect and exp MUST NOT appear more than once each -> permerror.
        if (record[name] !== null) return { ok: false, error: `duplicate ${name}= modifier` };
        const err = checkDomainSpec(value);
        if (err) return { ok: false, error: `${err} in "${term}"` };
        record[name] = value;
      } else {
        // 6: unrecognized modifiers are ignored, but must still be syntactically valid macro-strings.
        const err = checkMacroString(value, false);
        if (err) return { ok: false, error: `${err} in "${term}"` };
      }
      continue;
    }
    const mech = parseMechanism(term);
    if (typeof mech === 'string') return { ok: false, error: mech };
    record.mechanisms.push(mech);
  }
  return { ok: true, record };
}
