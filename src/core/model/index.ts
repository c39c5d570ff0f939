export type * from './finding.js';
export type * from './message.js';
export type * from './hop.js';
export type * from './auth.js';
export type * from './link.js';
export type * from './report.js';
export { SEVERITY_ORDER, severityRank } from './finding.js';
export type * from './reputation.js';
