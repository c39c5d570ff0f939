/** The parsed, serialisable view of a message that every analysis step reads. */

export interface Address {
  /** Decoded display name ('' when absent). Untrusted text. */
  name: string;
  /** Address as written (decoded), lower-cased domain part; '' when unparseable. */
  address: string;
  /** Local part and domain split out of `address` (domain lower-cased, IDN as Unicode; '' when none). */
  local: string;
  domain: string;
  /**
   * Oddities noticed while parsing (absent when none): `fullwidth-at` / `fullwidth-dot` (＠/． used as the
   * separator, normalized to ASCII), `no-angle-brackets` (name and address without <>), `name-contains-address`
   * (display name shows an address different from the real one), `unparseable`.
   */
  flags?: string[];
}

export interface HeaderField {
  /** Header name as written (case preserved). */
  name: string;
  /** Lower-cased name for lookups. */
  key: string;
  /** Unfolded raw value (no RFC 2047 decoding), as bytes decoded as latin1/utf-8 text. */
  value: string;
  /** The exact original header bytes including the name and CRLFs, as a binary (latin1) string; for DKIM/ARC. */
  raw: string;
}

export interface Attachment {
  filename: string | null;
  mimeType: string;
  /** Size in bytes of the encoded part (attachments are not decoded unless analysis needs them). */
  size: number;
  /** Decoded text for small text/html attachments (`.html`, `.htm`, `.shtml`, `.xhtml`, `.svg`) only, else null. */
  text: string | null;
  /**
   * Decoded bytes of a PDF or an attached message (message/rfc822, .eml) within Limits.maxPdfBytes /
   * maxAttachedMessageBytes, for the readers that look inside them, and of image and PDF parts for the QR decoder
   * (parse/mime/media-parts.ts); absent for other parts.
   */
  content?: Uint8Array;
  /** Shown inside the message body (Content-ID / inline disposition) rather than attached. */
  inline?: boolean;
}

export interface ParsedMessage {
  headers: HeaderField[];
  from: Address | null;
  /** Every address of a multi-address From (rare, suspicious). */
  fromAll: Address[];
  sender: Address | null;
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  deliveredTo: string[];
  returnPath: string | null;
  subject: string;
  messageId: string | null;
  date: string | null;
  /** Plain-text body (decoded), truncated to the body limit. */
  text: string;
  /** HTML body (decoded, never rendered), truncated to the body limit. */
  html: string;
  attachments: Attachment[];
  /** Raw bytes of the whole message with CRLF line endings, for DKIM/ARC body hashing. */
  raw: Uint8Array;
  /** Offset in `raw` where the body starts (after the blank line). */
  bodyOffset: number;
  /** Parse problems (limits hit, bad charsets...). Never thrown. */
  warnings: string[];
}
