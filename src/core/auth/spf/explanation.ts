/**
 * exp= explanation lookup (RFC 7208 6.2). Any problem means "no explanation" (null), never an error:
 * "If there are any DNS processing errors (any RCODE other than 0), or if no records are returned, or if
 * more than one record is returned, or if there are syntax errors in the explanation string, then proceed
 * as if no "exp" modifier was given."
 */
import type { SpfDns } from './dns.js';
import { expandMacro, truncateDomain, type MacroContext } from './macro.js';
import { stripDot } from './ptr.js';

/** Longest explanation text kept (it is shown to users; DNS text can be long). */
export const MAX_EXPLANATION_LENGTH = 1024;

export async function lookupExplanation(spec: string, macros: MacroContext, dns: SpfDns): Promise<string | null> {
  const target = await expandMacro(spec, macros, false);
  if (!target.ok) return null;
  const txt = await dns.txt(stripDot(truncateDomain(target.value)));
  if (txt.kind !== 'ok' || txt.values.length !== 1) return null;
  const text = txt.values[0] ?? '';
  // 6.2: the explanation string is US-ASCII macro text; anything else is a syntax error.
  if (/[^\x20-\x7e]/.test(text)) return null;
  const expanded = await expandMacro(text, macros, true);
  if (!expanded.ok) return null;
  return expanded.value.slice(0, MAX_EXPLANATION_LENGTH);
}
