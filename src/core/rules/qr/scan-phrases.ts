/**
 * Phrases that ask the reader to scan a QR code with a phone, and the account-security purposes QR phishing gives
 * for it (verify, re-authenticate, MFA/2FA, sign in, password), in en, ja, de, fr, es and pt. Matched on the
 * normalised lower-case message text of lures/normalize.ts (NFKC: ＱＲコード is `qrコード`). Each pattern is a
 * bounded alternation or a bounded gap ({0,40}) between literals: linear on adversarial input.
 */

/** Asking to scan / read a QR code, or to point a phone's camera at it (global: every occurrence is looked at). */
export const SCAN_PATTERNS: readonly RegExp[] = [
  // en
  /\bscan(?:ning)?\b[^.!?\n]{0,40}?\b(?:qr|bar ?code|code|camera|phone|mobile|smartphone|device)/g,
  /\bqr[- ]?code\b[^.!?\n]{0,40}?\b(?:scan|camera|phone|mobile|smartphone)/g,
  /\b(?:phone|mobile|smartphone)(?:'s)? camera\b/g,
  // ja (normalised: qrコード, スマートフォン, スマホ, 携帯)
  /qrコード[^。\n]{0,20}?(?:読み取|読取|読み込|読込|スキャン|かざ)/g,
  /(?:スマートフォン|スマホ|携帯電話|携帯|カメラ)[^。\n]{0,20}?(?:読み取|読取|読み込|読込|スキャン)/g,
  // de
  /\bqr-?code\b[^.!?\n]{0,40}?\b(?:scannen|einscannen|scanne|handy|smartphone|kamera)/g,
  /\bscannen sie\b[^.!?\n]{0,40}?\b(?:qr|code)/g,
  // fr
  /\bscann(?:ez|er|ant)\b[^.!?\n]{0,40}?\b(?:qr|code)/g,
  /\bcode qr\b[^.!?\n]{0,40}?\b(?:t[ée]l[ée]phone|smartphone|portable|appareil photo|cam[ée]ra)/g,
  // es / pt
  /\b(?:escanee|escanea|escanear|escaneie|escaneia|digitalize|digitalizar|leia|lea|leer|ler)\b[^.!?\n]{0,40}?\b(?:qr|c[óo]digo)/g,
  /\b(?:c[óo]digo qr|qr code)\b[^.!?\n]{0,40}?\b(?:tel[ée]fono|m[óo]vil|celular|telem[óo]vel|smartphone|c[áa]mara|c[âa]mera)/g,
];

/** Account-security purposes: verification, re-authentication, MFA/2FA, sign-in, password, mailbox/account access. */
export const PURPOSE_PATTERNS: readonly RegExp[] = [
  // en
  /\b(?:verify|verification|re-?authenticat\w*|authenticat\w*|re-?validat\w*|validate your|multi-?factor|two-?factor|2-?step|two-?step|mfa|2fa|sign[- ]?in|log[- ]?in|password|passcode|mailbox|security (?:update|check|alert)|account (?:access|security|suspension|verification))\b/,
  // ja
  /(?:認証|本人確認|再認証|二段階|2段階|多要素|ログイン|パスワード|サインイン|セキュリティ|アカウント(?:の)?(?:確認|更新|保護|停止|凍結|制限|利用))/,
  // de
  /\b(?:verifizier\w*|authentifizier\w*|bestätigen sie\w*|anmeld\w*|passwort|kennwort|zwei-faktor|konto (?:bestätig|verifizier|gesperrt))/,
  // fr
  /\b(?:v[ée]rifi\w*|authentifi\w*|r[ée]-?authentifi\w*|connexion|mot de passe|double authentification|votre compte)\b/,
  // es / pt
  /\b(?:verific\w*|autentic\w*|reautentic\w*|iniciar sesi[óo]n|contrase[ñn]a|senha|su cuenta|sua conta|doble factor|dois fatores)\b/,
];

/** Characters around a scan phrase searched for the purpose (the two belong to one request). */
export const PURPOSE_WINDOW = 200;
/** Scan phrases looked at per pattern (a limit on untrusted input). */
const MAX_SCAN_MATCHES = 20;

export interface ScanRequest {
  scan: string;
  purpose: string;
}

/** The first scan request with an account-security purpose near it, or null. */
export function findScanRequest(text: string): ScanRequest | null {
  for (const p of SCAN_PATTERNS) {
    let n = 0;
    // matchAll works on a copy of the regex: no lastIndex shared between calls.
    for (const m of text.matchAll(p)) {
      if (n++ >= MAX_SCAN_MATCHES) break;
      // What follows the request ("scan ... to re-authenticate") says its purpose best; else what precedes it.
      const after = text.slice(m.index, m.index + m[0].length + PURPOSE_WINDOW);
      const before = text.slice(Math.max(0, m.index - PURPOSE_WINDOW), m.index);
      for (const part of [after, before]) {
        for (const q of PURPOSE_PATTERNS) {
          const hit = q.exec(part);
          if (hit) return { scan: m[0].trim(), purpose: hit[0].trim() };
        }
      }
    }
  }
  return null;
}
