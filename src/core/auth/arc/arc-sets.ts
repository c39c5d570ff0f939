/**
 * Collects the ARC header fields of a message into sets by instance (RFC 8617 4.2, 5.2 steps 1-3):
 * every instance 1..N must have exactly one ARC-Authentication-Results, ARC-Message-Signature and ARC-Seal.
 */
import type { RawHeader } from '../dkim/raw-headers.js';
import { parseTagList } from '../dkim/tag-list.js';
import { parseInstance, MAX_ARC_INSTANCE } from '../dkim/signature-fields.js';

export interface ArcSet {
  instance: number;
  /** Header indexes. */
  aar: number;
  ams: number;
  as: number;
  /** Parsed ARC-Seal tags. */
  seal: Map<string, string>;
}

export type ArcSetsResult = { status: 'none' } | { status: 'ok'; sets: ArcSet[] } | { status: 'fail'; error: string; sets: ArcSet[] };

const ARC_KEYS = ['arc-authentication-results', 'arc-message-signature', 'arc-seal'] as const;
type ArcKey = (typeof ARC_KEYS)[number];

function valueOf(raw: string): string {
  return raw.slice(raw.indexOf(':') + 1);
}

/** AAR: `i=<n>;` followed by Authentication-Results content (RFC 8617 4.1.1). */
function aarInstance(raw: string): number | null {
  const m = /^[ \t\r\n]*i[ \t\r\n]*=[ \t\r\n]*(\d+)[ \t\r\n]*;/.exec(valueOf(raw));
  return parseInstance(m?.[1]);
}

export function collectArcSets(headers: readonly RawHeader[]): ArcSetsResult {
  const found: Record<ArcKey, Map<number, number>> = {
    'arc-authentication-results': new Map(),
    'arc-message-signature': new Map(),
    'arc-seal': new Map(),
  };
  const seals = new Map<number, Map<string, string>>();
  let any = false;
  let error: string | null = null;
  headers.forEach((h, idx) => {
    if (!(ARC_KEYS as readonly string[]).includes(h.key)) return;
    any = true;
    if (error) return;
    const key = h.key as ArcKey;
    let instance: number | null;
    if (key === 'arc-authentication-results') {
      instance = aarInstance(h.raw);
    } else {
      const tags = parseTagList(valueOf(h.raw));
      if (!tags.ok) {
        error = `malformed ${key}: ${tags.error}`;
        return;
      }
      instance = parseInstance(tags.tags.get('i'));
      if (key === 'arc-seal' && instance !== null) seals.set(instance, tags.tags);
    }
    if (instance === null) {
      error = `${key} without a valid i= (1..${MAX_ARC_INSTANCE})`;
      return;
    }
    // RFC 8617 5.2 step 3: more than one field of a type for an instance -> fail.
    if (found[key].has(instance)) {
      error = `duplicate ${key} for i=${instance}`;
      return;
    }
    found[key].set(instance, idx);
  });
  if (!any) return { status: 'none' };
  const n = Math.max(
    0,
    ...found['arc-seal'].keys(),
    ...found['arc-message-signature'].keys(),
    ...found['arc-authentication-results'].keys(),
  );
  const sets: ArcSet[] = [];
  for (let i = 1; i <= n; i++) {
    const aar = found['arc-authentication-results'].get(i);
    const ams = found['arc-message-signature'].get(i);
    const as = found['arc-seal'].get(i);
    const seal = seals.get(i);
    if (aar === undefined || ams === undefined || as === undefined || !seal) {
      error ??= `ARC set i=${i} is incomplete`;
      break;
    }
    sets.push({ instance: i, aar, ams, as, seal });
  }
  if (error) return { status: 'fail', error, sets };
  return { status: 'ok', sets };
}
