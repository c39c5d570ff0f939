import type { ParsedMessage } from '../model/message.js';
import type { Hop, Origin } from '../model/hop.js';
import type { LinkInfo } from '../model/link.js';
import type { Limits, Settings } from '../deps.js';
import type { HtmlSource } from '../text/html-source.js';
import type { AttachedMessage } from './attached-message.js';

/** What every analysis step may read: the parsed message and what earlier steps derived from it. */
export interface AnalysisContext {
  msg: ParsedMessage;
  hops: Hop[];
  origin: Origin | null;
  links: LinkInfo[];
  /** The recipient's own domains: configured, else inferred from Delivered-To/To. */
  ownDomains: string[];
  settings: Settings;
  limits: Limits;
  /** msg.html tokenized once for every reader (links, lures, scams); readers tokenize themselves without it. */
  html?: HtmlSource;
  /** Attached messages (message/rfc822) analysed by pipeline/attachment-evidence.ts, within limits. */
  attachedMessages?: AttachedMessage[];
}
