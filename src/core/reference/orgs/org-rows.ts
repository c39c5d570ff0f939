/** The organisation record of the generated catalogue and the parser of its rows (shared by generator and run time). */
export type OrgKind = 'bank' | 'finance' | 'insurance' | 'carrier' | 'telecom' | 'shop' | 'government' | 'crypto' | 'service';

export interface Org {
  /** Wikidata id (`Q524629`) or NSI id for agencies without one. */
  id: string;
  kind: OrgKind;
  /** ISO 3166 alpha-2 codes where it operates (`001` = worldwide). */
  countries: readonly string[];
  /** Owned registrable domains or namespaces (`chase.com`; `gov.br` for a Brazilian agency). */
  domains: readonly string[];
  /** Names as listed (NFKC), first one shown to the reader. */
  names: readonly string[];
  /** Names that are also ordinary words of en/de/pt/fr/es/it/nl (`Target`, `Personal`): matched only with context. */
  commonNames: readonly string[];
  /** An owned domain belongs to an entity of the curated brand pack: the pack's rules speak for it. */
  inPack: boolean;
}

/** Rows: id TAB kind TAB countries TAB domains TAB names (|) TAB common-word names (|) [TAB `pack`]. */
export function parseOrgRows(text: string): Org[] {
  const out: Org[] = [];
  for (const line of text.split('\n')) {
    const [id, kind, countries, domains, names, common, pack] = line.split('\t');
    if (!id || !kind || !countries || !domains || !names) continue;
    out.push({
      id,
      kind: kind as OrgKind,
      countries: countries.split(','),
      domains: domains.split(','),
      names: names.split('|'),
      commonNames: common ? common.split('|') : [],
      inPack: pack === 'pack',
    });
  }
  return out;
}
