// Fitting the verdict model, leave-one-source-out cross-validation, and thresholds chosen on the cross-validated scores.
import { scoreFindings } from '../../src/core/verdict/score.ts';
import { buildDesign, sampleWeights, UNTRAINED_PRIOR, LAMBDA } from './design.mjs';
import { fitLogistic } from './logistic.mjs';

const round3 = (x) => Math.round(x * 1000) / 1000 + 0; // + 0: no -0 in the generated file

/** Fits on rows and returns weights by feature name (rounded as shipped), bias and the untrained prior. */
export function fitModel(rows, { lambda = LAMBDA } = {}) {
  const { specs, X } = buildDesign(rows);
  const fit = fitLogistic(
    X,
    rows.map((r) => r.label),
    sampleWeights(rows),
    specs,
    { lambda },
  );
  const weights = Object.fromEntries(specs.map((f, j) => [f.name, round3(fit.w[j])]));
  return { bias: round3(fit.bias), weights, untrainedPrior: UNTRAINED_PRIOR, specs };
}

/** Scores a row with a (partial) model exactly as the runtime does (src/core/verdict/score.ts). */
export function scoreRow(model, row) {
  const s = scoreFindings(row.findings, model);
  return { logit: s.logit, riskLogit: s.riskLogit, byId: s.byId };
}

/** Leave-one-source-out: for each source, fit on all others and score it. Returns rows with `cv` scores, same order. */
export function losoScores(rows, opts = {}) {
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const cv = new Array(rows.length);
  for (const src of sources) {
    const model = fitModel(
      rows.filter((r) => r.source !== src),
      opts,
    );
    rows.forEach((r, i) => {
      if (r.source === src) cv[i] = scoreRow(model, r);
    });
  }
  return rows.map((r, i) => ({ ...r, cv: cv[i] }));
}

/** Share of legitimate mail allowed at or above each threshold, per sensitivity; `weak` is the strength floor. */
export const HAM_SHARE = Object.freeze({
  low: { caution: 0.001, danger: 0.0005 },
  normal: { caution: 0.0025, danger: 0.0015 },
  high: { caution: 0.015, danger: 0.005 },
  weak: 0.05,
});

/**
 * Lowest threshold leaving at most `share` of legitimate messages at or above it: halfway between the highest ham score
 * that must stay below and the next higher score seen in the data (so it does not sit on a data point).
 */
export function thresholdFor(scored, share) {
  const ham = scored
    .filter((r) => r.label === 0)
    .map((r) => r.logit)
    .sort((a, b) => b - a);
  const k = Math.floor(share * ham.length);
  const boundary = ham[Math.min(k, ham.length - 1)];
  const above = scored.map((r) => r.logit).filter((x) => x > boundary + 1e-9);
  const next = above.length ? Math.min(...above) : boundary + 1;
  return Math.ceil(((boundary + Math.min(next, boundary + 1)) / 2) * 1000) / 1000;
}

export function chooseThresholds(scored) {
  const thresholds = {};
  for (const s of ['low', 'normal', 'high']) {
    const caution = thresholdFor(scored, HAM_SHARE[s].caution);
    thresholds[s] = { caution, danger: Math.max(caution, thresholdFor(scored, HAM_SHARE[s].danger)) };
  }
  const weak = Math.min(thresholds.normal.caution, thresholdFor(scored, HAM_SHARE.weak));
  return { thresholds, strength: { weak, some: thresholds.normal.caution, strong: thresholds.normal.danger } };
}

/** Verdict of a scored row under thresholds, as src/core/verdict/decide.ts decides it. */
export function verdictOf(score, row, th, sensitivity = 'normal') {
  const t = th.thresholds[sensitivity];
  if (score.logit >= t.danger) return 'danger';
  if (score.logit >= t.caution) return 'caution';
  const noRisk = !row.findings.some((f) => f.severity !== 'info');
  return row.findings.some((f) => f.id === 'sender-domain-verified') && noRisk && row.linksStay ? 'ok' : 'unknown';
}
