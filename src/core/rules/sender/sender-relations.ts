/**
 * Relations between the sender identities of one message: From vs Reply-To, Return-Path, Message-ID, the
 * number of From fields, and a brand name on a free-mail address. Mailing-list and ESP mail is expected to
 * differ and is not reported.
 */
import type { Evidence, Finding, Severity } from '../../model/finding.js';
import type { ParsedMessage } from '../../model/message.js';
import { isEspDomain, isFreeMail, isMessageIdPlatform } from '../../reference/domain-sets.js';
import { orgDomain } from '../../net/registrable.js';
import { addressDomain, isBulkEspMail, isMailingListPost } from '../../parse/list-signals.js';
import { findEntityByName } from '../../reference/brands/index.js';
import { claimedForeignBrand } from '../impersonation/brand-claim.js';
import { samePersonReplyTo } from './same-person-reply.js';
import { sameOwner } from './same-owner.js';
import { recipientsOf } from '../links/recipient.js';

export interface SenderRelationOptions {
  /** Brand a display name claims; defaults to src/core/reference/brands findEntityByName. */
  brandOfName?: (displayName: string) => { name: string; domains: string[] } | null;
}

function finding(id: string, severity: Severity, params: Finding['params'], evidence: Evidence[]): Finding {
  return { id, severity, messageKey: `finding.${id}`, params, evidence };
}

function messageIdDomain(id: string | null): string | null {
  if (!id) return null;
  const m = /@([^@>\s]+)>?\s*$/.exec(id.trim());
  const d = m?.[1]?.toLowerCase().replace(/\.$/, '');
  return d && d.includes('.') && !/^\[?[\d.:]+\]?$/.test(d) ? d : null;
}

export function senderRelationFindings(msg: ParsedMessage, opts: SenderRelationOptions = {}): Finding[] {
  const brandOfName = opts.brandOfName ?? findEntityByName;
  const out: Finding[] = [];
  try {
    // RFC 5322 3.6: exactly one From field.
    const fromFields = msg.headers.filter((h) => h.key === 'from');
    if (fromFields.length > 1 || msg.fromAll.length > 1) {
      out.push(
        finding(
          'multiple-from',
          'high',
          { count: Math.max(fromFields.length, msg.fromAll.length) },
          fromFields.slice(0, 5).map((h) => ({ kind: 'header' as const, value: h.value, label: 'From' })),
        ),
      );
    }
    const from = msg.from;
    if (!from?.domain) return out;
    const fromOrg = orgDomain(from.domain);
    const list = isMailingListPost(msg);
    const bulk = isBulkEspMail(msg);
    const fromEvidence: Evidence = { kind: 'address', value: from.address, label: 'From' };

    if (!list && !bulk) {
      // Replies to another domain of the same organisation (same-owner.ts) stay with the sender; replies to the
      // recipient's own address (a newsletter that sets Reply-To to its subscriber) go to the reader, to no third party.
      const readers = new Set(recipientsOf(msg));
      const other = msg.replyTo.find(
        (r) =>
          r.domain && orgDomain(r.domain) !== fromOrg && !sameOwner(fromOrg, orgDomain(r.domain)) && !readers.has(r.address.toLowerCase()),
      );
      if (other) {
        out.push(
          finding(
            'reply-to-mismatch',
            // The same person's other address (same personal mailbox name, own domain): weaker (same-person-reply.ts).
            samePersonReplyTo(from.address, other.address, other.domain, from.domain) ? 'low' : 'medium',
            { replyTo: other.address, from: from.address, freeMail: isFreeMail(other.domain) ? 'yes' : 'no' },
            [{ kind: 'address', value: other.address, label: 'Reply-To' }, fromEvidence],
          ),
        );
      }
    }

    const rpDomain = addressDomain(msg.returnPath);
    const srs = /^srs[01][=+-]/i.test(msg.returnPath ?? '');
    if (rpDomain && !list && !srs && !isEspDomain(rpDomain) && orgDomain(rpDomain) !== fromOrg && !bulk) {
      out.push(
        finding('return-path-mismatch', isFreeMail(rpDomain) ? 'low' : 'info', { returnPath: msg.returnPath ?? '', from: from.address }, [
          { kind: 'header', value: msg.returnPath ?? '', label: 'Return-Path' },
          fromEvidence,
        ]),
      );
    }

    const midDomain = messageIdDomain(msg.messageId);
    if (
      midDomain &&
      !list &&
      !bulk &&
      orgDomain(midDomain) !== fromOrg &&
      !isMessageIdPlatform(midDomain) &&
      !isEspDomain(midDomain) &&
      (rpDomain === null || orgDomain(midDomain) !== orgDomain(rpDomain))
    ) {
      out.push(
        finding('message-id-domain-mismatch', 'info', { messageIdDomain: midDomain, from: from.address }, [
          { kind: 'header', value: msg.messageId ?? '', label: 'Message-ID' },
          fromEvidence,
        ]),
      );
    }

    if (from.name && isFreeMail(from.domain)) {
      const brand = brandOfName(from.name);
      // A provider's own name on its own domain ("Yahoo! JAPAN" <x@yahoo.co.jp>) is not a claim on someone else.
      if (brand && !brand.domains.some((d) => orgDomain(d) === fromOrg)) {
        // High when the name is a clear brand claim (not a brand word that is also a given name, like "Chase"): a bank
        // or shop does not write from a personal free mailbox.
        const clear = claimedForeignBrand(from) !== null;
        out.push(
          finding('from-free-mail-brand-name', clear ? 'high' : 'medium', { brand: brand.name, address: from.address }, [
            { kind: 'text', value: from.name, label: 'From display name' },
            fromEvidence,
          ]),
        );
      }
    }
  } catch {
    // Total on malformed input: findings gathered so far are kept.
  }
  return out;
}
