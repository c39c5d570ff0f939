/** A link found in the message (HTML anchor, bare URL in text, form action, link inside an .html attachment). */
export interface LinkInfo {
  /** URL as written in the message (after HTML entity decoding). */
  href: string;
  /** The final target after unwrapping known link wrappers (Safe Links, urldefense, Mimecast...). */
  target: string;
  /** Wrappers peeled off, outermost first, e.g. ['safelinks.protection.outlook.com']. */
  unwrapped: string[];
  /**
   * Hosts the link passes through in order, from the written URL's host to the final target's host, when at least
   * one wrapper or redirect was followed (absent when the link goes straight to its target).
   */
  chain?: string[];
  /** Hosts of `chain` followed as redirects that carry their destination in the URL (not known security wrappers). */
  openRedirects?: string[];
  /** Host of `target` in Unicode form (UTS #46), or null when not a hierarchical URL. */
  host: string | null;
  /** Host in ASCII/punycode form. */
  hostAscii: string | null;
  /** Registrable domain of the target host (tldts, ICANN+private), or null for IP literals. */
  registrableDomain: string | null;
  /** Visible text of the anchor (HTML) or null. */
  text: string | null;
  /** A host shown in the link text (e.g. `www.kagoya.com` in the text while the href goes elsewhere). */
  shownHost: string | null;
  source: 'html' | 'text' | 'form' | 'attachment' | 'qr';
  /** For source `qr`: the image or PDF the code was decoded from (file name, `inline image` or `data: image`). */
  foundIn?: string;
  /** Flags: `text-mismatch`, `ip-literal`, `punycode`, `shortener`, `shared-host`, `lookalike`, `credential-path`... */
  flags: string[];
  /** Filled by network evidence: IPs and ASN of the link host. */
  ips: string[];
  asn: number | null;
  asName: string | null;
}
