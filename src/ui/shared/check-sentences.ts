/**
 * A check's state as a sentence for people ("could not look up: the DNS server did not answer"), never the raw
 * transport error or an internal check id. The core's reasons are technical English (src/core/network/evidence.ts,
 * dns/doh-resolver.ts); they are classified here, and the raw reason stays only in the copied text report.
 */
import type { CheckState } from '../../core/model/report.js';
import { hasText, tr, type Lang } from './i18n.js';

/** The plain-language state key for a check (`plain.state.*`), or null for a check that ran normally. */
export function checkStateKey(c: CheckState): string | null {
  const r = (c.reason ?? '').toLowerCase();
  if (c.status === 'done') return /permanent error/.test(r) ? 'plain.state.brokenRecord' : null;
  if (c.status === 'error') return 'plain.state.error';
  if (/not a domain name/.test(r)) return 'plain.state.notDomain';
  if (/offline/.test(r)) return 'plain.state.offline';
  if (/budget|too many (queries|look-?ups)|query limit/.test(r)) return 'plain.state.budget';
  if (/no origin ip/.test(r)) return 'plain.state.noOrigin';
  if (/no from domain/.test(r)) return 'plain.state.noFromDomain';
  if (/timeout|timed out|no answer within/.test(r)) return 'plain.state.timeout';
  if (/servfail|server failure|refused the query|answered outside/.test(r)) return 'plain.state.serverFailure';
  if (/request failed|networkerror|network error|fetch|unreachable|dns lookup failed|: error\b|\berror \(/.test(r))
    return 'plain.state.noAnswer';
  if (/temporary dns/.test(r)) return 'plain.state.dnsTemporary';
  return c.status === 'skipped' ? 'plain.state.skipped' : 'plain.state.temporary';
}

/**
 * The cause alone (`plain.cause.*`, "the DNS server did not answer") for a line that already says the check failed;
 * the whole state sentence where no cause text exists.
 */
export function checkCauseKey(c: CheckState): string | null {
  const key = checkStateKey(c);
  if (!key) return null;
  const cause = key.replace(/^plain\.state\./, 'plain.cause.');
  return hasText(cause) ? cause : key;
}

/** The name of a check in plain words. */
export function checkLabel(name: string, lang: Lang): string {
  const key = `plain.check.${name}`;
  return hasText(key) ? tr(key, lang) : tr('plain.check.other', lang);
}

export interface CheckSentence {
  name: string;
  label: string;
  state: string;
  /** Did it run normally? */
  done: boolean;
}

export function checkSentence(c: CheckState, lang: Lang): CheckSentence {
  const key = checkStateKey(c);
  return { name: c.name, label: checkLabel(c.name, lang), state: key ? tr(key, lang) : tr('ui.popup.checkDone', lang), done: key === null };
}

/** Checks that did not run (skipped, unavailable, error), as sentences; "not needed" ones are left out. */
export function couldNotCheck(checks: readonly CheckState[], lang: Lang): CheckSentence[] {
  return checks.filter((c) => c.status !== 'done' && checkStateKey(c) !== 'plain.state.notDomain').map((c) => checkSentence(c, lang));
}
