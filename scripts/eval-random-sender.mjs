#!/usr/bin/env node
// Evaluation of the machine-made-sender test (src/core/rules/machine-made): share of messages with a random-looking
// From local part, display name or subject word, per split, label, pool and language, (1) with the model fitted on all
// training ham (what ships), and (2) leave-one-source-out: for each ham pool of train, the model fitted without that
// pool, measured on that pool (fitting and measuring on the same ham is optimistic). Reads shared/corpus.
//   node --import tsx scripts/eval-random-sender.mjs [--examples]
import { manifest, senderTokens, fitTable, poolOf } from './sender-ngrams-fit.mjs';
import { modelFromTrigrams } from '../src/core/rules/machine-made/char-model.ts';
import { machineMadeTokens } from '../src/core/rules/machine-made/random-sender.ts';

const examples = process.argv.includes('--examples');
const train = manifest('train');
const dev = manifest('dev');
const tokens = new Map();
for (const r of [...train, ...dev]) tokens.set(r.path, await senderTokens(r.path));
const trainHam = train.filter((r) => r.label === 'ham');

function rate(rows, model, tag) {
  const groups = new Map();
  for (const r of rows) {
    const judged = machineMadeTokens(model, tokens.get(r.path));
    for (const key of [
      `${r.split} ${r.label} ALL`,
      `${r.split} ${r.label} pool=${poolOf(r)}`,
      `${r.split} ${r.label} lang=${r.lang || '?'}`,
    ]) {
      const g = groups.get(key) ?? { n: 0, hit: 0, places: { address: 0, name: 0, subject: 0 } };
      g.n++;
      if (judged.length) g.hit++;
      for (const j of judged) g.places[j.place]++;
      groups.set(key, g);
    }
    if (examples && judged.length && r.label === 'ham')
      console.log(`  ${tag} HAM ${r.file} ${poolOf(r)} ${judged.map((j) => `${j.place}:${j.token}(${j.score.toFixed(1)})`).join(' ')}`);
  }
  for (const [k, g] of [...groups].sort()) {
    if (!k.endsWith('ALL') && !g.hit) continue;
    console.log(
      `${tag}\t${k}\t${g.hit}/${g.n}\t${((100 * g.hit) / g.n).toFixed(2)}%\taddress ${g.places.address} name ${g.places.name} subject ${g.places.subject}`,
    );
  }
}

const full = modelFromTrigrams(fitTable(trainHam.map((r) => tokens.get(r.path))));
rate([...dev, ...train], full, 'fit=all-train-ham');
for (const pool of [...new Set(trainHam.map(poolOf))].sort()) {
  const model = modelFromTrigrams(fitTable(trainHam.filter((r) => poolOf(r) !== pool).map((r) => tokens.get(r.path))));
  rate(
    trainHam.filter((r) => poolOf(r) === pool),
    model,
    `loso(-${pool})`,
  );
  rate(
    dev.filter((r) => r.label === 'ham' && poolOf(r) === pool),
    model,
    `loso(-${pool})`,
  );
}
