/**
 * The routing model's figures on the test split, with the baselines measured in the same run:
 * the most frequent training category, and the taxonomy keyword match the demo seed files its
 * cases with.
 */
import { RoutingClassifier, type RoutingModel } from '@huying/core';
import type { RoutingData, RoutingMessage } from './data.js';
import { level1Accuracy, pathAccuracy, percent, readLevel3Annotations, type Accuracy, type PathAccuracy, type Ranker } from './evaluate.js';

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanScore: number;
  accuracy: number;
}

export interface RoutingReport {
  level1: { name: string; published: Accuracy; annotated: Accuracy; all: Accuracy }[];
  paths: { name: string; accuracy: PathAccuracy }[];
  /** How the first level-1 suggestion's score compares with how often it is right. */
  calibration: CalibrationBin[];
}

const calibrationEdges = [0, 0.4, 0.6, 0.8, 0.9, 1.0001];

/** The test messages binned by the score of their first level-1 suggestion. */
function calibration(model: RoutingModel, messages: readonly RoutingMessage[]): CalibrationBin[] {
  const classifier = new RoutingClassifier(model);
  const firsts = messages.map((message) => {
    const [first] = classifier.suggest(message, { limit: 0 }).level1;
    return { score: first?.score ?? 0, right: first?.level1 === message.level1 };
  });
  return calibrationEdges.slice(0, -1).map((from, index) => {
    const to = calibrationEdges[index + 1]!;
    const inBin = firsts.filter((first) => first.score >= from && first.score < to);
    const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
    return {
      from,
      to: Math.min(to, 1),
      count: inBin.length,
      meanScore: mean(inBin.map((first) => first.score)),
      accuracy: mean(inBin.map((first) => (first.right ? 1 : 0))),
    };
  });
}

export function rankers(model: RoutingModel, data: RoutingData): Record<string, Ranker> {
  const classifier = new RoutingClassifier(model);
  const counts = new Map<string, number>();
  for (const message of data.labelledTraining) counts.set(message.level1!, (counts.get(message.level1!) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([level1]) => level1);
  return {
    'routing model': (message) => {
      const suggestion = classifier.suggest(message, { limit: 10 });
      return { level1: suggestion.level1.map((entry) => entry.level1), paths: suggestion.categories.map((entry) => entry.path) };
    },
    'most frequent category': () => ({ level1: byFrequency, paths: [] }),
    'taxonomy keyword match': (message) => {
      const filed = data.keywordMatcher.file(message);
      return { level1: [filed.level1], paths: [filed] };
    },
  };
}

export function routingReport(model: RoutingModel, data: RoutingData): RoutingReport {
  const test = data.labelledTest;
  const bySource = (source: RoutingMessage['labelSource']) => test.filter((message) => message.labelSource === source);
  const annotations = readLevel3Annotations().filter((annotation) => annotation.split === 'test');
  const messages = new Map(test.map((message) => [message.id, message]));
  const entries = Object.entries(rankers(model, data));
  return {
    level1: entries.map(([name, rank]) => ({
      name,
      published: level1Accuracy(rank, bySource('published')),
      annotated: level1Accuracy(rank, bySource('annotated')),
      all: level1Accuracy(rank, test),
    })),
    paths: entries.filter(([name]) => name !== 'most frequent category').map(([name, rank]) => ({ name, accuracy: pathAccuracy(rank, annotations, messages) })),
    calibration: calibration(model, test),
  };
}

/** The report as the Markdown tables of docs/performance.md and docs/routing-suggestion.md. */
export function formatReport(report: RoutingReport): string {
  const [first] = report.level1;
  const [firstPath] = report.paths;
  const pair = (accuracy: Accuracy) => `${percent(accuracy.top1)} | ${percent(accuracy.top3)}`;
  return [
    `Level 1 (test split: ${first?.published.count ?? 0} published labels over 7 categories, ${first?.annotated.count ?? 0} annotated over all 15)`,
    '',
    '| ranker | published top-1 | published top-3 | annotated top-1 | annotated top-3 | all top-1 | all top-3 |',
    '|---|---|---|---|---|---|---|',
    ...report.level1.map((row) => `| ${row.name} | ${pair(row.published)} | ${pair(row.annotated)} | ${pair(row.all)} |`),
    '',
    `Levels 2 and 3 (test split: ${firstPath?.accuracy.level3.count ?? 0} messages labelled down to level 3; lenient also accepts the annotator's listed alternatives)`,
    '',
    '| ranker | level-2 top-1 | level-2 top-3 | level-3 top-1 | level-3 top-3 | level-3 lenient top-1 | level-3 lenient top-3 |',
    '|---|---|---|---|---|---|---|',
    ...report.paths.map((row) => `| ${row.name} | ${pair(row.accuracy.level2)} | ${pair(row.accuracy.level3)} | ${pair(row.accuracy.level3Lenient)} |`),
    '',
    'The keyword match files each message under one category, so its top-3 equals its top-1.',
    '',
    'Calibration of the level-1 score (all labelled test messages, by the score of the first suggestion)',
    '',
    '| score of the first suggestion | messages | mean score | right |',
    '|---|---|---|---|',
    ...report.calibration.map((bin) => `| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${percent(bin.meanScore)} | ${percent(bin.accuracy)} |`),
  ].join('\n');
}
