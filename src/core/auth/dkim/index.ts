export { verifyDkim, type DkimInput, type DkimContext } from './verify.js';
export { dkimFindings, claimsFromDomain } from './findings.js';
export { parseTagList } from './tag-list.js';
