/**
 * Trains the routing model from the shared public messages (training split only), writes it to
 * src/services/suggestions/routing-model.json and prints its figures on the test split beside the
 * baselines, measured in the same run.
 *
 *   pnpm --filter @huying/api exec tsx scripts/train-routing-model.ts           # train and write
 *   pnpm --filter @huying/api exec tsx scripts/train-routing-model.ts --check   # fail if the committed model is stale
 *   ... --data <dir>                                                            # another copy of the shared data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../src/seed/demo-city.js';
import { routingModelFile, serializeRoutingModel } from '../src/services/suggestions/routing-model.js';
import { loadRoutingData } from './routing-model/data.js';
import { trainRoutingPipeline } from './routing-model/pipeline.js';
import { formatReport, routingReport } from './routing-model/report.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, data: { type: 'string' } } });
const started = performance.now();
const data = await loadRoutingData(values.data ?? defaultDataDir());
const model = trainRoutingPipeline({
  taxonomy: data.taxonomy,
  labelled: data.labelledTraining,
  unlabelled: data.unlabelledTraining,
  keywordMatcher: data.keywordMatcher,
});
const text = serializeRoutingModel(model);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${model.version}: ${data.labelledTraining.length} labelled and ${data.unlabelledTraining.length} unlabelled training messages, ` +
    `${model.summary.pathExamples} filed under a path; ${model.vocabulary.length} terms, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB; ${seconds} s`,
);

if (values.check) {
  const committed = readFileSync(routingModelFile, 'utf8');
  if (committed !== text) {
    console.error(`${routingModelFile} is stale: retrain with scripts/train-routing-model.ts and commit it`);
    process.exit(1);
  }
  console.log('the committed model is what the training data and code produce');
} else {
  writeFileSync(routingModelFile, text);
  console.log(`wrote ${routingModelFile}`);
}
console.log(`\n${formatReport(routingReport(model, data))}`);
