/**
 * --format html: one self-contained page (no external assets): counts per verdict and per finding, the campaigns
 * with their mailboxes and recipients, the faults, and a table of every message that sorts when a column header is
 * clicked. Message-derived text is escaped (and control/bidi characters shown as escapes) before it is written;
 * the page's Content-Security-Policy allows only its own inline style and the one inline sorting script (by hash),
 * so nothing can be loaded even if a value slipped through.
 */
import { createHash } from 'node:crypto';
import { sanitizeForTerminal } from '../terminal.js';
import { countBy, type ScanResult } from './scan-result.js';

export function escapeHtml(text: string): string {
  return sanitizeForTerminal(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VERDICTS = ['danger', 'caution', 'ok', 'unknown'] as const;

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f2f2f2}#messages th{cursor:pointer;user-select:none}#messages th[aria-sort]::after{content:" \\2195"}
td.danger{background:#f8d7da;font-weight:bold}td.caution{background:#fff3cd}td.ok{background:#d4edda}td.unknown{background:#eee}
.counts td:last-child{text-align:right}#messages td:nth-child(6),#messages td:nth-child(8),#messages td:nth-child(9){font-size:.8em;word-break:break-all}.small{color:#555;font-size:.9em}li{margin:.2em 0}`;

/** Sorts #messages by the clicked column (numbers numerically); touches the DOM only by moving existing rows. */
const SCRIPT = `(function(){var t=document.getElementById('messages');if(!t)return;var hs=t.tHead.rows[0].cells;
for(var i=0;i<hs.length;i++)(function(c){hs[c].setAttribute('aria-sort','none');hs[c].addEventListener('click',function(){
var asc=hs[c].getAttribute('aria-sort')!=='ascending';for(var j=0;j<hs.length;j++)hs[j].setAttribute('aria-sort','none');
hs[c].setAttribute('aria-sort',asc?'ascending':'descending');var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);
rows.sort(function(x,y){var p=x.cells[c].getAttribute('data-v')||x.cells[c].textContent,q=y.cells[c].getAttribute('data-v')||y.cells[c].textContent;
var n=parseFloat(p),m=parseFloat(q),r=(!isNaN(n)&&!isNaN(m))?n-m:p.localeCompare(q);return asc?r:-r;});
rows.forEach(function(r){b.appendChild(r);});});})(i);})();`;

const RANK: Record<string, number> = { danger: 3, caution: 2, unknown: 1, ok: 0 };

export function* htmlReport(res: ScanResult): Generator<string> {
  const e = escapeHtml;
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src 'none'; form-action 'none'; base-uri 'none'`;
  yield `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp}">\n`;
  yield `<meta name="referrer" content="no-referrer"><title>Sender Lens scan report</title><style>${STYLE}</style></head><body>\n`;
  yield `<h1>Sender Lens scan report</h1>\n<p class="small">Source: ${e(res.source)}${res.like ? ` · messages of the same campaign as ${e(res.like)}` : ''} · ${res.records.length} messages</p>\n`;

  const verdictCounts = new Map(countBy(res.records, (r) => [r.summary.verdict]));
  yield '<h2>Verdicts</h2>\n<table class="counts" id="verdicts"><tbody>\n';
  for (const v of VERDICTS) yield `<tr><td class="${v}">${v}</td><td>${verdictCounts.get(v) ?? 0}</td></tr>\n`;
  yield '</tbody></table>\n';

  yield '<h2>Findings</h2>\n<table class="counts" id="findings"><thead><tr><th>finding</th><th>messages</th></tr></thead><tbody>\n';
  for (const [id, n] of countBy(res.records, (r) => [...new Set(r.summary.findings)])) yield `<tr><td>${e(id)}</td><td>${n}</td></tr>\n`;
  yield '</tbody></table>\n';

  yield `<h2>Campaigns (${res.campaigns.length})</h2>\n`;
  if (!res.campaigns.length) yield '<p>No two messages belong to the same campaign.</p>\n';
  yield '<ol id="campaigns">\n';
  for (const c of res.campaigns) {
    const worst = c.members.map((m) => m.summary.verdict).sort((a, b) => RANK[b]! - RANK[a]!)[0]!;
    const subjects = [...new Set(c.members.map((m) => m.summary.subject))].slice(0, 5);
    yield `<li id="campaign-${e(c.id)}"><b>${e(c.id)}</b>: ${c.members.length} messages, worst verdict <span class="${worst}">${worst}</span>, joined by ${e(c.reasons.join(', '))}\n<ul>`;
    yield `<li>Subjects: ${subjects.map(e).join(' · ')}</li>\n`;
    yield `<li>Mailboxes: ${c.mailboxes.map(e).join(', ')}</li>\n`;
    yield `<li>Recipients: <span class="recipients">${c.recipients.map(e).join(', ')}</span></li>\n`;
    yield `<li>Messages: ${c.members.map((m) => e(m.summary.file)).join('<br>')}</li></ul></li>\n`;
  }
  yield '</ol>\n';

  yield `<h2>Faults (${res.faults.length})</h2>\n`;
  if (res.faults.length) {
    yield '<table id="faults"><thead><tr><th>kind</th><th>where</th><th>detail</th></tr></thead><tbody>\n';
    for (const f of res.faults) yield `<tr><td>${e(f.kind)}</td><td>${e(f.where)}</td><td>${e(f.detail)}</td></tr>\n`;
    yield '</tbody></table>\n';
  } else {
    yield '<p>None: every message was read.</p>\n';
  }

  yield '<h2>Messages</h2>\n<p class="small">Click a column header to sort.</p>\n<table id="messages"><thead><tr>';
  for (const h of ['verdict', 'score', 'from', 'subject', 'date', 'findings', 'campaign', 'mailbox', 'file']) yield `<th>${h}</th>`;
  yield '</tr></thead><tbody>\n';
  for (const r of res.records) {
    const s = r.summary;
    const c = res.campaignOf(r);
    yield (
      `<tr><td class="${s.verdict}" data-v="${RANK[s.verdict]}">${s.verdict}</td><td>${s.score}</td><td>${e(s.from)}</td><td>${e(s.subject)}</td>` +
      `<td>${e(s.date ?? '')}</td><td>${e(s.findings.join(' '))}</td><td>${c ? `<a href="#campaign-${e(c)}">${e(c)}</a>` : ''}</td>` +
      `<td>${e(r.mailbox)}</td><td>${e(s.file)}</td></tr>\n`
    );
  }
  yield `</tbody></table>\n<script>${SCRIPT}</script>\n</body></html>\n`;
}
