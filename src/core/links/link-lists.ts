/**
 * Small hand-kept host lists used by link flags. Registrable domains, sorted (a test checks the order).
 * Sources: common knowledge of URL shorteners and e-mail service providers' click-tracking domains, cross-checked
 * with Sublime Security static-files `url_shorteners.txt` / `bulk_mailer_url_root_domains.txt` (MIT).
 * The hosting module's full shortener list replaces SHORTENERS when it is available (see extract-links.ts).
 */

export const SHORTENERS: readonly string[] = [
  'bit.do', 'bit.ly', 'buff.ly', 'cutt.ly', 'goo.gl', 'is.gd', 'lnkd.in', 'ow.ly', 'qrco.de', 'rb.gy', 'rebrand.ly',
  's.id', 'shorturl.at', 't.co', 't.ly', 'tiny.cc', 'tinyurl.com', 'urlz.fr', 'v.gd', 'x.gd',
];

/** Click-tracking redirect domains of bulk mail services: link text legitimately differs from these targets. */
export const CLICK_TRACKERS: readonly string[] = [
  'awstrack.me', 'beehiiv.com', 'cmail19.com', 'cmail20.com', 'convertkit-mail2.com', 'createsend1.com',
  'exacttarget.com', 'hs-sales-engage.com', 'hubspotlinks.com', 'klclick.com', 'klclick1.com', 'list-manage.com',
  'mailchi.mp', 'mailersend.net', 'mailgun.org', 'mandrillapp.com', 'mjt.lu', 'mlsend.com', 'postmarkapp.com',
  'rs6.net', 'sendgrid.net', 'sendibt2.com', 'sendibt3.com', 'sparkpostmail.com', 'squarespace-mail.com', 'substack.com',
];
