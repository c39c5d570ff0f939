/** Membership tests for the link host lists (registrable domain or exact host). */
import { CLICK_TRACKERS, SHORTENERS } from './link-lists.js';

const SHORT = new Set(SHORTENERS);
const TRACK = new Set(CLICK_TRACKERS);

export function isShortener(hostAscii: string, registrable: string | null): boolean {
  return SHORT.has(hostAscii) || (registrable !== null && SHORT.has(registrable));
}

export function isClickTracker(registrable: string | null): boolean {
  return registrable !== null && TRACK.has(registrable);
}
