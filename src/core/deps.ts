import type { Resolver } from './dns/types.js';
import type { RdapClient } from './evidence/rdap/client.js';
import type { UrlReputationClient } from './evidence/safe-browsing.js';
import type { QrDecoder } from './media/qr-types.js';

/** Minimal WebCrypto surface the core needs (globalThis.crypto.subtle in browsers and Node >= 20). */
/** Bytes WebCrypto accepts (the DOM's BufferSource, spelled without the DOM lib). */
export type CryptoBytes = ArrayBufferView<ArrayBuffer> | ArrayBuffer;

export interface CryptoLike {
  subtle: {
    importKey(format: 'spki' | 'raw', keyData: CryptoBytes, algorithm: unknown, extractable: boolean, usages: string[]): Promise<unknown>;
    verify(algorithm: unknown, key: unknown, signature: CryptoBytes, data: CryptoBytes): Promise<boolean>;
    digest(algorithm: string, data: CryptoBytes): Promise<ArrayBuffer>;
  };
}

/** Explicit limits on untrusted input. Every one is validated where it is used; see DEFAULT_LIMITS. */
export interface Limits {
  /** Total bytes of the header section parsed (the rest is ignored with a warning). */
  maxHeaderBytes: number;
  /** Number of header fields parsed. */
  maxHeaders: number;
  /** MIME nesting depth. */
  maxMimeDepth: number;
  /** Decoded text/html body characters kept for analysis. */
  maxBodyChars: number;
  /** Received headers parsed. */
  maxReceived: number;
  /** Links analyzed. */
  maxLinks: number;
  /** RFC 7208 4.6.4: DNS-querying mechanisms/modifiers per SPF evaluation. */
  spfMaxLookups: number;
  /** RFC 7208 4.6.4: void lookups (NXDOMAIN/NODATA) per SPF evaluation. */
  spfMaxVoidLookups: number;
  /** DKIM signatures verified per message. */
  maxDkimSignatures: number;
  /** DNS queries per message (all checks together). */
  dnsBudget: number;
  /** Whole-analysis time budget in ms (network checks stop and report unavailable past it). */
  timeBudgetMs: number;
  /** Wrappers and redirects followed per link (a URL carried inside a URL, nested). */
  maxRedirectHops: number;
  /** Attached messages (message/rfc822) analysed inside one another: 1 = attached, 2 = attached to the attached. */
  maxAttachedMessageDepth: number;
  /** Bytes of one attached message that is analysed (a larger one is skipped with a warning). */
  maxAttachedMessageBytes: number;
  /** Attached messages analysed per message. */
  maxAttachedMessages: number;
  /** Bytes of one PDF attachment read for link annotations (a larger one is skipped with a warning). */
  maxPdfBytes: number;
  /** PDF attachments read per message. */
  maxPdfAttachments: number;
  /** Compressed streams inflated per PDF (object streams and content). */
  maxPdfStreams: number;
  /** Bytes inflated per PDF, all streams together. */
  maxPdfInflatedBytes: number;
  /** Images and PDFs handed to the QR decoder per message (inline, attached, data: URIs). */
  qrMaxImages: number;
  /** Bytes of one image handed to the QR decoder, inside a PDF too (decoding cost grows with compressed bytes). */
  qrMaxImageBytes: number;
  /** Bytes of one PDF whose images are read for QR codes. */
  qrMaxPdfBytes: number;
  /** Pixels of one image the QR decoder may rasterise (width x height; larger ones are not decoded). */
  qrMaxImagePixels: number;
  /** Pixels rasterised for QR codes per message, all images together. */
  qrMaxPixels: number;
  /** Time in ms QR decoding may take per message; no new image is started past it. */
  qrTimeBudgetMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxHeaderBytes: 256 * 1024,
  maxHeaders: 1000,
  maxMimeDepth: 20,
  maxBodyChars: 512 * 1024,
  maxReceived: 100,
  maxLinks: 200,
  spfMaxLookups: 10,
  spfMaxVoidLookups: 2,
  maxDkimSignatures: 5,
  dnsBudget: 100,
  timeBudgetMs: 5000,
  maxRedirectHops: 5,
  maxAttachedMessageDepth: 2,
  maxAttachedMessageBytes: 2 * 1024 * 1024,
  maxAttachedMessages: 5,
  maxPdfBytes: 8 * 1024 * 1024,
  maxPdfAttachments: 5,
  maxPdfStreams: 200,
  maxPdfInflatedBytes: 16 * 1024 * 1024,
  qrMaxImages: 10,
  qrMaxImageBytes: 1024 * 1024,
  qrMaxPdfBytes: 8 * 1024 * 1024,
  qrMaxImagePixels: 4_000_000,
  qrMaxPixels: 12_000_000,
  qrTimeBudgetMs: 300,
});

export type Sensitivity = 'low' | 'normal' | 'high';

/** User settings that change analysis (from the options page or CLI flags). */
export interface Settings {
  /** The recipient's own domains (else inferred from To/Delivered-To). */
  ownDomains: string[];
  /** Organization names of the recipient (e.g. "Example Corp", "例株式会社"). */
  ownOrgNames: string[];
  /** Hosts (names or IPs/CIDRs) the user declares part of their own mail path. */
  trustedHosts: string[];
  /** authserv-ids whose Authentication-Results are trusted; default: derived from the trusted boundary host. */
  trustedAuthservIds: string[];
  /** Registrable domains the user trusts (no lookalike/brand findings for them). */
  allowlist: string[];
  /** Contacts' domains, protected against lookalikes. */
  contactDomains: string[];
  sensitivity: Sensitivity;
  /**
   * DNS blocklists to consult (RFC 5782): known ids (`spamhaus-zen`, `spamhaus-dbl`, `surbl`, `uribl`, `spamcop`,
   * `barracuda`), their zones, or `ip:ZONE` / `domain:ZONE`. Empty by default: each list sees the IP or domains asked.
   */
  dnsbl: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  ownDomains: [],
  ownOrgNames: [],
  trustedHosts: [],
  trustedAuthservIds: [],
  allowlist: [],
  contactDomains: [],
  sensitivity: 'normal',
  dnsbl: [],
});

/**
 * Inflates zlib data (RFC 1950; PDF FlateDecode), returning at most `maxBytes` (what it has when the data ends badly)
 * or null when nothing could be inflated. Platform-provided (DecompressionStream): src/platform/shared/inflate.ts.
 */
export type Inflate = (data: Uint8Array, maxBytes: number) => Promise<Uint8Array | null>;

/** Everything effectful the analysis needs, injected by the composition root (entries/, cli/). */
export interface AnalyzeDeps {
  resolver: Resolver;
  /** True when the resolver makes no requests (offline mode): network checks are reported as skipped. */
  offline: boolean;
  now: () => number;
  crypto: CryptoLike;
  /** Opens compressed PDF object streams for their links; without it only uncompressed PDF objects are read. */
  inflate?: Inflate;
  limits?: Partial<Limits>;
  settings?: Partial<Settings>;
  /**
   * RDAP registration lookups (domain age), shared across messages for its cache; absent or null = off.
   * Build one with `createRdapClient` (evidence/rdap/client.ts) around a platform fetch.
   */
  rdap?: RdapClient | null;
  /** URL reputation with the user's own key (Google Safe Browsing, evidence/safe-browsing.ts); absent = off. */
  urlReputation?: UrlReputationClient | null;
  /** QR decoder for images and PDFs (media/qr-types.ts); without one the report says QR codes were not checked. */
  findQrCodes?: QrDecoder;
}

/**
 * A view WebCrypto accepts: typed arrays over a plain ArrayBuffer pass through unchanged, anything over a
 * SharedArrayBuffer is copied (WebCrypto rejects shared memory).
 */
export function cryptoBytes(u: Uint8Array): CryptoBytes {
  return u.buffer instanceof ArrayBuffer ? (u as Uint8Array<ArrayBuffer>) : new Uint8Array(u);
}
