export type LookalikeKind = 'homoglyph' | 'typo' | 'tld-swap' | 'combosquat' | 'shared-host' | 'split-label' | 'embedded';

export interface LookalikeMatch {
  /** Entity name, e.g. `KAGOYA`. */
  entity: string;
  entityId: string;
  /** The protected domain it imitates, e.g. `kagoya.jp`. */
  domain: string;
  kind: LookalikeKind;
  /** The input as given. */
  input: string;
  /** Hostname in Unicode and in ASCII (punycode) form, shown side by side. */
  unicode: string;
  ascii: string;
  /** Why, in plain technical English (the UI uses i18n messages; this is for logs and the CLI). */
  reason: string;
  /** Shared-host platform (`azurefd.net`) for kind `shared-host`, else null. */
  platform: string | null;
  /** IDN policy signals that fired: `mixed-script`, `whole-script-cyrillic`, `disallowed-codepoint`. */
  idn: string[];
}

export interface LookalikeEngine {
  match(domainOrUrl: string): LookalikeMatch | null;
  /**
   * A matcher for one message: the same answers as `match`, but a host already looked at in this session is answered
   * from memory (links to one host by many URLs). Optional so that other implementations need not have it.
   */
  session?(): (domainOrUrl: string) => LookalikeMatch | null;
  /** Number of protected labels indexed and a rough count of index entries (for benchmarks). */
  stats(): { labels: number; deleteKeys: number; automatonNodes: number };
}
