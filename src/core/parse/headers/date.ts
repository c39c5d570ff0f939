/**
 * RFC 5322 section 3.3 date-time parsing (with the section 4.3 obsolete forms: 2/3-digit years, alphabetic
 * zones, military zones), plus zones seen in real Received headers (JST, CEST...) and the ISO-like form some
 * MTAs write (`2020-07-05 09:31:38.665 +0000 UTC`). Implemented without the Date global (core is clock-free).
 * Returns epoch seconds, or null when the text is not a recognisable date.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Offsets in minutes. RFC 5322 4.3 obs-zone names first, then common regional abbreviations. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  gmt: 0,
  utc: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  ict: 420,
  ist: 330,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  wet: 0,
  west: 60,
  bst: 60,
  msk: 180,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  idt: 180,
  awst: 480,
};

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function zoneOffset(z: string | undefined): number | null {
  if (z === undefined) return 0; // RFC 5322 4.3: missing/unknown zone is treated as -0000 (UTC, unknown local)
  const num = /^([+-])(\d{2})(\d{2})$/.exec(z);
  if (num) {
    const mins = Number(num[2]) * 60 + Number(num[3]);
    if (Number(num[3]) > 59) return null;
    return num[1] === '-' ? -mins : mins;
  }
  const named = ZONES[z.toLowerCase()];
  if (named !== undefined) return named;
  // RFC 5322 4.3: military zones "SHOULD all be considered equivalent to -0000".
  if (/^[a-ik-z]$/i.test(z)) return 0;
  return 0;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, off: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return null;
  return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + Math.min(s, 59) - off * 60;
}

/** RFC 5322 4.3 obs-year: 2 digits -> 19xx/20xx by the 50 rule, 3 digits -> +1900. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  if (text.length === 3) return 1900 + y;
  return y;
}

const RFC5322 =
  /(\d{1,2})\s*[-\s]\s*([a-z]{3})[a-z]*\.?\s*[-\s]\s*(\d{2,4})\s+(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2})(?:\.\d+)?)?\s*([+-]\d{4}|[a-z]{1,5}\b)?/i;
const ISO_LIKE = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[a-z]{1,5}\b)?/i;
/** asctime-style: `Tue Nov 14 09:12:35 2023` (seen in old Received headers). */
const ASCTIME = /([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-]\d{4}|[a-z]{1,5})\s+)?(\d{4})/i;

/** Parses a date-time; returns epoch seconds or null. Comments `( ... )` are ignored. Input is capped at 200 chars. */
export function parseDateSeconds(input: string): number | null {
  const text = input.slice(0, 200).replace(/\([^()]*\)/g, ' ');
  const m = RFC5322.exec(text);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (mo === 0) return null;
    const off = zoneOffset(m[7]);
    if (off === null) return null;
    return build(fullYear(m[3]!), mo, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), off);
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const z = iso[7]?.replace(':', '');
    const off = zoneOffset(z === 'Z' || z === 'z' ? 'UTC' : z);
    if (off === null) return null;
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), off);
  }
  const a = ASCTIME.exec(text);
  if (a) {
    const mo = MONTHS.indexOf(a[1]!.toLowerCase()) + 1;
    const off = zoneOffset(a[6]);
    if (mo === 0 || off === null) return null;
    return build(Number(a[7]), mo, Number(a[2]), Number(a[3]), Number(a[4]), Number(a[5] ?? 0), off);
  }
  return null;
}

/** Epoch seconds -> `YYYY-MM-DDTHH:MM:SSZ` (civil_from_days), for years 0..9999. */
export function isoFromSeconds(t: number): string | null {
  if (!Number.isFinite(t)) return null;
  const days = Math.floor(t / 86400);
  const secs = t - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return null;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(m)}-${p(d)}T${p(Math.floor(secs / 3600))}:${p(Math.floor(secs / 60) % 60)}:${p(secs % 60)}Z`;
}

/** RFC 5322 date-time -> ISO 8601 UTC string, or null. */
export function parseRfc5322Date(input: string): string | null {
  const s = parseDateSeconds(input);
  return s === null ? null : isoFromSeconds(s);
}

/** Inverse of isoFromSeconds for `YYYY-MM-DDTHH:MM:SSZ`; null for anything else. */
export function secondsFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(iso);
  if (!m) return null;
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) * 86400 + Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
}
