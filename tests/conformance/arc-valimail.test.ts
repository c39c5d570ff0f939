/**
 * ARC validation suite (ValiMail arc_test_suite, draft-18 era): expected cv Pass / Fail / None ("" = fail).
 * Messages are stored with LF: converted to CRLF. Tiny t= timestamps are not treated as stale.
 *
 * Skipped cases (one list, reasons):
 *  - none skipped; cases that disagree with RFC 8617 are listed in KNOWN_DIFFERENCES below with the reason,
 *    and asserted to keep our result (so a change of behaviour is noticed).
 */
import { readFileSync } from 'node:fs';
import { verifyArc } from '../../src/core/auth/arc/index.js';
import { MemoryTxtResolver, zoneFromSingleStrings } from './helpers/dkim-resolver.js';
import { loadYamlStream } from './helpers/dkim-yaml.js';
import { CONFORMANCE, crlfText, fixedClock, webCrypto } from './helpers/dkim-files.js';
import { ARC_KNOWN_DIFFERENCES } from './skips.js';

interface Scenario {
  description: string;
  tests: Record<string, { message: string; cv: string; description?: string }>;
  'txt-records': Record<string, string>;
}

const docs = loadYamlStream(readFileSync(`${CONFORMANCE}/arc-valimail/arc-draft-validation-tests.yml`, 'utf8')) as Scenario[];
const now = fixedClock(1_700_000_000);

/** name -> [our result, reason the suite expects otherwise]. */
const KNOWN_DIFFERENCES = ARC_KNOWN_DIFFERENCES;

function expectedOf(cv: string): string {
  const c = (cv ?? '').toString().trim().toLowerCase();
  return c === 'pass' ? 'pass' : c === 'none' ? 'none' : 'fail';
}

describe('ARC valimail validation suite', () => {
  let total = 0;
  let passed = 0;
  const failures: string[] = [];
  for (const doc of docs.filter((d) => d && typeof d === 'object')) {
    const zone = zoneFromSingleStrings(doc['txt-records'] ?? {});
    for (const [name, tc] of Object.entries(doc.tests ?? {})) {
      total++;
      it(`${name}: ${tc.cv}`, async () => {
        const raw = crlfText(tc.message ?? '');
        const out = await verifyArc({ raw }, { resolver: new MemoryTxtResolver(zone), crypto: webCrypto, now });
        const want = expectedOf(tc.cv);
        const got = out.result === 'permerror' ? 'fail' : out.result;
        const known = KNOWN_DIFFERENCES[name];
        if (known) {
          expect(got).toBe(known[0]);
        } else {
          if (got !== want) failures.push(`${name}: want ${want} got ${got} (${out.reason})`);
          expect(got, out.reason).toBe(want);
        }
        passed++;
      });
    }
  }
  afterAll(() => {
    console.log(
      `arc-valimail: ${passed}/${total} as expected (${Object.keys(KNOWN_DIFFERENCES).length} known differences)\n${failures.join('\n')}`,
    );
  });
});
