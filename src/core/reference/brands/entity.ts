/** An entity that can be impersonated: a brand, the user's own organization, or a contact. */
export interface Entity {
  /** Stable id, e.g. `kagoya`, `own`, `contact:example.com`. */
  id: string;
  /** Display name, e.g. `KAGOYA`. */
  name: string;
  /** Every name it goes by (Latin and Japanese), e.g. `KAGOYA`, `カゴヤ`. */
  names: string[];
  /** Owned registrable domains (or whole hosts, e.g. `jp-bank.japanpost.jp`). */
  domains: string[];
  kind: 'brand' | 'own' | 'contact';
  /** Extra distinctive tokens seen in its hostnames (romaji, abbreviations) besides the labels of `domains`. */
  tokens?: string[];
}

/** A shipped brand with the public page its owned domains were taken from. */
export interface BrandRecord extends Entity {
  kind: 'brand';
  source: string;
}
