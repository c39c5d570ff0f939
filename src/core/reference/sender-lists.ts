/**
 * Small hand-kept domain lists for sender relations (registrable domains, sorted; a test checks the order).
 * They complement src/core/reference/hosting's generated lists. FREE_MAIL: widely used consumer mailbox providers (a subset of
 * Sublime Security static-files `free_email_providers.txt`, MIT, plus Japanese carriers the list lacks). ESP_DOMAINS: bulk mail and transactional
 * services whose bounce (Return-Path) and Message-ID domains legitimately differ from the From domain.
 */

export const FREE_MAIL: readonly string[] = [
  '126.com', '163.com', 'aol.com', 'au.com', 'biglobe.ne.jp', 'docomo.ne.jp', 'excite.co.jp', 'ezweb.ne.jp',
  'fastmail.com', 'gmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'googlemail.com', 'hotmail.co.jp', 'hotmail.co.uk',
  'hotmail.com', 'hotmail.fr', 'hushmail.com', 'i.softbank.jp', 'icloud.com', 'live.com', 'live.jp', 'mac.com',
  'mail.com', 'mail.ru', 'me.com', 'msn.com', 'naver.com', 'nifty.com', 'ocn.ne.jp', 'outlook.com', 'outlook.jp',
  'proton.me', 'protonmail.com', 'qq.com', 'so-net.ne.jp', 'softbank.ne.jp', 'tutanota.com', 'web.de', 'yahoo.co.jp',
  'yahoo.co.uk', 'yahoo.com', 'yahoo.fr', 'yandex.com', 'yandex.ru', 'ymail.com', 'zoho.com',
];

export const ESP_DOMAINS: readonly string[] = [
  'amazonses.com', 'bounces.google.com', 'cmail19.com', 'cmail20.com', 'constantcontact.com', 'createsend.com',
  'exacttarget.com', 'freshdesk.com', 'hubspotemail.net', 'mailchimpapp.net', 'mailgun.net', 'mailgun.org',
  'mailjet.com', 'mandrillapp.com', 'mcdlv.net', 'mcsv.net', 'mktomail.com', 'mlsend.com', 'postmarkapp.com',
  'rsgsv.net', 'salesforce.com', 'sendgrid.net', 'sendinblue.com', 'smtp.com', 'sparkpostmail.com', 'zendesk.com',
];

/** Message-ID domains of large mail platforms (webmail and hosted mail): a mismatch with From is normal there. */
export const MESSAGE_ID_PLATFORMS: readonly string[] = [
  'amazonses.com', 'gmail.com', 'google.com', 'icloud.com', 'mail.gmail.com', 'outlook.com', 'protection.outlook.com',
  'yahoo.com', 'zoho.com',
];
