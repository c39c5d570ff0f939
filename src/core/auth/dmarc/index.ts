/** DMARC (RFC 9989): public entry points. */
export { evaluateDmarc, evaluateDmarcDetailed, type DmarcInput, type DmarcContext, type DmarcDetail } from './evaluate.js';
export { dmarcFindings } from './findings.js';
export { parseDmarcRecord, isDmarcRecord, type DmarcRecord, type DmarcPolicy } from './record.js';
export { organizationalDomain, discoverPolicy, walkNames, DmarcDns } from './tree-walk.js';
