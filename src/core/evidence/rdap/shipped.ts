/** The RDAP bootstrap shipped with Sender Lens (generated from the IANA file; see reference/generated/rdap-bootstrap.ts). */
import { IANA_RDAP_PUBLICATION, IANA_RDAP_ROWS } from '../../reference/generated/rdap-bootstrap.js';
import { parseRdapBootstrap, type RdapBootstrap } from './bootstrap.js';

let shipped: RdapBootstrap | null = null;

export function shippedRdapBootstrap(): RdapBootstrap {
  shipped ??= parseRdapBootstrap({
    publication: IANA_RDAP_PUBLICATION,
    services: IANA_RDAP_ROWS.map(([tlds, urls]) => [tlds.split(' '), urls.split(' ')]),
  });
  return shipped;
}
