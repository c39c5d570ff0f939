/**
 * Text written to fool filters or the eye, in the From display name and the subject:
 * - `hidden-characters`: invisible format characters inside words (`メルカ⁤リ`, `Se󠄹r󠄹vice`, `コ⁡インチェ︉ック`).
 *   Legitimate uses (joiners between emoji or in Indic/Arabic script, variation selectors after emoji or CJK
 *   ideographs) are not counted: only an invisible character right after a Latin, Greek, Cyrillic or kana letter is.
 * - `mixed-script-text`: one word mixing letters of look-alike scripts (`ΚYC`: Greek Κ + Latin YC), or Latin words with
 *   a capital I for l or a zero for O (`WaIIet`, `BANC0`), UTS #39 section 5 (mixed-script detection).
 * - `styled-text`: mathematical alphanumeric letters (`𝐖𝐈𝐍𝐍𝐄𝐑`) that display as text but defeat keyword filters.
 */
import type { Finding, Severity } from '../../model/finding.js';
import { scriptOf } from '../../text/unicode-script.js';
import { MAX_SHORT_TEXT, isAstralInvisible } from '../../text/short-text-forms.js';

/** Invisible format characters abused to split words (Cf + variation selectors + tag characters + fillers). */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x115f ||
    cp === 0x1160 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200d) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0e) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    isAstralInvisible(cp)
  );
}
/** Scripts whose letters the invisible characters are inserted between (legit joiners live in other scripts). */
const SPLIT_SCRIPTS = new Set(['Latin', 'Greek', 'Cyrillic', 'Hiragana', 'Katakana']);
/** Scripts whose letters pass for Latin ones (UTS #39 confusables are mostly between these). */
const LOOKALIKE_SCRIPTS = new Set([
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Cherokee',
  'Coptic',
  'Georgian',
  'Lisu',
  'Vai',
  'Canadian_Aboriginal',
]);
/**
 * Capital I for l inside a lower-case word (`WaIIet`) or zero for O (`BANC0`, `0ne`). Checked in display names only:
 * subjects of technical mail are full of identifiers (`TCF0`, `maxItems`) that look the same.
 */
const LETTER_SWAP = /[a-z]II[a-z]|(?<![A-Za-z0-9])[A-Z]{3,}0(?![A-Za-z0-9])|(?<![A-Za-z0-9])0(?:ne|f|nline|rder|ffer)(?![A-Za-z0-9])/;
/**
 * In subjects only zero-for-O in whole ordinary words (`0ne`, `0nline`, `0rder`, `0ffer`, `0ur`): identifiers of
 * technical mail (`TCF0`, `0f`, `0x0f`) never take these forms.
 */
const SUBJECT_SWAP = /(?<![A-Za-z0-9])0(?:ne|nline|rder|ffer|ur)(?![A-Za-z0-9])/;
/** Mathematical Alphanumeric Symbols block. */
const STYLED = /[\u{1D400}-\u{1D7FF}]/u;

const MAX_SAMPLE = 80;
/**
 * Any non-ASCII character. ASCII text has no invisible character and only Latin letters, so neither count below can
 * be above zero for it and it is not walked character by character (most names and subjects; measured).
 */
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- the ASCII range, on purpose

interface Field {
  label: string;
  text: string;
}

function letterScript(ch: string | undefined): string | null {
  if (!ch || !/\p{L}/u.test(ch)) return null;
  return scriptOf(ch.codePointAt(0) ?? 0);
}

export function hiddenCharacterCount(text: string): number {
  const head = text.slice(0, MAX_SHORT_TEXT);
  if (!NON_ASCII.test(head)) return 0;
  const chars = [...head];
  let n = 0;
  let prevLetter: string | null = null;
  for (const ch of chars) {
    if (isInvisible(ch.codePointAt(0) ?? 0)) {
      if (prevLetter && SPLIT_SCRIPTS.has(prevLetter)) n++;
      continue; // several invisibles in a row still follow the same letter
    }
    prevLetter = letterScript(ch);
  }
  return n;
}

/** Words mixing look-alike scripts; words of one script (Greek, Russian text) are fine. */
export function mixedScriptWords(text: string): string[] {
  const out: string[] = [];
  const head = text.slice(0, MAX_SHORT_TEXT);
  if (!NON_ASCII.test(head)) return out;
  for (const word of head.normalize('NFC').split(/[^\p{L}\p{M}]+/u)) {
    const scripts = new Set<string>();
    for (const ch of word) {
      const s = letterScript(ch);
      if (s && s !== 'Common' && s !== 'Inherited') scripts.add(s);
    }
    const lookalike = [...scripts].filter((s) => LOOKALIKE_SCRIPTS.has(s));
    if (lookalike.length >= 2) out.push(word);
  }
  return out;
}

function finding(id: string, severity: Severity, field: Field, params: Finding['params']): Finding {
  return {
    id,
    severity,
    messageKey: `finding.${id}`,
    params: { field: field.label, ...params },
    evidence: [{ kind: 'text', value: field.text.slice(0, MAX_SHORT_TEXT), label: field.label }],
  };
}

export function obfuscationFindings(displayName: string, subject: string): Finding[] {
  const fields: Field[] = [
    { label: 'From display name', text: displayName ?? '' },
    { label: 'Subject', text: subject ?? '' },
  ];
  const out: Finding[] = [];
  const hidden = fields.find((f) => hiddenCharacterCount(f.text) > 0);
  if (hidden) out.push(finding('hidden-characters', 'high', hidden, { count: hiddenCharacterCount(hidden.text) }));
  for (const f of fields) {
    const words = mixedScriptWords(f.text);
    if (words.length) {
      // A display name is chosen once and shown as the sender: mixing scripts there is deliberate. In a subject a
      // single stray letter can also be a keyboard-layout slip (Cyrillic С typed for Latin C), so it weighs less.
      const severity: Severity = f === fields[0] ? 'high' : 'medium';
      out.push(finding('mixed-script-text', severity, f, { sample: words.slice(0, 3).join(' ').slice(0, MAX_SAMPLE), kind: 'scripts' }));
      break;
    }
    const swap = (f === fields[0] ? LETTER_SWAP : SUBJECT_SWAP).exec(f.text.slice(0, MAX_SHORT_TEXT));
    if (swap) {
      out.push(finding('mixed-script-text', 'medium', f, { sample: swap[0], kind: 'letter-swap' }));
      break;
    }
  }
  const styled = fields.find((f) => STYLED.test(f.text.slice(0, MAX_SHORT_TEXT)));
  if (styled) out.push(finding('styled-text', 'low', styled, {}));
  return out;
}
