/**
 * Builders for the admin part of the full report (popup): claimed sender, origin, authentication, links, every
 * finding with its evidence, and the state of each check, as sentences. Text only; untrusted values are
 * bidi-isolated. No internal ids, raw tags or raw transport errors (those stay in the copied text report).
 */
import type { Report, CheckState } from '../../core/model/report.js';
import { el, untrustedText } from '../shared/dom.js';
import { hasText, tr, type Lang } from '../shared/i18n.js';
import { findingText } from '../banner/headline.js';
import { checkSentence, checkStateKey, type CheckSentence } from '../shared/check-sentences.js';

type Ctx = { doc: Document; lang: Lang };

function section(c: Ctx, titleKey: string, ...body: (Node | null)[]): HTMLElement {
  return el(c.doc, 'section', { className: 'section' }, el(c.doc, 'h3', {}, tr(titleKey, c.lang)), ...body);
}

/** A label/value row; the value is untrusted text unless a node is given. */
function row(c: Ctx, labelKey: string, value: string | Node | null, extra?: string): HTMLElement {
  const v =
    value === null || value === ''
      ? el(c.doc, 'span', { className: 'none' }, tr('report.none', c.lang))
      : typeof value === 'string'
        ? untrustedText(c.doc, value)
        : value;
  return el(
    c.doc,
    'div',
    { className: 'row' },
    el(c.doc, 'span', { className: 'label' }, tr(labelKey, c.lang)),
    v,
    extra ? el(c.doc, 'span', { className: 'extra' }, extra) : null,
  );
}

/** Every finding in its full (technical) sentence with its evidence, strongest first. */
export function allFindingsSection(c: Ctx, r: Report): HTMLElement | null {
  const shown = r.findings;
  if (!shown.length) return null;
  const items = shown.map((f) =>
    el(
      c.doc,
      'li',
      { className: `finding sev-${f.severity}`, attrs: { 'data-finding': f.id } },
      el(c.doc, 'span', { untrusted: true }, findingText(f, c.lang)),
      f.evidence.length
        ? el(
            c.doc,
            'ul',
            { className: 'evidence' },
            ...f.evidence.map((e) => el(c.doc, 'li', {}, e.label ? `${e.label}: ` : '', untrustedText(c.doc, e.value, 'mono'))),
          )
        : null,
    ),
  );
  return section(c, 'ui.popup.allFindings', el(c.doc, 'ul', { className: 'findings' }, ...items));
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
  const fc =
    ptr && o?.fcrdns === true ? tr('report.fcrdnsYes', c.lang) : ptr && o?.fcrdns === false ? tr('report.fcrdnsNo', c.lang) : undefined;
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

const TEMPORARY = new Set(['temperror']);

/** "TXT x: TXT x: error" -> "TXT x: error": a reason that repeats its own prefix is shown once. */
export function dedupePrefix(s: string): string {
  let out = s;
  for (let k = 0; k < 4; k++) {
    const next = out.replace(/^(.{1,200}?): \1: /u, '$1: ');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** One auth line: a check that did not complete shows a sentence (never pass, never the raw transport error). */
function authLine(c: Ctx, name: string, result: string | null, reason: string | null, state: CheckState | undefined): HTMLElement {
  const unavailable = result === null ? state !== undefined && state.status !== 'done' : TEMPORARY.has(result);
  const sentence = state ? checkSentence(state, c.lang) : null;
  const unavailableText =
    sentence && !sentence.done
      ? sentence.state
      : tr(checkStateKey({ name, status: 'unavailable', reason }) ?? 'plain.state.temporary', c.lang);
  const shown = unavailable ? unavailableText : result === null ? tr('report.none', c.lang) : result;
  const cls = unavailable ? 'unverified' : (result ?? 'none');
  const why = unavailable ? null : reason ? dedupePrefix(reason) : null;
  return el(
    c.doc,
    'div',
    { className: 'row auth', attrs: { 'data-check': name, 'data-result': unavailable ? 'unverified' : (result ?? 'none') } },
    el(c.doc, 'span', { className: 'label' }, name.toUpperCase()),
    el(c.doc, 'span', { className: `result r-${cls}` }, shown),
    why ? el(c.doc, 'span', { className: 'extra' }, untrustedText(c.doc, why)) : null,
  );
}

export function authSection(c: Ctx, r: Report): HTMLElement {
  const a = r.auth;
  const st = (n: string) => r.checks.find((x) => x.name === n);
  const lines: HTMLElement[] = [];
  lines.push(authLine(c, 'spf', a.spf?.result ?? null, a.spf ? `${a.spf.domain} / ${a.spf.ip}: ${a.spf.reason}` : null, st('spf')));
  if (a.dkim.length)
    for (const d of a.dkim)
      lines.push(
        authLine(
          c,
          'dkim',
          d.result,
          `d=${d.domain} s=${d.selector}: ${d.reason}${d.weaknesses.length ? ` [${d.weaknesses.join(', ')}]` : ''}`,
          st('dkim'),
        ),
      );
  else lines.push(authLine(c, 'dkim', null, null, st('dkim')));
  lines.push(authLine(c, 'dmarc', a.dmarc?.result ?? null, a.dmarc?.reason ?? null, st('dmarc')));
  lines.push(authLine(c, 'arc', a.arc?.result ?? null, a.arc?.reason ?? null, st('arc')));
  for (const h of a.receiver) {
    const label = h.authservId ? `${tr('ui.popup.receiverSays', c.lang)} (${h.authservId})` : tr('ui.popup.receiverSays', c.lang);
    lines.push(
      el(
        c.doc,
        'div',
        { className: 'row receiver' },
        el(c.doc, 'span', { className: 'label' }, label),
        untrustedText(c.doc, h.methods.map((m) => `${m.method}=${m.result}`).join(' '), 'mono'),
      ),
    );
  }
  return section(c, 'report.domainSays', ...lines);
}

function flagText(flag: string, lang: Lang): string | null {
  const key = `ui.flag.${flag}`;
  return hasText(key) ? tr(key, lang) : null;
}

export function linksSection(c: Ctx, r: Report): HTMLElement {
  if (!r.links.length) return section(c, 'report.links', el(c.doc, 'p', {}, tr('report.noLinks', c.lang)));
  const items = r.links.map((l) => {
    const flags = l.flags.map((f) => flagText(f, c.lang)).filter((f): f is string => f !== null);
    return el(
      c.doc,
      'li',
      { className: l.flags.length ? 'link flagged' : 'link' },
      l.text && l.text !== l.href ? el(c.doc, 'div', {}, untrustedText(c.doc, l.text)) : null,
      l.source === 'qr'
        ? el(c.doc, 'div', { className: 'extra qr' }, untrustedText(c.doc, tr('report.qrCodeIn', c.lang, { file: l.foundIn ?? '' })))
        : null,
      l.shownHost
        ? el(c.doc, 'div', { className: 'extra' }, `${tr('ui.popup.linkShown', c.lang)}: `, untrustedText(c.doc, l.shownHost, 'mono'))
        : null,
      el(c.doc, 'div', {}, `${tr('report.linkGoesTo', c.lang)} `, untrustedText(c.doc, l.target, 'mono target')),
      l.chain && l.chain.length > 1
        ? el(c.doc, 'div', { className: 'extra' }, `${tr('report.linkChain', c.lang)}: `, untrustedText(c.doc, l.chain.join(' → ')))
        : l.unwrapped.length
          ? el(
              c.doc,
              'div',
              { className: 'extra' },
              `${tr('ui.popup.linkWrapped', c.lang)}: `,
              untrustedText(c.doc, l.unwrapped.join(' → ')),
            )
          : null,
      l.asn != null
        ? el(c.doc, 'div', { className: 'extra' }, `${tr('report.network', c.lang)}: AS${l.asn}${l.asName ? ` ${l.asName}` : ''}`)
        : null,
      flags.length ? el(c.doc, 'div', { className: 'flags' }, ...flags.map((f) => el(c.doc, 'span', { className: 'flag' }, f))) : null,
    );
  });
  return section(c, 'report.links', el(c.doc, 'ul', { className: 'links' }, ...items));
}

function checkItem(c: Ctx, s: CheckSentence): HTMLElement {
  return el(
    c.doc,
    'li',
    { className: s.done ? 'check done' : 'check not-done', attrs: { 'data-check-state': s.name } },
    el(c.doc, 'span', { className: 'label' }, s.label),
    ' — ',
    el(c.doc, 'span', { className: 'state' }, s.state),
  );
}

/** Every check and its state as a sentence (admin details). */
export function checksSection(c: Ctx, r: Report): HTMLElement | null {
  if (!r.checks.length) return null;
  return section(
    c,
    'ui.popup.checks',
    el(c.doc, 'ul', { className: 'checks' }, ...r.checks.map((x) => checkItem(c, checkSentence(x, c.lang)))),
  );
}

/** Checks that did not run, listed apart from the findings (they are not a sign of phishing). */
export function couldNotCheckList(c: Ctx, items: CheckSentence[]): HTMLElement | null {
  if (!items.length) return null;
  return el(
    c.doc,
    'section',
    { className: 'section could-not-check' },
    el(c.doc, 'h2', {}, tr('ui.popup.couldNotCheck', c.lang)),
    el(c.doc, 'ul', { className: 'unavailable' }, ...items.map((s) => checkItem(c, s))),
  );
}
