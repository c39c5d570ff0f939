/** Runs the phrase tables over normalised text and reports which families and which exact phrases matched. */
import { ACTION_PATTERNS, DEADLINE_PATTERNS, THREAT_FAMILIES, WEAK_URGENCY_PATTERNS } from './phrases.js';

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
  for (const fam of THREAT_FAMILIES) {
    const hit = firstMatch(fam.patterns, normalized);
    if (hit !== null) threats.set(fam.id, hit);
  }
  return {
    threats,
    actions: allMatches(ACTION_PATTERNS, normalized),
    deadlines: allMatches(DEADLINE_PATTERNS, normalized),
    pressure: allMatches(WEAK_URGENCY_PATTERNS, normalized),
  };
}
