/**
 * Message-derived text printed to a terminal must not drive the terminal: C0/C1 control characters
 * (ANSI escapes) and bidi overrides/isolates are shown as visible escapes instead. Newlines and tabs stay.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
