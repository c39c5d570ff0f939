/**
 * A lure that can only take the reader to the named organisation itself (issue #12): mail from a domain the brand pack
 * gives to a brand (`info@boy.co.jp`, the Bank of Yokohama), every link of which opens that same brand's sites. A bank
 * asking its customers to log in and answer by a deadline writes like a phisher, but such a message sends the reader
 * nowhere but the bank: a forged From gains the forger nothing when the links stay with the real bank. The lure is
 * then one step weaker (medium to low, high to medium), not gone: the wording is still pressure.
 */
import type { LinkInfo } from '../../model/link.js';
import { registrableDomainOf } from '../../net/registrable.js';
import { sameOwner } from '../sender/same-owner.js';

export function linksStayWithBrandSender(fromDomain: string | null | undefined, links: readonly LinkInfo[]): boolean {
  const from = fromDomain ? registrableDomainOf(fromDomain) : null;
  if (!from) return false;
  const opened = links.filter((l) => l.target !== '');
  return opened.length > 0 && opened.every((l) => l.registrableDomain !== null && sameOwner(from, l.registrableDomain));
}
