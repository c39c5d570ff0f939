/**
 * `offscreen-text`: the HTML moves a block tens of thousands of pixels off the screen (`margin-top: 470500px`,
 * `text-indent: -99999px`). The reader never sees that part; spam filters read it. Senders use the trick to paste a
 * harmless newsletter under their lure so the message as a whole reads as legitimate. Layout for screens needs
 * offsets of hundreds of pixels, not five digits.
 *
 * Read on the raw HTML source (style attributes and <style> blocks), the first MAX_HTML characters.
 */
import type { Finding } from '../../model/finding.js';

const MAX_HTML = 200_000;
const OFFSCREEN = /(margin-top|margin-left|margin-bottom|top|left|text-indent)\s*:\s*-?\d{5,9}(\.\d{1,4})?(px|pt|em)/i;

/**
 * What every OFFSCREEN match contains (the last five digits of its number, then the unit): a cheaper scan than the
 * property alternatives at every letter, run first (the offscreen check 0.78x CPU on the dev corpus HTML).
 */
const OFFSCREEN_NUMBER = /\d{5}(?:\.\d{1,4})?(?:px|pt|em)/i;

export function offscreenTextFindings(html: string): Finding[] {
  const h = html.slice(0, MAX_HTML);
  const m = OFFSCREEN_NUMBER.test(h) ? OFFSCREEN.exec(h) : null;
  if (!m) return [];
  return [
    {
      id: 'offscreen-text',
      severity: 'medium',
      messageKey: 'finding.offscreen-text',
      params: { style: m[0] },
      evidence: [{ kind: 'text', value: m[0], label: 'style' }],
    },
  ];
}
