/** What the analysis of one attached message (message/rfc822) yields for the message that carries it. */
import type { Finding } from '../model/finding.js';
import type { LinkInfo } from '../model/link.js';

export interface AttachedMessage {
  /** Attachment file name, or null. */
  filename: string | null;
  subject: string;
  /** The attached message's From address ('' when none). */
  from: string;
  /** 1 = attached to the message read, 2 = attached to that one. */
  depth: number;
  /** Findings of the message-stage rules on the attached message (offline: no authentication). */
  findings: Finding[];
  links: LinkInfo[];
}
