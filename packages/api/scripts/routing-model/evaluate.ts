/**
 * Measures category suggestions against people's labels: level 1 on labelled messages, levels 2
 * and 3 on the messages labelled down to level 3 (`../routing-evaluation/level3-annotations.json`,
 * where `alternatives` lists other paths the annotator found as defensible).
 */
import { readFileSync } from 'node:fs';
import { pathKey, type TaxonomyPath } from '@huying/core';
import type { RoutingMessage } from './data.js';

export interface Level3Annotation {
  id: string;
  path: string;
  alternatives: string[];
  split: 'test' | 'development';
}

export function readLevel3Annotations(): Level3Annotation[] {
  return JSON.parse(readFileSync(new URL('../routing-evaluation/level3-annotations.json', import.meta.url), 'utf8')) as Level3Annotation[];
}

/** Anything that ranks categories for a message: the model, or a baseline. */
export type Ranker = (message: RoutingMessage) => { level1: string[]; paths: TaxonomyPath[] };

export interface Accuracy {
  count: number;
  top1: number;
  top3: number;
}

const ratio = (hits: number, count: number) => (count === 0 ? 0 : hits / count);

function accuracy(outcomes: { top1: boolean; top3: boolean }[]): Accuracy {
  return {
    count: outcomes.length,
    top1: ratio(outcomes.filter((outcome) => outcome.top1).length, outcomes.length),
    top3: ratio(outcomes.filter((outcome) => outcome.top3).length, outcomes.length),
  };
}

export function level1Accuracy(rank: Ranker, messages: readonly RoutingMessage[]): Accuracy {
  return accuracy(
    messages.map((message) => {
      const ranked = rank(message).level1;
      return { top1: ranked[0] === message.level1, top3: ranked.slice(0, 3).includes(message.level1 ?? '') };
    }),
  );
}

export interface PathAccuracy {
  level2: Accuracy;
  /** Only the annotator's first choice counts. */
  level3: Accuracy;
  /** The first choice or a listed alternative counts. */
  level3Lenient: Accuracy;
}

export function pathAccuracy(rank: Ranker, annotations: readonly Level3Annotation[], messages: ReadonlyMap<string, RoutingMessage>): PathAccuracy {
  const level2Of = (key: string) => key.split('/').slice(0, 2).join('/');
  const rows = annotations.flatMap((annotation) => {
    const message = messages.get(annotation.id);
    if (!message) return [];
    const keys = rank(message).paths.map(pathKey);
    // Level 2 is ranked by the first appearance of each level-2 group among the ranked paths.
    const groups = [...new Set(keys.map(level2Of))];
    const accepted = new Set([annotation.path, ...annotation.alternatives]);
    return [
      {
        level2: { top1: groups[0] === level2Of(annotation.path), top3: groups.slice(0, 3).includes(level2Of(annotation.path)) },
        strict: { top1: keys[0] === annotation.path, top3: keys.slice(0, 3).includes(annotation.path) },
        lenient: { top1: accepted.has(keys[0] ?? ''), top3: keys.slice(0, 3).some((key) => accepted.has(key)) },
      },
    ];
  });
  return {
    level2: accuracy(rows.map((row) => row.level2)),
    level3: accuracy(rows.map((row) => row.strict)),
    level3Lenient: accuracy(rows.map((row) => row.lenient)),
  };
}

export const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
