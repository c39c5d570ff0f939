import type { Report } from '../model/report.js';
import type { Finding } from '../model/finding.js';
import { t, type Lang } from '../i18n/index.js';
import { formatReputationLines } from './format-reputation.js';

/**
 * The report as plain text, walking the evidence the way an expert would: who the mail claims to be from,
 * who really sent it, what the sender's domain says, where the links go, and the verdict.
 * Used by the CLI and by the popup's "copy for your admin". Plain text only; callers never render it as HTML.
 */
export function formatReportText(report: Report, lang: Lang): string {
  const L = (key: string, params = {}) => t(key, params, lang);
  const none = L('report.none');
  const out: string[] = [];
  const section = (key: string) => out.push('', `== ${L(key)} ==`);

  out.push(`${L('report.verdict')}: ${L(`verdict.${report.verdict}`)} (${report.verdict})`);
  out.push(`${L('report.strength')}: ${L(`strength.${report.strength}`)}`);

  section('report.claimed');
  const from = report.message.from;
  out.push(`  ${L('report.displayName')}: ${from?.name || none}`);
  out.push(`  ${L('report.address')}: ${from?.address || none}`);
  if (report.message.replyTo.length) out.push(`  ${L('report.replyTo')}: ${report.message.replyTo.map((a) => a.address).join(', ')}`);
  out.push(`  ${L('report.returnPath')}: ${report.message.returnPath ?? none}`);
  out.push(`  ${L('report.subject')}: ${report.message.subject || none}`);
  if (report.claimedEntity)
    out.push(`  ${L('report.claimedEntity')}: ${report.claimedEntity.name} (${report.claimedEntity.domains.join(', ')})`);

  section('report.real');
  const o = report.origin;
  out.push(`  ${L('report.originIp')}: ${o?.ip ?? none}`);
  out.push(`  ${L('report.helo')}: ${o?.helo ?? none}`);
  const ptr = o?.ptr?.length ? o.ptr.join(', ') : (o?.rdns ?? none);
  const fc = o?.fcrdns === true ? ` ${L('report.fcrdnsYes')}` : o?.fcrdns === false ? ` ${L('report.fcrdnsNo')}` : '';
  out.push(`  ${L('report.rdns')}: ${ptr}${fc}`);
  if (o?.asn != null) out.push(`  ${L('report.network')}: AS${o.asn} ${o.asName ?? ''} ${o.prefix ?? ''}`.trimEnd());
  if (o?.country) out.push(`  ${L('report.country')}: ${o.country}`);
  out.push(`  ${L('report.route')}:`);
  for (const h of report.hops) {
    const bits = [
      `#${h.index}`,
      `${h.helo ?? '?'} [${h.ip ?? '?'}]`,
      `-> ${h.by ?? '?'}`,
      h.with ?? '',
      h.tls ? L('report.tls') : L('report.noTls'),
      h.delaySeconds != null ? L('report.delay', { seconds: h.delaySeconds }) : '',
      h.trusted ? `(${L('report.trusted')})` : '',
    ];
    out.push(`    ${bits.filter(Boolean).join(' ')}`);
  }

  section('report.domainSays');
  const a = report.auth;
  const checkState = (name: string) => report.checks.find((c) => c.name === name);
  const line = (name: string, result: string | undefined, reason: string | undefined) => {
    const st = checkState(name);
    const shown = result ?? (st && st.status !== 'done' ? L('report.notChecked') : none);
    out.push(`  ${name.toUpperCase()}: ${shown}${reason ? ` — ${reason}` : ''}`);
  };
  line('spf', a.spf?.result, a.spf ? `${a.spf.domain} / ${a.spf.ip}: ${a.spf.reason}` : (checkState('spf')?.reason ?? undefined));
  if (a.dkim.length) for (const d of a.dkim) line('dkim', d.result, `d=${d.domain} s=${d.selector}: ${d.reason}`);
  else line('dkim', undefined, checkState('dkim')?.reason ?? undefined);
  line('dmarc', a.dmarc?.result, a.dmarc ? a.dmarc.reason : (checkState('dmarc')?.reason ?? undefined));
  line('arc', a.arc?.result, a.arc ? a.arc.reason : (checkState('arc')?.reason ?? undefined));
  for (const h of a.receiver) {
    out.push(`  Authentication-Results (${h.authservId ?? '?'}): ${h.methods.map((m) => `${m.method}=${m.result}`).join(' ')}`);
  }

  section('report.links');
  if (!report.links.length) out.push(`  ${L('report.noLinks')}`);
  for (const l of report.links) {
    const shown = l.text && l.text !== l.href ? `"${l.text}" ` : '';
    const as = l.asn != null ? ` (AS${l.asn} ${l.asName ?? ''})` : '';
    const qr = l.source === 'qr' ? `${L('report.qrCodeIn', { file: l.foundIn ?? '' })}: ` : '';
    out.push(`  ${qr}${shown}${L('report.linkGoesTo')} ${l.target}${as}${l.flags.length ? ` [${l.flags.join(', ')}]` : ''}`);
    if (l.chain && l.chain.length > 1) out.push(`    ${L('report.linkChain')} ${l.chain.join(' → ')}`);
  }

  const rep = formatReputationLines(report.reputation, lang);
  if (rep.length) out.push('', ...rep);

  section('report.findings');
  for (const f of report.findings) out.push(`  ${formatFindingLine(f, lang)}`);
  if (!report.findings.length) out.push(`  ${none}`);
  for (const c of report.checks)
    if (c.status !== 'done') out.push(`  (${c.name}: ${L('report.notChecked')}${c.reason ? ` — ${c.reason}` : ''})`);
  return out.join('\n') + '\n';
}

export function formatFindingLine(f: Finding, lang: Lang): string {
  const ev = f.evidence.map((e) => (e.label ? `${e.label}: ${e.value}` : e.value)).join(' | ');
  const inner = (f.inner ?? [])
    .map((x) => `\n      ${t('report.inAttachedMessage', {}, lang)}: ${formatFindingLine(x, lang).replace(/\n/g, '\n  ')}`)
    .join('');
  return `[${f.severity}] ${t(f.messageKey, f.params, lang)} (${f.id})${ev ? `\n      ${ev}` : ''}${inner}`;
}
