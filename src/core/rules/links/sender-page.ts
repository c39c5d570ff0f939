/**
 * The sender's own page about the site its link text names: `Walmart.com` linking to `www.lindows.com/walmart` in mail
 * from `michaelr@lindows.com`, `Arnotts.ie` to `www.buy4now.ie/arnotts` from `newsletters@buy4now.ie` (issue #12). The
 * link opens the site the message comes from, at a page named after the site in the text: the text names what the page
 * is about, it does not disguise where the link goes. Not when the sender's own name contains the shown site's name
 * (`paypal-help.example/paypal` for the text `paypal.com`): that is a look-alike dressing up as the site it names.
 */
import type { ParsedMessage } from '../../model/message.js';
import { registrableDomainOf } from '../../net/registrable.js';

export interface SenderPages {
  /** True when `target` (registrable `registrable`) is the From domain's page named after the site `shown`. */
  isPageAbout(target: string, registrable: string | null, shown: string | null): boolean;
}

/** Path segments examined per link (limit on untrusted input). */
const MAX_SEGMENTS = 8;
/** Site names shorter than this (`hp`, `ge`) are too common as path words to say which site a page is about. */
const MIN_NAME = 4;

const NONE: SenderPages = { isPageAbout: () => false };

/** `walmart.com` -> `walmart`, `arnotts.ie` -> `arnotts`. */
const nameOf = (registrable: string): string => registrable.slice(0, registrable.indexOf('.')).toLowerCase();

function pathSegments(target: string): string[] {
  try {
    return new URL(target).pathname.split('/').slice(1, MAX_SEGMENTS + 1);
  } catch {
    return [];
  }
}

export function senderPagesOf(msg: ParsedMessage): SenderPages {
  const from = msg.from?.domain ? registrableDomainOf(msg.from.domain) : null;
  if (!from) return NONE;
  const own = nameOf(from);
  return {
    isPageAbout(target, registrable, shown) {
      if (registrable !== from || !shown) return false;
      const shownSite = registrableDomainOf(shown);
      if (!shownSite || shownSite === from) return false;
      const name = nameOf(shownSite);
      if (name.length < MIN_NAME || own.includes(name)) return false;
      return pathSegments(target).some((s) => s.toLowerCase().replace(/\.s?html?$/, '') === name);
    },
  };
}
