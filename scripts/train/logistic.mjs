// Regularised logistic regression over binary features, fitted by cyclic coordinate descent with one Newton step per
// coordinate, projected on each weight's bounds (risk >= 0, trust <= 0). Deterministic: fixed order, fixed sweeps.
// Objective: sum_i s_i [log(1 + e^m_i) - y_i m_i] + lambda/2 sum_j (w_j - prior_j)^2, m_i = b + sum_j w_j x_ij.

const sigmoid = (m) => 1 / (1 + Math.exp(-m));
const MAX_STEP = 2;

/**
 * @param {number[][]} X active feature indices per row
 * @param {number[]} y labels 0/1
 * @param {number[]} s sample weights
 * @param {{lo:number,hi:number,prior:number}[]} specs
 */
export function fitLogistic(X, y, s, specs, { lambda, sweeps = 60 } = {}) {
  const d = specs.length;
  const cols = Array.from({ length: d }, () => []);
  X.forEach((row, i) => {
    for (const j of row) cols[j].push(i);
  });
  const w = specs.map((f) => Math.min(f.hi, Math.max(f.lo, f.prior)));
  let b = 0;
  const m = X.map((row) => row.reduce((a, j) => a + w[j], 0));
  const clampStep = (x) => Math.max(-MAX_STEP, Math.min(MAX_STEP, x));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    // bias (unregularised)
    let g = 0;
    let h = 1e-9;
    for (let i = 0; i < X.length; i++) {
      const p = sigmoid(b + m[i]);
      g += s[i] * (p - y[i]);
      h += s[i] * p * (1 - p);
    }
    b -= clampStep(g / h);
    for (let j = 0; j < d; j++) {
      const c = cols[j];
      g = lambda * (w[j] - specs[j].prior);
      h = lambda;
      for (const i of c) {
        const p = sigmoid(b + m[i]);
        g += s[i] * (p - y[i]);
        h += s[i] * p * (1 - p);
      }
      const nw = Math.min(specs[j].hi, Math.max(specs[j].lo, w[j] - clampStep(g / h)));
      const delta = nw - w[j];
      if (delta !== 0) {
        w[j] = nw;
        for (const i of c) m[i] += delta;
      }
    }
  }
  return { bias: b, w };
}

export const logitOf = (model, row) => row.reduce((a, j) => a + model.w[j], model.bias);
