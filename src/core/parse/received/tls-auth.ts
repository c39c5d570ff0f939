/**
 * TLS and authenticated-submission evidence in a Received header. Protocol keywords from RFC 3848 (ESMTPS,
 * ESMTPA, ESMTPSA, LMTPS...) and the comment formats of Postfix, Sendmail, Exim, Courier, Microsoft and Google.
 */

const TLS_PROTOCOLS = /^(?:ESMTPS|ESMTPSA|SMTPS|UTF8SMTPS|UTF8SMTPSA|LMTPS|LMTPSA|UTF8LMTPS|UTF8LMTPSA|HTTPS)$/i;
/** RFC 3848 "A" suffix = SMTP AUTH; HTTP(S)/MAPI = webmail or Exchange client submission (logged-in user). */
const AUTH_PROTOCOLS = /^(?:ESMTPA|ESMTPSA|UTF8SMTPA|UTF8SMTPSA|LMTPA|LMTPSA|UTF8LMTPA|UTF8LMTPSA|HTTP|HTTPS|MAPI)$/i;

export interface TlsInfo {
  version: string | null;
  cipher: string | null;
}

/** `TLS1_2`, `TLS1.2`, `TLSv1.2` -> `TLSv1.2`; others kept as written. */
export function normalizeTlsVersion(v: string): string {
  const m = /^TLS(?:v)?1(?:[._](\d))?$/i.exec(v);
  if (m) return m[1] === undefined ? 'TLSv1' : `TLSv1.${m[1]}`;
  return v;
}

const PATTERNS: ReadonlyArray<RegExp> = [
  // Postfix: (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
  /\busing\s+(TLSv?[\d._]*|SSLv\d)(?:\s+with\s+cipher\s+([\w-]+))?/i,
  // Microsoft: (version=TLS1_2, cipher=...), Sendmail/Gmail: (version=TLSv1/SSLv3 cipher=... bits=256)
  /\bversion=([\w./]+),?\s*cipher=([\w-]+)/i,
  // Exim: (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)
  /\((TLS1\.\d|TLSv1(?:\.\d)?):([\w-]+):\d+\)/i,
  // cPanel Exim: (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
  /\((TLS1\.\d|TLSv1(?:\.\d)?)\)\s*tls\s+([\w-]+)/i,
  // Courier: (AUTH: LOGIN u, TLS: TLSv1/SSLv3,256bits,ECDHE-RSA-AES256-GCM-SHA384)
  /\bTLS:\s*(TLSv[\d.]+(?:\/SSLv\d)?),\d+bits,([\w-]+)/i,
  // bare (TLS1.3) / (TLSv1.2)
  /\((TLS1\.\d|TLSv1\.\d)\)/i,
];

/** Every PATTERNS entry and the Google comment contain one of these: a value without them skips the six scans. */
const TLS_HINT = /tls|ssl|cipher=|google/i;

export function detectTls(value: string, withProto: string | null): TlsInfo | null {
  if (!TLS_HINT.test(value)) return withProto && TLS_PROTOCOLS.test(withProto) ? { version: null, cipher: null } : null;
  for (const re of PATTERNS) {
    const m = re.exec(value);
    if (m) return { version: m[1] ? normalizeTlsVersion(m[1]) : null, cipher: m[2] ?? null };
  }
  if (/\(Google Transport Security\)/i.test(value)) return { version: null, cipher: null };
  if (withProto && TLS_PROTOCOLS.test(withProto)) return { version: null, cipher: null };
  return null;
}

export function detectAuthenticated(value: string, withProto: string | null): boolean {
  if (withProto && AUTH_PROTOCOLS.test(withProto)) return true;
  return /\(Authenticated sender:|\bauthenticated as\b|\(authenticated bits=|\bvia HTTPS?\b|\(AUTH: /i.test(value);
}
