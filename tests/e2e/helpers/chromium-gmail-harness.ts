/**
 * In-page harness for the Gmail adapter test: runs the real content-script logic (runWebmailContent + the shared
 * banner) in a page served from 127.0.0.1, with the location's hostname presented as mail.google.com and the
 * background replaced by a recorder. Bundled by tests/e2e/gmail-adapter.test.ts with esbuild.
 */
import { runWebmailContent } from '../../../src/platform/webmail/content-runner.js';
import type { BannerPlacement, MiniDocument } from '../../../src/platform/webmail/dom.js';
import type { WebmailRequest } from '../../../src/platform/webmail/protocol.js';
import type { Report } from '../../../src/core/model/report.js';
import { mountBanner } from '../../../src/ui/banner/index.js';

interface Recorded {
  key: string;
  raw: string;
  exact: boolean;
  visible: string[];
}

const recorded: Recorded[] = [];
const failures: string[] = [];

function fakeReport(): Report {
  return {
    schema: 1,
    verdict: 'danger',
    score: 90,
    strength: 'strong',
    findings: [],
    message: { from: null, replyTo: [], to: [], returnPath: null, subject: '', date: null, messageId: null },
    claimedEntity: null,
    origin: null,
    hops: [],
    auth: { spf: null, dkim: [], dmarc: null, arc: null, receiver: [], ignoredReceiverHeaders: [] },
    links: [],
    checks: [],
    warnings: [],
    elapsedMs: 0,
  };
}

function mountAt(placement: BannerPlacement, key: string, report: Report): void {
  const anchor = placement.anchor as unknown as Element;
  const slot = document.createElement('div');
  slot.setAttribute('data-sender-lens-slot', key);
  if (placement.position === 'before') anchor.before(slot);
  else anchor.prepend(slot);
  mountBanner(slot, report, { lang: 'en', onOpenReport: () => undefined });
}

const loc = {
  href: `https://mail.google.com${location.pathname}${location.search}`,
  origin: location.origin,
  pathname: location.pathname,
  hostname: 'mail.google.com',
  search: location.search,
};

(globalThis as Record<string, unknown>).senderLensGmailHarness = { recorded, failures };

void runWebmailContent({
  location: loc,
  document: document as unknown as MiniDocument,
  fetch: (url, init) => fetch(url, init),
  send: async (req: WebmailRequest) => {
    if (req.type === 'webmail-analyze') {
      recorded.push({ key: req.key, raw: req.raw, exact: req.exact, visible: req.visible });
      return { ok: true, value: { state: { status: 'ready', report: fakeReport() }, lang: 'en', sha256: '' } };
    }
    if (req.type === 'webmail-fetch-failed') failures.push(`${req.key}: ${req.reason}`);
    return { ok: true, value: null };
  },
  mount: (placement, state, _lang, key) => {
    if (state.status === 'ready') mountAt(placement, key, state.report);
  },
  observe: (onChange) => {
    const mo = new MutationObserver(onChange);
    mo.observe(document.body, { childList: true, subtree: true });
    return () => mo.disconnect();
  },
  nonce: () => String(recorded.length + failures.length),
});
