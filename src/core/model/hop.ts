/** One Received: header, parsed. Index 0 is the top-most (newest) header. */
export interface Hop {
  index: number;
  /** Unfolded header value, verbatim. */
  raw: string;
  /** Name the client gave in HELO/EHLO (the word after `from`), possibly an IP literal like `[127.0.0.1]`. */
  helo: string | null;
  /** Reverse DNS name the receiving server recorded for the client (or null / 'unknown'). */
  rdns: string | null;
  /** Client IP address (normalized: IPv4 dotted, IPv6 compressed lower-case, no zone id, `::ffff:` mapped -> IPv4). */
  ip: string | null;
  /** Receiving host (`by`). */
  by: string | null;
  /** Protocol (`with`), e.g. ESMTP, ESMTPS, ESMTPSA, LMTP, HTTP, SMTP. */
  with: string | null;
  id: string | null;
  for: string | null;
  /** TLS in use on this hop (from `with ESMTPS`, `(using TLSv1.3 ...)`, `version=TLS1_2 cipher=...`). */
  tls: { version: string | null; cipher: string | null } | null;
  /** Authenticated submission (ESMTPA/ESMTPSA, `(Authenticated sender: ...)`, `via HTTP` webmail). */
  authenticated: boolean;
  /** ISO 8601 timestamp of the date after `;`, or null when missing/unparseable. */
  timestamp: string | null;
  /** Seconds between the previous (older) hop's timestamp and this one; negative = clock skew. */
  delaySeconds: number | null;
  /** True when this hop was stamped by the recipient's own systems (inside the trust boundary). */
  trusted: boolean;
  /** Why this hop counts as trusted (private relay, configured host, own MX...), for the explanation. */
  trustReason: string | null;
}

/** The first untrusted hop's client: who really handed the message to the recipient's systems. */
export interface Origin {
  ip: string | null;
  helo: string | null;
  rdns: string | null;
  /** Index of the hop the origin comes from. */
  hopIndex: number | null;
  /** The trusted receiver host that recorded this origin (`by` of that hop). */
  receivedBy: string | null;
  /** Filled by network evidence when DNS is available. */
  ptr: string[] | null;
  fcrdns: boolean | null;
  asn: number | null;
  asName: string | null;
  prefix: string | null;
  /** Registry country of the allocation (not geolocation). */
  country: string | null;
  registry: string | null;
  /** X-Originating-IP and similar: extra evidence only, never the origin. */
  claimedOriginatingIps: string[];
}
