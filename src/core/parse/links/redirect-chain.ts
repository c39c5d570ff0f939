/**
 * The hosts a link passes through when wrappers and redirects were followed (unwrap.ts), and the flags its
 * intermediate redirect hosts earn: a redirect on an IP address, a punycode host or a shortener is as telling as a
 * target there, and must not be hidden by appending `?url=https://innocent.example` to the link.
 */
import { hostInfoOfUrl, type HostInfo } from './host-info.js';
import { isShortener } from '../../reference/link-host-lists.js';

/** Wrapper hosts, outermost first, then the final target's host (when it has one). */
export function chainOf(unwrapped: readonly string[], target: HostInfo | null): string[] {
  return target ? [...unwrapped, target.host] : [...unwrapped];
}

/** Flags of the redirect hosts (not of known security wrappers), deduplicated. */
export function hopFlags(redirectHosts: readonly string[]): string[] {
  const out = new Set<string>(['redirect']);
  for (const h of redirectHosts) {
    const info = hostInfoOfUrl(`http://${h}/`);
    if (!info) continue;
    if (info.ipLiteral) out.add('ip-literal');
    if (info.punycode) out.add('punycode');
    if (isShortener(info.hostAscii, info.registrableDomain)) out.add('shortener');
  }
  return [...out];
}
