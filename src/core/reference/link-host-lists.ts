/** Membership tests for the link host lists: the hosting module's shortener/ESP lists plus local click trackers. */
import { isEsp, isUrlShortener } from './hosting/index.js';
import { CLICK_TRACKERS } from './click-trackers.js';

const TRACK = new Set(CLICK_TRACKERS);

export function isShortener(hostAscii: string, registrable: string | null): boolean {
  return isUrlShortener(hostAscii) || (registrable !== null && isUrlShortener(registrable));
}

/** Click-tracking redirectors of mail services (any subdomain of a listed ESP or tracker domain). */
export function isClickTracker(registrable: string | null): boolean {
  return registrable !== null && (TRACK.has(registrable) || isEsp(registrable));
}
