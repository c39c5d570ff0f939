/**
 * The route as a picture: one box per server, from the one that handed the message in (the origin, marked) to the
 * recipient's mailbox, each with host, IP, network (ASN), registry country and encryption. Plain DOM boxes and
 * CSS arrows only: nothing external is loaded (no map tiles, no fonts, no images).
 */
import type { Hop } from '../../core/model/hop.js';
import type { Report } from '../../core/model/report.js';
import { el, untrustedText } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';

type Ctx = { doc: Document; lang: Lang };
type Role = 'before' | 'origin' | 'yours' | 'relay';

function roleOf(h: Hop, originIndex: number | null): Role {
  if (originIndex !== null) {
    if (h.index === originIndex) return 'origin';
    if (h.index > originIndex) return 'before';
  }
  return h.trusted ? 'yours' : 'relay';
}

function fact(c: Ctx, labelKey: string, value: string | null, mono = true): HTMLElement | null {
  if (value === null || value === '') return null;
  return el(
    c.doc,
    'div',
    { className: 'fact' },
    el(c.doc, 'span', { className: 'label' }, tr(labelKey, c.lang)),
    ' ',
    untrustedText(c.doc, value, mono ? 'mono' : ''),
  );
}

function hopBox(c: Ctx, r: Report, h: Hop, role: Role): HTMLElement {
  const o = r.origin;
  const isOrigin = role === 'origin';
  // The reverse-DNS name is what the server is; the HELO name is only what it calls itself (the sender chooses it).
  const host = h.rdns && h.rdns !== 'localhost' ? h.rdns : null;
  // "TLSv1.3" already says TLS; a bare version ("1.2") gets the word in front.
  const version = h.tls?.version ?? '';
  const tls = h.tls
    ? /^tls/i.test(version)
      ? version
      : `${tr('report.tls', c.lang)}${version ? ` ${version}` : ''}`
    : tr('report.noTls', c.lang);
  const network = isOrigin && o?.asn != null ? `AS${o.asn}${o.asName ? ` ${o.asName}` : ''}` : null;
  const tag = role === 'origin' ? 'ui.route.origin' : role === 'yours' ? 'ui.route.yourSide' : role === 'before' ? 'ui.route.before' : null;
  const card = el(
    c.doc,
    'div',
    { className: 'hop-card' },
    tag ? el(c.doc, 'div', { className: 'hop-tag' }, tr(tag, c.lang)) : null,
    host
      ? fact(c, 'ui.route.host', host)
      : el(
          c.doc,
          'div',
          { className: 'fact' },
          el(c.doc, 'span', { className: 'label' }, tr('ui.route.host', c.lang)),
          ' ',
          el(c.doc, 'span', { className: 'none' }, tr('ui.route.noName', c.lang)),
        ),
    h.helo && h.helo !== host ? fact(c, 'ui.route.helo', h.helo) : null,
    fact(c, 'ui.route.ip', h.ip),
    fact(c, 'ui.route.network', network),
    fact(c, 'ui.route.country', isOrigin ? (o?.country ?? null) : null, false),
    el(
      c.doc,
      'div',
      { className: `fact tls ${h.tls ? 'tls-yes' : 'tls-no'}` },
      el(c.doc, 'span', { className: 'label' }, tr('ui.route.tls', c.lang)),
      ' ',
      tls,
    ),
  );
  const arrow = el(c.doc, 'div', { className: 'hop-arrow' }, untrustedText(c.doc, tr('ui.route.to', c.lang, { host: h.by ?? '?' })));
  return el(c.doc, 'li', { className: `hop-box role-${role}`, attrs: { 'data-hop': String(h.index), 'data-role': role } }, card, arrow);
}

/** The route picture section, or null when the message has no Received hops. */
export function routePicture(c: Ctx, r: Report): HTMLElement | null {
  if (!r.hops.length) return null;
  const originIndex = r.origin?.hopIndex ?? (r.origin?.ip ? (r.hops.find((h) => h.ip === r.origin?.ip)?.index ?? null) : null);
  // Received lines are newest first; the picture reads from the sender to you.
  const ordered = [...r.hops].sort((a, b) => b.index - a.index);
  const boxes = ordered.map((h) => hopBox(c, r, h, roleOf(h, originIndex)));
  const you = el(
    c.doc,
    'li',
    { className: 'hop-box role-mailbox', attrs: { 'data-role': 'mailbox' } },
    el(c.doc, 'div', { className: 'hop-card' }, el(c.doc, 'div', { className: 'hop-tag' }, tr('ui.route.you', c.lang))),
  );
  return el(
    c.doc,
    'section',
    { className: 'section route' },
    el(c.doc, 'h3', {}, tr('ui.route.title', c.lang)),
    el(c.doc, 'ol', { className: 'route-picture' }, ...boxes, you),
  );
}
