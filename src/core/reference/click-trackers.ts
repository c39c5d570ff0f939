/**
 * Small hand-kept host lists used by link flags. Registrable domains, sorted (a test checks the order).
 * Sources: common knowledge of e-mail service providers' click-tracking domains, cross-checked with Sublime Security
 * static-files `bulk_mailer_url_root_domains.txt` (MIT). URL shorteners come from src/core/reference/hosting.
 */

/** Click-tracking redirect domains of bulk mail services: link text legitimately differs from these targets. */
export const CLICK_TRACKERS: readonly string[] = [
  'awstrack.me',
  'beehiiv.com',
  'cmail19.com',
  'cmail20.com',
  'convertkit-mail2.com',
  'createsend1.com',
  'exacttarget.com',
  'hs-sales-engage.com',
  'hubspotlinks.com',
  'klclick.com',
  'klclick1.com',
  'list-manage.com',
  'mailchi.mp',
  'mailersend.net',
  'mailgun.org',
  'mandrillapp.com',
  'mjt.lu',
  'mlsend.com',
  'postmarkapp.com',
  'rs6.net',
  'sendgrid.net',
  'sendibt2.com',
  'sendibt3.com',
  'sparkpostmail.com',
  'squarespace-mail.com',
  'substack.com',
];
