/** Runs the phrase tables over normalised text and reports which families and which exact phrases matched. */
import { ACTION_PATTERNS, DEADLINE_PATTERNS, THREAT_FAMILIES, WEAK_URGENCY_PATTERNS } from './phrases.js';
import { INTL_ACTION_PATTERNS, INTL_DEADLINE_PATTERNS, INTL_THREAT_FAMILIES, INTL_WEAK_URGENCY_PATTERNS } from './phrases-intl.js';

const FAMILIES = [...THREAT_FAMILIES, ...INTL_THREAT_FAMILIES];
const ACTIONS = [...ACTION_PATTERNS, ...INTL_ACTION_PATTERNS];
const DEADLINES = [...DEADLINE_PATTERNS, ...INTL_DEADLINE_PATTERNS];
const PRESSURE = [...WEAK_URGENCY_PATTERNS, ...INTL_WEAK_URGENCY_PATTERNS];

export interface LureMatches {
  /** Threat family id -> first matched phrase. */
  threats: Map<string, string>;
  actions: string[];
  deadlines: string[];
  /** Weak pressure words ("immediately", "至急"...): count only together with a threat. */
  pressure: string[];
}

function firstMatch(patterns: readonly RegExp[], text: string): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

function allMatches(patterns: readonly RegExp[], text: string): string[] {
  const out: string[] = [];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) out.push(m[0]);
  }
  return out;
}

export function matchLures(normalized: string): LureMatches {
  const threats = new Map<string, string>();
  for (const fam of FAMILIES) {
    if (threats.has(fam.id)) continue;
    const hit = firstMatch(fam.patterns, normalized);
    if (hit !== null) threats.set(fam.id, hit);
  }
  return {
    threats,
    actions: allMatches(ACTIONS, normalized),
    deadlines: allMatches(DEADLINES, normalized),
    pressure: allMatches(PRESSURE, normalized),
  };
}
