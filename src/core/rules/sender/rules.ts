/** Registry entries of the sender-identity rules (display name, own domain, sender relations, HELO). */
import type { Rule } from '../rule.js';
import { messages } from './messages.js';
import { displayNameFindings } from './display-name.js';
import { ownDomainFindings } from './own-domain.js';
import { senderRelationFindings } from './sender-relations.js';
import { heloFindings } from './helo.js';

export const displayNameRule: Rule = {
  id: 'display-name',
  stage: 'message',
  reads: 'The From display name: an address or domain in it that is not the real sender.',
  produces: ['display-name-address-mismatch'],
  messages,
  run: (c) => displayNameFindings(c.msg.from, { ownDomains: c.ownDomains, mailingList: c.facts.mailingList }),
};

export const ownDomainRule: Rule = {
  id: 'own-domain',
  stage: 'message',
  reads: "The display name, subject and greeting: the recipient's own domain or organisation name in mail from outside.",
  produces: ['own-domain-impersonation'],
  messages,
  run: (c) =>
    ownDomainFindings({
      from: c.msg.from,
      subject: c.msg.subject,
      text: c.msg.text,
      ownDomains: c.ownDomains,
      ownOrgNames: c.settings.ownOrgNames,
    })
      // Where the own domain came from, so the UI can say it ("your address's domain") when none is configured.
      .map((f) => ({ ...f, params: { ...f.params, ownSource: c.settings.ownDomains.length ? 'settings' : 'recipient' } })),
};

export const senderRelationsRule: Rule = {
  id: 'sender-relations',
  stage: 'message',
  reads: 'Reply-To, Return-Path and Message-ID against From: replies or bounces going to another organisation.',
  produces: ['reply-to-mismatch', 'return-path-mismatch', 'message-id-domain-mismatch', 'multiple-from', 'from-free-mail-brand-name'],
  messages,
  run: (c) => senderRelationFindings(c.msg),
};

export const heloRule: Rule = {
  id: 'helo',
  stage: 'message',
  reads: "The origin hop's HELO name: a bare IP, localhost or a name that does not fit the sending server.",
  produces: ['helo-anomaly'],
  messages,
  run: (c) => heloFindings(c.origin),
};
