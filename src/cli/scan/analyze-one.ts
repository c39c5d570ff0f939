/** One message through the core and into what the scan keeps: the `analyze --json` line, a summary, campaign features. */
import { analyzeMessage } from '../../core/analyze.js';
import type { AnalyzeDeps } from '../../core/deps.js';
import type { Lang } from '../../core/i18n/index.js';
import { toJsonLine } from '../json-report.js';
import type { AnalyzedMessage } from './types.js';
import { campaignFeatures, recipientsOf } from './features.js';

export async function analyzeOne(file: string, raw: Uint8Array, deps: AnalyzeDeps, lang: Lang): Promise<AnalyzedMessage> {
  const report = await analyzeMessage(raw, deps);
  const recipients = recipientsOf(raw, report);
  const from = report.message.from;
  return {
    line: JSON.stringify(toJsonLine(file, report, lang)),
    summary: {
      file,
      verdict: report.verdict,
      score: report.score,
      from: from ? (from.name ? `${from.name} <${from.address}>` : from.address) : '',
      subject: report.message.subject,
      date: report.message.date,
      recipients,
      findings: report.findings.filter((f) => f.severity !== 'info').map((f) => f.id),
    },
    features: campaignFeatures(raw, report, recipients),
  };
}
