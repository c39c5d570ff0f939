import { availableParallelism, tmpdir } from 'node:os';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Sensitivity } from '../../core/deps.js';
import { parseArgs, allValues, lastValue, UsageError, SETTINGS_FLAGS } from '../args.js';
import { langOf } from './analyze.js';
import { exitCodeFor } from '../exit-codes.js';
import { readInput } from '../../platform/node/read-input.js';
import type { CliIo } from '../io.js';
import { ScanPool } from '../scan/pool.js';
import { SCAN_WORKER_MARK, type WorkerInit } from '../scan/worker.js';
import { ScanState, StateError, type EncodedRecord, type StoredRecord } from '../scan/resume.js';
import { openSource } from '../scan/sources/open-source.js';
import { scanNetwork } from '../scan/network.js';
import { groupCampaigns } from '../scan/campaign.js';
import { analyzeOne } from '../scan/analyze-one.js';
import { scanDeps } from '../scan/worker.js';
import { Progress } from '../scan/progress.js';
import { byKey, type CampaignView, type ScanResult } from '../scan/scan-result.js';
import { jsonlLines } from '../scan/output-jsonl.js';
import { csvLines } from '../scan/output-csv.js';
import { htmlReport } from '../scan/output-html.js';
import { scanSummary } from '../scan/summary.js';
import type { CampaignFeatures, ScanFault, ScanItem } from '../scan/types.js';
import { InputError } from '../../platform/node/read-input.js';

export const SCAN_USAGE = `sender-lens scan SOURCE [--format jsonl|csv|html] [--out FILE] [--workers N] [--like FILE.eml] [--resume STATE]
    [--doh URL | --dns-fixture ZONE.json] [--doh-ca CA.pem] [--dns-budget N] [--max-size BYTES]
    [--password-file FILE] [--imap-ca CA.pem] [--timeout MS] [analyze's --own-domain, --org-name, --trusted-host,
    --trusted-authserv-id, --allow, --sensitivity, --lang, --now]
  SOURCE: a Maildir, an mbox file, a folder of .eml files, or imaps://user@host[:port]/MAILBOX (read-only; password
  from --password-file or SENDER_LENS_IMAP_PASSWORD, never the command line). Offline unless --doh/--dns-fixture.
  Exit code as analyze, for the highest verdict found.`;

const SPEC = {
  values: [
    'format',
    'out',
    'workers',
    'like',
    'resume',
    'doh',
    'dns-fixture',
    'doh-ca',
    'dns-timeout',
    'dns-budget',
    'max-size',
    'password-file',
    'imap-ca',
    'timeout',
    ...SETTINGS_FLAGS,
  ],
  booleans: ['offline'],
};

/** Default limit on one message's size (the core analyses a 25 MB message in about 0.3 s). */
export const DEFAULT_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

function intFlag(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} takes an integer >= ${min}, got ${value}`);
  return n;
}

async function writeAll(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let error: Error | null = null;
  out.on('error', (e) => {
    error = e;
  });
  for (const chunk of chunks) {
    if (error) break;
    if (!out.write(chunk)) await once(out, 'drain').catch(() => {});
  }
  out.end();
  await finished(out).catch(() => {});
  if (error) throw new InputError(`--out ${path}: ${(error as Error).message}`);
}

export async function runScan(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.positionals.length !== 1) throw new UsageError(`give exactly one SOURCE\n${SCAN_USAGE}`);
  const sourceArg = args.positionals[0]!;
  const format = lastValue(args, 'format') ?? 'jsonl';
  if (!['jsonl', 'csv', 'html'].includes(format)) throw new UsageError(`--format takes jsonl, csv or html, got ${format}`);
  if (args.booleans.has('offline') && (args.values.has('doh') || args.values.has('dns-fixture')))
    throw new UsageError('--offline cannot go with --doh or --dns-fixture');
  const lang = langOf(lastValue(args, 'lang'));
  const sensitivity = (lastValue(args, 'sensitivity') ?? 'normal') as Sensitivity;
  if (!['low', 'normal', 'high'].includes(sensitivity)) throw new UsageError('--sensitivity takes low, normal or high');
  const nowArg = lastValue(args, 'now');
  const clockOffsetMs = nowArg === undefined ? 0 : Date.parse(nowArg) - Date.now();
  if (Number.isNaN(clockOffsetMs)) throw new UsageError(`--now takes an ISO date, got ${nowArg}`);
  const now = (): number => Date.now() + clockOffsetMs;
  const workers = intFlag(lastValue(args, 'workers'), 'workers', availableParallelism(), 1);
  const maxBytes = intFlag(lastValue(args, 'max-size'), 'max-size', DEFAULT_MAX_MESSAGE_BYTES, 1);
  const timeoutMs = intFlag(lastValue(args, 'timeout'), 'timeout', 30_000, 1);
  const outFile = lastValue(args, 'out');
  if (outFile) {
    // Fail before a long scan, not after it.
    try {
      closeSync(openSync(outFile, 'w'));
    } catch (e) {
      throw new InputError(`--out ${outFile}: ${(e as Error).message}`);
    }
  }
  const likeFile = lastValue(args, 'like');
  const likeRaw = likeFile ? await readInput(likeFile) : null;

  const settings = {
    ownDomains: allValues(args, 'own-domain'),
    ownOrgNames: allValues(args, 'org-name'),
    trustedHosts: allValues(args, 'trusted-host'),
    trustedAuthservIds: allValues(args, 'trusted-authserv-id'),
    allowlist: allValues(args, 'allow'),
    sensitivity,
  };
  const network = await scanNetwork(args, now);
  const init: WorkerInit = { mark: SCAN_WORKER_MARK, lang, settings, clockOffsetMs, network: network.resolver !== null, maxBytes };
  // The state file belongs to one source and one set of analysis options (a changed option changes results).
  const optionsId = JSON.stringify({ lang, settings, network: network.describe, now: nowArg ?? null });
  const resumePath = lastValue(args, 'resume');
  const spoolDir = resumePath ? null : mkdtempSync(join(tmpdir(), 'sender-lens-scan-'));
  let state: ScanState;
  try {
    state = new ScanState(resumePath ?? join(spoolDir!, 'state.jsonl'), sourceArg, optionsId);
  } catch (e) {
    await network.close();
    if (e instanceof StateError) throw new UsageError(e.message);
    throw new InputError(`--resume ${resumePath}: ${(e as Error).message}`);
  }
  // Faults with the position of the message they belong to (or the next one read): listed in source order.
  const faultLog: { seq: number; fault: ScanFault }[] = [];
  let seq = 0;
  const cpuAtStart = (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  const progress = new Progress(io.progress ?? null);
  let pool: ScanPool | null = null;
  let opened: Awaited<ReturnType<typeof openSource>> | null = null;
  let analyzedNow = 0;
  try {
    opened = await openSource(sourceArg, {
      passwordFile: lastValue(args, 'password-file'),
      env: io.env ?? {},
      imapCa: lastValue(args, 'imap-ca'),
      timeoutMs,
      maxBytes,
    });
    const src = opened.source;
    const total = (): number | null => src.total();
    pool = new ScanPool({
      entry: io.workerEntry ?? null,
      workers,
      init,
      resolver: network.resolver,
      onResults: (batch) => {
        const done: EncodedRecord[] = [];
        for (const r of batch.results) {
          if (r.kind === 'done') done.push(r);
          else faultLog.push({ seq: r.seq, fault: r.fault });
        }
        if (done.length) state.appendBatch(batch.records, done);
        analyzedNow += done.length;
        progress.update(state.records.length, total(), faultLog.length);
      },
    });
    // Message files are read by the workers; the main thread only lists them (deferRead).
    const items = src.messages({
      skip: (k) => state.has(k),
      fault: (fault) => faultLog.push({ seq, fault }),
      maxBytes,
      deferRead: io.workerEntry !== undefined,
    });
    // A source that breaks off (an I/O error in the middle of an mbox...) ends the reading, not the scan: what was
    // read is analyzed and reported, the break is a fault.
    const guarded = async function* (): AsyncGenerator<ScanItem> {
      try {
        yield* items;
      } catch (e) {
        faultLog.push({ seq, fault: { kind: 'read-error', where: sourceArg, detail: `reading stopped: ${(e as Error).message}` } });
      }
    };
    try {
      for await (const item of guarded()) {
        await pool.ready();
        pool.submit({
          seq: seq++,
          key: item.key,
          mailbox: item.mailbox,
          file: item.file,
          ...(item.raw ? { raw: item.raw } : { path: item.path! }),
        });
      }
      await pool.drain();
    } catch (e) {
      throw new InputError(`${state.path}: cannot record results: ${(e as Error).message}`);
    }
    const faults = faultLog.sort((a, b) => a.seq - b.seq).map((f) => f.fault);
    const scanMs = progress.elapsedMs();
    const cpuMs = (process.cpuUsage().user + process.cpuUsage().system) / 1000 - cpuAtStart;
    progress.finish();

    // --like: the example joins the grouping as one more message; only its campaign is printed.
    let likeFeatures: CampaignFeatures | null = null;
    if (likeRaw) likeFeatures = (await analyzeOne(likeFile!, likeRaw, scanDeps(init, network.resolver), lang)).features;
    const records = [...state.records].sort(byKey);
    const { campaigns, campaignOf } = groupCampaigns([...records.map((r) => r.features), ...(likeFeatures ? [likeFeatures] : [])]);
    const idOf = new Map<StoredRecord, string | null>(records.map((r, i) => [r, campaignOf[i] ?? null]));
    let shown = records;
    let views: CampaignView[] = campaigns.map((c) => {
      const members = c.members.filter((m) => m < records.length).map((m) => records[m]!);
      return {
        id: c.id,
        reasons: c.reasons,
        members,
        mailboxes: [...new Set(members.map((m) => m.mailbox))],
        recipients: [...new Set(members.flatMap((m) => m.summary.recipients))],
      };
    });
    if (likeFeatures) {
      const likeCampaign = campaignOf[records.length] ?? null;
      shown = likeCampaign ? records.filter((r) => idOf.get(r) === likeCampaign) : [];
      views = views.filter((v) => v.id === likeCampaign);
    }
    const result: ScanResult = {
      source: sourceArg,
      records: shown,
      campaignOf: (r) => idOf.get(r) ?? null,
      campaigns: views,
      faults,
      line: (r) => state.line(r),
      like: likeFile ?? null,
    };
    const lines = format === 'csv' ? csvLines(result) : format === 'html' ? htmlReport(result) : jsonlLines(result);
    if (outFile) {
      await writeAll(outFile, lines);
    } else {
      for (const chunk of lines) io.stdout(chunk);
    }
    io.stderr(
      scanSummary({
        total: state.records.length,
        analyzedNow,
        resumed: state.resumed,
        elapsedMs: scanMs,
        cpuMs,
        workers: io.workerEntry ? workers : 0,
        records: state.records,
        campaigns,
        faults,
        network: network.describe,
        dnsSent: network.budget?.sent() ?? null,
        dnsRefused: network.budget?.refused() ?? null,
        reconnects: opened.reconnects(),
        shown: shown.length,
        like: likeFile ?? null,
      }),
    );
    return shown.reduce((worst, r) => Math.max(worst, exitCodeFor(r.summary.verdict)), 0);
  } finally {
    await pool?.close();
    await opened?.source.close();
    await network.close();
    state.close();
    if (spoolDir) rmSync(spoolDir, { recursive: true, force: true });
  }
}
