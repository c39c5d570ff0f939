/** SPF (RFC 7208): public entry points. */
export { checkHost, type CheckHostParams, type CheckHostContext } from './check-host.js';
export { spfForMessage, type SpfMessageInput } from './for-message.js';
export { spfFindings } from './findings.js';
export { parseSpfRecord, isSpfRecord, type SpfRecord, type SpfMechanism } from './record.js';
