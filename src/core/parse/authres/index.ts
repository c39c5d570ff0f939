export { parseAuthResults, parseAuthResultsDetailed, type AuthResMode } from './parse-authres.js';
export { parseArcAuthResults, collectArcAuthResults, type ArcAuthResults } from './arc-authres.js';
export { selectTrustedAuthResults, boundaryHeaderIndex, type TrustedAuthResults } from './select-trusted.js';
