/**
 * Parses one Received header (RFC 5321 section 4.4 Time-stamp-line: `from ... by ... via ... with ... id ...
 * for ... ; date-time`) as real MTAs write it: Postfix, Sendmail, Exim 3/4, qmail/qpsmtpd, Microsoft 365,
 * Gmail, SES, SendGrid, Haraka, Courier, webmail, amavis/LMTP. Never throws; unknown parts stay null.
 */
import type { Hop } from '../../model/hop.js';
import { isoFromSeconds, parseDateSeconds } from '../headers/date.js';
import { normalizeIp } from './ip.js';
import { tokenizeReceived, MAX_VALUE, type RToken } from './tokenize.js';
import { detectAuthenticated, detectTls } from './tls-auth.js';

const KEYWORDS: ReadonlySet<string> = new Set(['from', 'by', 'via', 'with', 'id', 'for']);
const DATE_START =
  /(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{2,4}\s+\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/i;
const HOSTLIKE = /^[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?\.?$/i;

type Keyword = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
type Clauses = Record<Keyword, RToken[] | undefined>;

function splitClauses(tokens: RToken[]): Clauses {
  // One fixed shape (not keys added as found): read six times per header.
  const out: Clauses = { from: undefined, by: undefined, via: undefined, with: undefined, id: undefined, for: undefined };
  let cur: RToken[] | null = null;
  for (const t of tokens) {
    // Keywords are at most 4 letters: longer words (host names, ids) are not lower-cased just to be looked up.
    const k = t.kind === 'word' && t.text.length <= 4 ? t.text.toLowerCase() : '';
    if (k !== '' && KEYWORDS.has(k) && !out[k as Keyword]) {
      cur = out[k as Keyword] = [];
      continue;
    }
    cur?.push(t);
  }
  return out;
}

function cleanHost(h: string): string {
  return h.replace(/\.$/, '').toLowerCase();
}

function stripAngles(s: string): string {
  return s.replace(/^<|>[;,]?$|[;,]$/g, '');
}

interface FromInfo {
  helo: string | null;
  rdns: string | null;
  ip: string | null;
}

const BRACKET_IP = /(?:^|[\s@(=])\[((?:IPv6:)?[0-9A-Fa-f:.]+(?:%[\w.-]+)?)\](?::\d{1,5})?/g;
const EXPLICIT_HELO = /\b(?:HELO|EHLO)(?:=|\s+)"?([^\s")]+)"?|\bhelo=([^\s")]+)/i;

function fromClause(tokens: RToken[], exim: boolean): FromInfo {
  const first = tokens.find((t) => t.kind === 'word')?.text ?? null;
  let ip: string | null = null;
  let rdns: string | null = null;
  let helo: string | null = null;
  for (const t of tokens) {
    if (t.kind !== 'comment') continue;
    let inner = t.text.replace(/\([^()]*\)/g, ' ');
    const h = EXPLICIT_HELO.exec(inner);
    if (h) {
      if (helo === null) helo = h[1] ?? h[2] ?? null;
      // the HELO argument may itself be a literal (`HELO [192.168.0.101]`): it is not the client address
      inner = inner.slice(0, h.index) + ' ' + inner.slice(h.index + h[0].length);
    }
    if (ip !== null) continue;
    BRACKET_IP.lastIndex = 0;
    const m = BRACKET_IP.exec(inner);
    if (m) {
      ip = normalizeIp(m[1]!);
      if (ip === null) continue;
      const before =
        inner
          .slice(0, m.index + (m[0].startsWith('[') ? 0 : 1))
          .trim()
          .split(/\s+/)
          .pop() ?? '';
      if (before && HOSTLIKE.test(before) && normalizeIp(before) === null && !/^unknown$/i.test(before)) rdns = cleanHost(before);
      continue;
    }
    // Microsoft / qpsmtpd: `(52.249.73.152)`, `(2603:10b6:805:ca::20)`, `(::1)`
    for (const w of inner.split(/[\s,]+/)) {
      const bare = w.includes('@') ? null : normalizeIp(w.replace(/^IPv6:/i, ''));
      if (bare) {
        ip = bare;
        break;
      }
    }
  }
  const firstIp = first ? normalizeIp(first) : null;
  if (ip === null && firstIp !== null) ip = firstIp;
  if (ip === null) {
    // fetchmail and some others: `from host [1.2.3.4] by ...` (literal outside a comment)
    const lit = tokens.find((t, i) => i > 0 && t.kind === 'word' && t.text.startsWith('['));
    if (lit) ip = normalizeIp(lit.text);
  }
  if (helo !== null) {
    // qmail/qpsmtpd/Exim/zmailer: the first word is the client's reverse-DNS name, HELO is in the comment.
    if (rdns === null && first && firstIp === null && !/^unknown$/i.test(first)) rdns = cleanHost(first);
  } else {
    helo = first;
    if (exim && rdns === null && first && firstIp === null) rdns = cleanHost(first);
  }
  return { helo, rdns, ip };
}

function firstWord(tokens: RToken[] | undefined): string | null {
  const w = tokens?.find((t) => t.kind === 'word');
  return w ? w.text : null;
}

function withProtocol(tokens: RToken[] | undefined): string | null {
  if (!tokens) return null;
  const words: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') break;
    words.push(t.text);
    if (words.length >= 4) break;
  }
  if (words.length === 0) return null;
  if (/^Microsoft$/i.test(words[0]!)) {
    const end = words.findIndex((w) => /^Server$/i.test(w));
    return words.slice(0, end < 0 ? 1 : end + 1).join(' ');
  }
  return words[0]!.toUpperCase();
}

/** Splits the value into the clause part and the date part (after the last top-level `;`, or a bare date). */
function splitDate(value: string, tokens: RToken[]): { clauseTokens: RToken[]; date: string | null } {
  let lastSemi = -1;
  for (let i = tokens.length - 1; i >= 0; i--)
    if (tokens[i]!.kind === 'semi') {
      lastSemi = i;
      break;
    }
  if (lastSemi >= 0) {
    return { clauseTokens: tokens.slice(0, lastSemi), date: value.slice(tokens[lastSemi]!.start + 1).trim() };
  }
  // Missing `;` before the date (seen from broken MTAs): find a date-time in top-level text.
  const m = DATE_START.exec(value);
  if (!m) return { clauseTokens: tokens, date: null };
  const at = m.index;
  const inComment = tokens.some((t) => t.kind === 'comment' && t.start < at && at < t.start + t.text.length + 2);
  if (inComment) return { clauseTokens: tokens, date: null };
  return { clauseTokens: tokens.filter((t) => t.start < at), date: value.slice(at).trim() };
}

export function parseReceived(value: string, index: number): Hop {
  return parseReceivedTimed(value, index).hop;
}

/**
 * `parseReceived`, plus the hop's time in epoch seconds (null when `hop.timestamp` is null): the same instant as
 * `secondsFromIso(hop.timestamp)`, for the inter-hop delays, without writing and re-reading the ISO text.
 */
export function parseReceivedTimed(value: string, index: number): { hop: Hop; seconds: number | null } {
  const v = value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  const tokens = tokenizeReceived(v);
  const { clauseTokens, date } = splitDate(v, tokens);
  const c = splitClauses(clauseTokens);
  const proto = withProtocol(c['with']);
  const exim = /\(Exim\b/i.test(v);
  const from = c['from'] ? fromClause(c['from'], exim) : { helo: null, rdns: null, ip: null };
  const by = firstWord(c['by']);
  const id = firstWord(c['id']);
  const forWord = firstWord(c['for']);
  const viaHttp = /^HTTPS?$/i.test(firstWord(c['via']) ?? '');
  const seconds = date ? parseDateSeconds(date) : null;
  const timestamp = seconds === null ? null : isoFromSeconds(seconds);
  const hop: Hop = {
    index,
    raw: value,
    helo: from.helo,
    rdns: from.rdns,
    ip: from.ip,
    by: by ? cleanHost(by) : null,
    with: proto,
    id: id ? stripAngles(id) : null,
    for: forWord ? stripAngles(forWord) : null,
    tls: detectTls(v, proto),
    authenticated: viaHttp || detectAuthenticated(v, proto),
    timestamp,
    delaySeconds: null,
    trusted: false,
    trustReason: null,
  };
  return { hop, seconds: timestamp === null ? null : seconds };
}
