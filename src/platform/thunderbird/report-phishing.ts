/**
 * "Report phishing" in Thunderbird: a compose window that forwards the message as an attachment (message/rfc822)
 * to the configured report address, with the plain-text report in the body. Nothing is sent: the user checks it
 * and presses Send. Uses compose.beginForward(messageId, "forwardAsAttachment", details) (compose permission).
 */
import type { Lang } from '../../core/i18n/index.js';
import type { Report } from '../../core/model/report.js';
import { reportMail } from '../../core/report/report-mail.js';
import type { MessengerApi } from './messenger-api.js';

export async function forwardAsReport(
  api: MessengerApi,
  messageId: number,
  report: Report,
  lang: Lang,
  address: string,
): Promise<{ composeTabId: number | null; address: string }> {
  if (!api.compose?.beginForward) throw new Error('this Thunderbird has no compose API');
  const { subject, body } = reportMail(report, lang);
  const tab = await api.compose.beginForward(messageId, 'forwardAsAttachment', {
    ...(address ? { to: [address] } : {}),
    subject,
    isPlainText: true,
    plainTextBody: body,
  });
  return { composeTabId: typeof tab?.id === 'number' ? tab.id : null, address };
}
