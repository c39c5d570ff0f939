/** Lookalike and impersonation engine (issue #5). */
import { BRANDS } from '../../reference/brands/index.js';
import { createLookalikeEngine } from './engine.js';
import type { LookalikeEngine } from './types.js';

export { createLookalikeEngine, type EngineOptions } from './engine.js';
export type { LookalikeEngine, LookalikeKind, LookalikeMatch } from './types.js';
export { skeleton } from '../../text/skeleton.js';
export { idnSignals, type IdnSignals } from './idn-policy.js';
export { hostForms, type HostForms } from '../../net/host-forms.js';
export { lookalikeFindings, type LookalikeInput } from './findings.js';

let shared: LookalikeEngine | null = null;

/** The engine over the shipped brand pack, built once (memoized). */
export function defaultEngine(): LookalikeEngine {
  shared ??= createLookalikeEngine({ entities: BRANDS });
  return shared;
}
