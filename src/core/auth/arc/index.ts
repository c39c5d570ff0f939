export { verifyArc, type ArcInput, type ArcContext } from './verify.js';
export { arcFindings } from './findings.js';
