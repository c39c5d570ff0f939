/** Builds the hop list from the message's Received headers (top = newest = index 0), with inter-hop delays. */
import type { Limits } from '../../deps.js';
import type { HeaderField } from '../../model/message.js';
import type { Hop } from '../../model/hop.js';
import { parseReceivedTimed } from './parse-received.js';

export function buildHops(headers: HeaderField[], limits: Pick<Limits, 'maxReceived'>): { hops: Hop[]; warnings: string[] } {
  const warnings: string[] = [];
  const max = Number.isInteger(limits.maxReceived) && limits.maxReceived >= 0 ? limits.maxReceived : 100;
  const hops: Hop[] = [];
  const seconds: (number | null)[] = [];
  let total = 0;
  for (const h of headers) {
    if (h.key !== 'received') continue;
    total++;
    if (hops.length >= max) continue;
    const { hop, seconds: at } = parseReceivedTimed(h.value, hops.length);
    hops.push(hop);
    seconds.push(at);
  }
  if (total > max) warnings.push(`received-limit: ${total} Received headers, only the first ${max} parsed`);
  // delay of hop i = its time minus the time of the previous (older) hop i+1; negative kept (clock skew).
  for (let i = 0; i < hops.length; i++) {
    const a = seconds[i];
    const b = seconds[i + 1];
    const hop = hops[i]!;
    if (a !== null && a !== undefined && b !== null && b !== undefined) hop.delaySeconds = a - b;
  }
  return { hops, warnings };
}
