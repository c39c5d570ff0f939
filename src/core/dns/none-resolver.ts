/** The offline resolver: makes no request and answers every question with status 'offline'. */
import type { Resolver } from './types.js';
import { errorResult } from './answer.js';

export function createNoneResolver(): Resolver {
  return { query: (name, type) => Promise.resolve(errorResult(name, type, 'offline', 'offline mode: DNS lookups disabled')) };
}
