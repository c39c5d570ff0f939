/**
 * Converts zone fixture JSON (/work/shared/samples/README.md) to RFC 1035 master files, one auth-zone per
 * top-level label, for a local unbound. TIMEOUT markers and record-less leaf names cannot be expressed in a
 * zone file: they are returned in `unsupported` so tests can skip them.
 */
export type ZoneJson = Record<string, unknown>;

export interface ZoneFiles {
  /** zone apex (no trailing dot) -> master file text. */
  files: Map<string, string>;
  /** Every owner name, for `local-zone: transparent` overrides of unbound's built-in static zones. */
  owners: string[];
  unsupported: string[];
}

const abs = (n: string): string => `${n.toLowerCase().replace(/\.$/, '')}.`;

/** A character-string in master-file syntax (RFC 1035 5.1): quoted, `"` and `\` escaped, other octets as \DDD. */
function quote(octets: string): string {
  let s = '"';
  for (const ch of octets) {
    const c = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') s += `\\${ch}`;
    else if (c < 0x20 || c > 0x7e) s += `\\${String(c).padStart(3, '0')}`;
    else s += ch;
  }
  return `${s}"`;
}

/** unbound refuses a single character-string over 255 octets: split long values into 255-octet strings. */
export function txtRdata(strings: string[]): string {
  const parts: string[] = [];
  for (const s of strings) {
    if (s.length === 0) parts.push('""');
    for (let i = 0; i < s.length; i += 255) parts.push(quote(s.slice(i, i + 255)));
  }
  return parts.length > 0 ? parts.join(' ') : '""';
}

export function zoneToFiles(zone: ZoneJson): ZoneFiles {
  const records = new Map<string, string[]>();
  const owners: string[] = [];
  const unsupported: string[] = [];
  for (const [rawName, sets] of Object.entries(zone)) {
    if (rawName.startsWith('_comment') || typeof sets !== 'object' || sets === null) continue;
    const owner = abs(rawName);
    const tld = owner.split('.').slice(-2, -1)[0] ?? '';
    const lines = records.get(tld) ?? [];
    let count = 0;
    for (const [type, value] of Object.entries(sets as Record<string, unknown>)) {
      if (type === 'TIMEOUT' || value === 'TIMEOUT') {
        unsupported.push(`${rawName} ${type}`);
        continue;
      }
      for (const v of value as unknown[]) {
        count++;
        if (type === 'MX') {
          const [pref, ex] = v as [number, string];
          lines.push(`${owner} 300 IN MX ${pref} ${abs(ex)}`);
        } else if (type === 'TXT') lines.push(`${owner} 300 IN TXT ${txtRdata(v as string[])}`);
        else if (type === 'A' || type === 'AAAA') lines.push(`${owner} 300 IN ${type} ${v as string}`);
        else lines.push(`${owner} 300 IN ${type} ${abs(v as string)}`);
      }
    }
    if (count === 0 && !Object.keys(zone).some((k) => k !== rawName && abs(k).endsWith(`.${owner}`)))
      unsupported.push(`${rawName} (no records)`);
    owners.push(owner);
    records.set(tld, lines);
  }
  const files = new Map<string, string>();
  for (const [tld, lines] of records) {
    files.set(
      tld,
      [`$ORIGIN ${tld}.`, `@ 300 IN SOA ns.${tld}. hostmaster.${tld}. 1 3600 600 86400 300`, `@ 300 IN NS ns.${tld}.`, ...lines, ''].join(
        '\n',
      ),
    );
  }
  return { files, owners, unsupported };
}
