/** Runs the phrase tables over normalised text and reports which families and which exact phrases matched. */
import { ACTION_PATTERNS, DEADLINE_PATTERNS, THREAT_FAMILIES, WEAK_URGENCY_PATTERNS } from './phrases.js';
import { INTL_ACTION_PATTERNS, INTL_DEADLINE_PATTERNS, INTL_THREAT_FAMILIES, INTL_WEAK_URGENCY_PATTERNS } from './phrases-intl.js';
import { JA_ACTION_PATTERNS, JA_THREAT_FAMILIES, JA_WEAK_URGENCY_PATTERNS } from './phrases-ja.js';
import { execGuarded, guard, textIndex, type GuardedPattern, type TextIndex } from '../../text/required-literals.js';

// Each pattern with its required literals (compiled once): a pattern whose literals are all absent is not run.
const FAMILIES = [...THREAT_FAMILIES, ...INTL_THREAT_FAMILIES, ...JA_THREAT_FAMILIES].map((f) => ({
  id: f.id,
  patterns: f.patterns.map(guard),
}));
const ACTIONS = [...ACTION_PATTERNS, ...INTL_ACTION_PATTERNS, ...JA_ACTION_PATTERNS].map(guard);
const DEADLINES = [...DEADLINE_PATTERNS, ...INTL_DEADLINE_PATTERNS].map(guard);
const PRESSURE = [...WEAK_URGENCY_PATTERNS, ...INTL_WEAK_URGENCY_PATTERNS, ...JA_WEAK_URGENCY_PATTERNS].map(guard);

export interface LureMatches {
  /** Threat family id -> first matched phrase. */
  threats: Map<string, string>;
  actions: string[];
  deadlines: string[];
  /** Weak pressure words ("immediately", "至急"...): count only together with a threat. */
  pressure: string[];
}

function firstMatch(patterns: readonly GuardedPattern[], text: TextIndex): string | null {
  for (const p of patterns) {
    const m = execGuarded(p, text);
    if (m) return m[0];
  }
  return null;
}

function allMatches(patterns: readonly GuardedPattern[], text: TextIndex): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const m = execGuarded(p, text);
    if (m) out.push(m[0]);
  }
  return out;
}

export function matchLures(normalized: string): LureMatches {
  const text = textIndex(normalized);
  const threats = new Map<string, string>();
  for (const fam of FAMILIES) {
    if (threats.has(fam.id)) continue;
    const hit = firstMatch(fam.patterns, text);
    if (hit !== null) threats.set(fam.id, hit);
  }
  return {
    threats,
    actions: allMatches(ACTIONS, text),
    deadlines: allMatches(DEADLINES, text),
    pressure: allMatches(PRESSURE, text),
  };
}
