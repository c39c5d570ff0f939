// `node --import tsx scripts/train/explain.mjs`: the shipped weights in plain words, as a Markdown table for
// docs/evaluation.md (one sentence per feature, from the finding's own i18n description).
import { MODEL } from '../../src/core/verdict/score.ts';
import { catalog } from '../../src/core/i18n/index.ts';
import { SEVERITY_STEPS, COUNT_FEATURES, TRUST_FEATURES } from '../../src/core/verdict/features.ts';
import { readFileSync } from 'node:fs';

const counts = new Map();
for (const line of readFileSync(new URL('../../src/core/verdict/generated/weights.ts', import.meta.url), 'utf8').split('\n')) {
  const m = /^\s+'([^']+)': [-0-9.e]+, \/\/ phish (\d+), ham (\d+)/.exec(line);
  if (m) counts.set(m[1], `${m[2]} / ${m[3]}`);
}
/** Features shared by a local check and the trusted receiver's report of it (features.ts featureIdOf). */
const SHARED = {
  'dmarc-fail': "DMARC failed for the From domain: our own check or the trusted receiver's Authentication-Results.",
  'spf-fail': "SPF failed (or soft-failed) for the sending server: our own check or the trusted receiver's Authentication-Results.",
  'dkim-fail': "A DKIM signature failed to verify: our own check or the trusted receiver's Authentication-Results.",
  'compauth-fail':
    "The trusted receiver's composite authentication (Microsoft compauth) failed: it could not tie the message to its From domain.",
};
const firstSentence = (s) => (s ?? '').split(/(?<=\.)\s/)[0].replace(/\{[a-z]+\}/gi, '…');
function sentence(name) {
  if (TRUST_FEATURES.includes(name)) return `Trust: ${firstSentence(catalog[`finding.${name}`]?.description)} (may only lower the risk)`;
  if (COUNT_FEATURES.includes(name))
    return `At least ${name.split('>=')[1]} different kinds of risk finding in one message (independent evidence agreeing).`;
  const step = SEVERITY_STEPS.find((s) => name.endsWith(`+${s}`));
  const id = step ? name.slice(0, -(step.length + 1)) : name;
  const d = SHARED[id] ?? firstSentence(catalog[`finding.${id}`]?.description ?? catalog[`finding.${id}`]?.en);
  return step ? `… and more when the rule rates it ${step} or above.` : d;
}
const prob = (x) => `${(100 / (1 + Math.exp(-x))).toFixed(1)}%`;
console.log(
  `Bias (a message with no finding): ${MODEL.bias} (probability ${prob(MODEL.bias)} under equal numbers of phishing and legitimate mail).`,
);
console.log(
  'Thresholds (log-odds): ' +
    Object.entries(MODEL.thresholds)
      .map(([s, t]) => `${s} caution ${t.caution} / danger ${t.danger}`)
      .join('; ') +
    `; strength words: weak from ${MODEL.strength.weak}, some from ${MODEL.strength.some}, strong from ${MODEL.strength.strong}.`,
);
console.log(
  `Untrained finding ids weigh by severity: ${Object.entries(MODEL.untrainedPrior)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.\n`,
);
console.log('| feature | weight (log-odds) | phishing / legitimate messages | in plain words |');
console.log('|---|---:|---:|---|');
for (const [n, w] of Object.entries(MODEL.weights).sort((a, b) => b[1] - a[1]))
  console.log(`| \`${n}\` | ${w} | ${counts.get(n) ?? '-'} | ${sentence(n)} |`);
