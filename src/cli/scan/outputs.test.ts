import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCell, csvLines } from './output-csv.js';
import { escapeHtml, htmlReport } from './output-html.js';
import { jsonlLines } from './output-jsonl.js';
import { ScanState, StateError } from './resume.js';
import { progressLine, formatDuration } from './progress.js';
import { withRequestBudget, createBridgeResolver, answerQuestion } from './dns-bridge.js';
import { createNoneResolver } from '../../core/dns/index.js';
import type { ScanResult } from './scan-result.js';
import type { MessageSummary, CampaignFeatures } from './types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-scan-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const summary = (over: Partial<MessageSummary> = {}): MessageSummary => ({
  file: 'f.eml',
  verdict: 'danger',
  score: 9,
  from: 'A <a@x.example>',
  subject: 's',
  date: null,
  recipients: ['r@y.example'],
  findings: ['spf-fail'],
  ...over,
});
const features: CampaignFeatures = { sender: null, links: [], infra: null, senderSubject: null, minhash: null };

describe('state file', () => {
  it('appends records, reads result lines back by offset (UTF-8), reloads them, ignores a torn line', () => {
    const p = join(dir, 'state.jsonl');
    const s = new ScanState(p, 'SRC', 'opts');
    s.append('k1', 'mb', summary({ subject: '件名 ✓' }), features, '{"file":"件名","verdict":"danger"}');
    s.append('k2', 'mb', summary(), features, '{"file":"b"}');
    expect(s.line(s.records[0]!)).toBe('{"file":"件名","verdict":"danger"}');
    s.close();
    writeFileSync(p, `${readFileSync(p, 'utf8')}{"key":"k3","mailb`);
    const again = new ScanState(p, 'SRC', 'opts');
    expect(again.resumed).toBe(2);
    expect(again.has('k1') && again.has('k2') && !again.has('k3')).toBe(true);
    expect(again.line(again.records[1]!)).toBe('{"file":"b"}');
    again.append('k3', 'mb', summary(), features, '{"file":"c"}');
    again.close();
    const third = new ScanState(p, 'SRC', 'opts');
    expect(third.records.map((r) => third.line(r))).toEqual(['{"file":"件名","verdict":"danger"}', '{"file":"b"}', '{"file":"c"}']);
    third.close();
    expect(() => new ScanState(p, 'OTHER', 'opts')).toThrow(StateError);
    writeFileSync(join(dir, 'x'), 'hello\n');
    expect(() => new ScanState(join(dir, 'x'), 'SRC', 'opts')).toThrow(/not a sender-lens scan state/);
  });
});

function result(state: ScanState): ScanResult {
  return {
    source: 'SRC <x>',
    records: state.records,
    campaignOf: (r) => (r.key === 'k1' ? 'c1' : null),
    campaigns: [{ id: 'c1', reasons: ['link'], members: [state.records[0]!], mailboxes: ['mb'], recipients: ['r@y.example'] }],
    faults: [{ kind: 'oversize', where: 'w', detail: '<b>big</b>' }],
    line: (r) => state.line(r),
    like: null,
  };
}

describe('outputs', () => {
  it('JSONL: the analyze object plus mailbox and campaign', () => {
    const s = new ScanState(join(dir, 's'), 'SRC', 'o');
    s.append('k1', 'mb "1"', summary(), features, '{"file":"a","verdict":"danger"}');
    expect([...jsonlLines(result(s))]).toEqual(['{"file":"a","verdict":"danger","mailbox":"mb \\"1\\"","campaign":"c1"}\n']);
    s.close();
  });
  it('CSV: RFC 4180 quoting and no formula injection', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(null)).toBe('');
    const s = new ScanState(join(dir, 's'), 'SRC', 'o');
    s.append('k1', 'mb', summary({ subject: '@SUM(A1)' }), features, '{}');
    const lines = [...csvLines(result(s))];
    expect(lines[0]).toBe('file,mailbox,verdict,score,from,subject,date,recipients,findings,campaign\r\n');
    expect(lines[1]).toBe("f.eml,mb,danger,9,A <a@x.example>,'@SUM(A1),,r@y.example,spf-fail,c1\r\n");
    s.close();
  });
  it('HTML: message text escaped, bidi shown, CSP allowing only the inline sorter by hash', () => {
    expect(escapeHtml('<img src=x onerror="a">&\u202e')).toBe('&#60;img src=x onerror=&#34;a&#34;&#62;&#38;\\u{202e}');
    const s = new ScanState(join(dir, 's'), 'SRC', 'o');
    s.append('k1', 'mb', summary({ subject: '<script>alert(1)</script>', from: '"><svg onload=x>' }), features, '{}');
    const html = [...htmlReport(result(s))].join('');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<b>big');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/,
    );
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('r@y.example');
    s.close();
  });
});

describe('progress', () => {
  it('shows done/total, rate, ETA and faults', () => {
    expect(progressLine(50, 100, 1000, 0)).toBe('[############............] 50/100  50 msg/s  ETA 1s');
    expect(progressLine(10, null, 2000, 2)).toBe('10 messages  5 msg/s  2 faults');
    expect(formatDuration(3725)).toBe('1h02m');
    expect(formatDuration(75)).toBe('1m15s');
  });
});

describe('DNS for scans', () => {
  it('the request budget refuses past its limit with a temporary failure', async () => {
    const b = withRequestBudget(createNoneResolver(), 2);
    await b.query('a.example', 'A');
    await b.query('b.example', 'A');
    const third = await b.query('c.example', 'A');
    expect(third.status).toBe('error');
    expect(third.error).toMatch(/budget/);
    expect([b.sent(), b.refused()]).toEqual([2, 1]);
  });
  it('a worker-side resolver gets its answers from the main thread by message', async () => {
    const main = createNoneResolver();
    const bridge = createBridgeResolver((q) => {
      void answerQuestion(main, q).then((a) => bridge.answer(a));
    });
    const r = await bridge.resolver.query('x.example', 'TXT');
    expect(r).toMatchObject({ name: 'x.example', type: 'TXT', status: 'offline' });
  });
});
