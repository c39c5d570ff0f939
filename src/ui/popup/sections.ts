/** Builders for each section of the full report (popup). Text only; untrusted values are bidi-isolated. */
import type { Report, CheckState } from '../../core/model/report.js';
import { el, untrustedText } from '../shared/dom.js';
import { tr, type Lang } from '../shared/i18n.js';
import { findingText } from '../banner/headline.js';

type Ctx = { doc: Document; lang: Lang };

function section(c: Ctx, titleKey: string, ...body: (Node | null)[]): HTMLElement {
  return el(c.doc, 'section', { className: 'section' }, el(c.doc, 'h2', {}, tr(titleKey, c.lang)), ...body);
}

/** A label/value row; the value is untrusted text unless a node is given. */
function row(c: Ctx, labelKey: string, value: string | Node | null, extra?: string): HTMLElement {
  const v = value === null || value === '' ? el(c.doc, 'span', { className: 'none' }, tr('report.none', c.lang)) : typeof value === 'string' ? untrustedText(c.doc, value) : value;
  return el(c.doc, 'div', { className: 'row' }, el(c.doc, 'span', { className: 'label' }, tr(labelKey, c.lang)), v, extra ? el(c.doc, 'span', { className: 'extra' }, ` ${extra}`) : null);
}

export function findingsSection(c: Ctx, r: Report): HTMLElement {
  const items = r.findings.map((f) =>
    el(
      c.doc,
      'li',
      { className: `finding sev-${f.severity}`, attrs: { 'data-finding': f.id } },
      el(c.doc, 'span', { className: 'sev' }, f.severity),
      ' ',
      el(c.doc, 'span', { untrusted: true }, findingText(f, c.lang)),
      f.evidence.length
        ? el(c.doc, 'ul', { className: 'evidence' }, ...f.evidence.map((e) => el(c.doc, 'li', {}, e.label ? `${e.label}: ` : '', untrustedText(c.doc, e.value, 'mono'))))
        : null,
    ),
  );
  const body = items.length ? el(c.doc, 'ul', { className: 'findings' }, ...items) : el(c.doc, 'p', {}, tr('ui.popup.noFindings', c.lang));
  return section(c, 'report.findings', body);
}

export function senderSection(c: Ctx, r: Report): HTMLElement {
  const m = r.message;
  return section(
    c,
    'report.claimed',
    row(c, 'report.displayName', m.from?.name ?? null),
    row(c, 'report.address', m.from?.address ?? null),
    m.replyTo.length ? row(c, 'report.replyTo', m.replyTo.map((a) => a.address).join(', ')) : null,
    row(c, 'report.returnPath', m.returnPath),
    row(c, 'report.subject', m.subject),
    r.claimedEntity ? row(c, 'report.claimedEntity', `${r.claimedEntity.name} (${r.claimedEntity.domains.join(', ')})`) : null,
  );
}

export function originSection(c: Ctx, r: Report): HTMLElement {
  const o = r.origin;
  const ptr = o?.ptr?.length ? o.ptr.join(', ') : (o?.rdns ?? null);
  const fc = o?.fcrdns === true ? tr('report.fcrdnsYes', c.lang) : o?.fcrdns === false ? tr('report.fcrdnsNo', c.lang) : undefined;
  const network = o?.asn != null ? `AS${o.asn} ${o.asName ?? ''} ${o.prefix ?? ''}`.trim() : null;
  return section(
    c,
    'report.real',
    row(c, 'report.originIp', o?.ip ?? null),
    row(c, 'report.rdns', ptr, fc),
    row(c, 'report.helo', o?.helo ?? null),
    row(c, 'report.network', network),
    row(c, 'report.country', o?.country ? `${o.country}${o.registry ? ` (${o.registry})` : ''}` : null),
  );
}

export function routeSection(c: Ctx, r: Report): HTMLElement {
  const items = r.hops.map((h) => {
    const tls = h.tls ? `${tr('report.tls', c.lang)}${h.tls.version ? ` ${h.tls.version}` : ''}${h.tls.cipher ? ` ${h.tls.cipher}` : ''}` : tr('report.noTls', c.lang);
    const bits = [
      h.with ?? '',
      tls,
      h.delaySeconds != null ? tr('report.delay', c.lang, { seconds: h.delaySeconds }) : '',
      h.authenticated ? tr('ui.popup.hopAuth', c.lang) : '',
      h.trusted ? `(${tr('report.trusted', c.lang)})` : '',
    ].filter(Boolean);
    return el(
      c.doc,
      'li',
      { className: h.trusted ? 'hop trusted' : 'hop' },
      untrustedText(c.doc, `${h.helo ?? '?'} [${h.ip ?? '?'}]${h.rdns ? ` (${h.rdns})` : ''} → ${h.by ?? '?'}`, 'mono'),
      el(c.doc, 'span', { className: 'extra' }, ` ${bits.join(', ')}`),
    );
  });
  return section(c, 'report.route', items.length ? el(c.doc, 'ol', { className: 'hops', attrs: { start: '0' } }, ...items) : el(c.doc, 'p', {}, tr('report.none', c.lang)));
}

const TEMPORARY = new Set(['temperror']);

/** One auth line: a check that did not complete shows "could not verify", never pass. */
function authLine(c: Ctx, name: string, result: string | null, reason: string | null, state: CheckState | undefined): HTMLElement {
  const unavailable = result === null ? state !== undefined && state.status !== 'done' : TEMPORARY.has(result);
  const shown = result === null ? (unavailable ? tr('report.notChecked', c.lang) : tr('report.none', c.lang)) : unavailable ? `${tr('report.notChecked', c.lang)} (${result})` : result;
  const cls = unavailable ? 'unverified' : result ?? 'none';
  const why = reason ?? state?.reason ?? null;
  return el(
    c.doc,
    'div',
    { className: 'row auth', attrs: { 'data-check': name, 'data-result': unavailable ? 'unverified' : (result ?? 'none') } },
    el(c.doc, 'span', { className: 'label' }, name.toUpperCase()),
    el(c.doc, 'span', { className: `result r-${cls}` }, shown),
    why ? el(c.doc, 'span', { className: 'extra' }, ' — ', untrustedText(c.doc, why)) : null,
  );
}

export function authSection(c: Ctx, r: Report): HTMLElement {
  const a = r.auth;
  const st = (n: string) => r.checks.find((x) => x.name === n);
  const lines: HTMLElement[] = [];
  lines.push(authLine(c, 'spf', a.spf?.result ?? null, a.spf ? `${a.spf.domain} / ${a.spf.ip}: ${a.spf.reason}` : null, st('spf')));
  if (a.dkim.length) for (const d of a.dkim) lines.push(authLine(c, 'dkim', d.result, `d=${d.domain} s=${d.selector}: ${d.reason}${d.weaknesses.length ? ` [${d.weaknesses.join(', ')}]` : ''}`, st('dkim')));
  else lines.push(authLine(c, 'dkim', null, null, st('dkim')));
  lines.push(authLine(c, 'dmarc', a.dmarc?.result ?? null, a.dmarc?.reason ?? null, st('dmarc')));
  lines.push(authLine(c, 'arc', a.arc?.result ?? null, a.arc?.reason ?? null, st('arc')));
  for (const h of a.receiver) {
    lines.push(el(c.doc, 'div', { className: 'row receiver' }, el(c.doc, 'span', { className: 'label' }, `${tr('ui.popup.receiverSays', c.lang)} (${h.authservId ?? '?'})`), untrustedText(c.doc, h.methods.map((m) => `${m.method}=${m.result}`).join(' '), 'mono')));
  }
  return section(c, 'report.domainSays', ...lines);
}

export function linksSection(c: Ctx, r: Report): HTMLElement {
  if (!r.links.length) return section(c, 'report.links', el(c.doc, 'p', {}, tr('report.noLinks', c.lang)));
  const items = r.links.map((l) =>
    el(
      c.doc,
      'li',
      { className: l.flags.length ? 'link flagged' : 'link' },
      l.text && l.text !== l.href ? el(c.doc, 'div', {}, untrustedText(c.doc, l.text)) : null,
      l.source === 'qr' ? el(c.doc, 'div', { className: 'extra qr' }, untrustedText(c.doc, tr('report.qrCodeIn', c.lang, { file: l.foundIn ?? '' }))) : null,
      l.shownHost ? el(c.doc, 'div', { className: 'extra' }, `${tr('ui.popup.linkShown', c.lang)}: `, untrustedText(c.doc, l.shownHost, 'mono')) : null,
      el(c.doc, 'div', {}, `${tr('report.linkGoesTo', c.lang)} `, untrustedText(c.doc, l.target, 'mono target')),
      l.unwrapped.length ? el(c.doc, 'div', { className: 'extra' }, `${tr('ui.popup.linkWrapped', c.lang)}: ${l.unwrapped.join(' → ')}`) : null,
      l.asn != null ? el(c.doc, 'div', { className: 'extra' }, `AS${l.asn} ${l.asName ?? ''}`) : null,
      l.flags.length ? el(c.doc, 'div', { className: 'flags' }, ...l.flags.map((f) => el(c.doc, 'span', { className: 'flag' }, f))) : null,
    ),
  );
  return section(c, 'report.links', el(c.doc, 'ul', { className: 'links' }, ...items));
}

export function unavailableChecks(c: Ctx, r: Report): HTMLElement | null {
  const bad = r.checks.filter((x) => x.status !== 'done');
  if (!bad.length) return null;
  return el(c.doc, 'ul', { className: 'unavailable' }, ...bad.map((x) => el(c.doc, 'li', {}, tr('ui.popup.checkUnavailable', c.lang, { check: x.name, reason: x.reason ?? x.status }))));
}
