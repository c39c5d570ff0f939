/**
 * Brand names of the pack that are also ordinary words, given names or surnames ("Chase", "Norton", "Line"), lower-cased.
 * Rules that find such a name in free text need more context before they count it as a brand claim: the display-name
 * rule wants the rest of the name to be generic service wording ("Ledger Support"), the subject rule wants "your".
 */
export const AMBIGUOUS_BRAND_NAMES: ReadonlySet<string> = new Set([
  'chase',
  'meta',
  'line',
  'apple',
  'outlook',
  'ledger',
  'ledger live',
  'norton',
  'lido',
  'gmo',
  'au',
  'saison',
  'santander',
  'argenta',
  'lowes',
  "lowe's",
  'shein',
  'kroger',
  'edeka',
  'costco',
  'decathlon',
  'onamae',
  'epos',
  'ana',
  'visa',
  'mastercard',
]);
