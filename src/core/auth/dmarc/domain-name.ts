/** Domain normalisation for DMARC: lower-case A-labels, no trailing dot, RFC 1035 length limits. */

/** Returns the ASCII (A-label) lower-case form, or null when the name is not a usable domain name. */
export function toAsciiDomain(input: string): string | null {
  let d = String(input ?? '')
    .trim()
    .toLowerCase();
  if (d.endsWith('.')) d = d.slice(0, -1);
  if (d === '' || d.length > 253) return null;
  if (/[^\x21-\x7e]/.test(d)) {
    try {
      d = new URL(`http://${d}/`).hostname;
    } catch {
      return null;
    }
  }
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(d)) return null;
  return d.split('.').every((l) => l.length <= 63) ? d : null;
}
