// `npm run train`: fits the verdict model (issue #12) on the offline analysis of ../shared/corpus (dev + train) and
// writes src/core/verdict/generated/weights.ts. Deterministic: same corpus and rules, same file. `--check` (via
// `npm run gen:check`, scripts/gen-weights.mjs) regenerates in memory and fails on drift.
// Steps: analyse every message in process (scripts/train/analyze-corpus.mjs), turn findings into readable features
// (src/core/verdict/features.ts), fit a regularised logistic regression with per-source sample weights
// (scripts/train/logistic.mjs, design.mjs), choose thresholds on leave-one-source-out scores (scripts/train/model.mjs).
import { loadCorpus } from './train/corpus.mjs';
import { analyzeCorpus } from './train/analyze-corpus.mjs';
import { fitModel, losoScores, chooseThresholds } from './train/model.mjs';
import { weightsSource } from './train/emit-weights.mjs';
import { emit } from './gen-lib.mjs';

export const WEIGHTS_FILE = 'src/core/verdict/generated/weights.ts';

/** Everything `npm run train` and `npm run eval` share: analysed rows, the full model, CV scores and thresholds. */
export async function trainAll({ log = () => {} } = {}) {
  const t0 = Date.now();
  const corpus = loadCorpus();
  const rows = await analyzeCorpus(corpus.items);
  log(`analysed ${rows.length} messages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const model = fitModel(rows);
  const cvRows = losoScores(rows);
  const th = chooseThresholds(cvRows.map((r) => ({ label: r.label, logit: r.cv.logit })));
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  log(`fitted + ${sources.length}-fold leave-one-source-out in ${((Date.now() - t0) / 1000).toFixed(1)} s total`);
  return { rows, cvRows, model, th, sources, manifests: corpus.manifests };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gen-weights.mjs');
if (isMain) {
  const r = await trainAll({ log: (s) => process.stderr.write(`train: ${s}\n`) });
  emit([[WEIGHTS_FILE, weightsSource(r)]]);
}
