/**
 * The routing model's data, read from the shared public messages and split once: messages whose
 * id ends in 0 or 5 are the test split (data/README.md) and only the evaluation ever sees them.
 *
 * Level-1 labels come from two sources: the 495 messages of `messages-labelled.jsonl` (seven of
 * the fifteen level-1 categories occur there) and 800 messages of the other files labelled for
 * this model (`../routing-evaluation/level1-annotations.json`: 600 training-split messages, 200
 * test-split ones), so that all fifteen are learnt and measured.
 */
import { readFileSync } from 'node:fs';
import type { TaxonomyPath } from '@huying/core';
import { isEvaluationMessage, readSourceData, type SourceMessage } from '../../src/seed/sources.js';
import { buildCategories, CategoryMatcher } from '../../src/seed/taxonomy.js';

export type LabelSource = 'published' | 'annotated';

export interface RoutingMessage {
  id: string;
  title: string;
  description: string;
  /** The level-1 category a person gave it; null for an unlabelled message. */
  level1: string | null;
  labelSource: LabelSource | null;
}

export interface RoutingData {
  taxonomy: TaxonomyPath[];
  /** Labelled messages of the training split (both sources). */
  labelledTraining: RoutingMessage[];
  /** Unlabelled messages of the training split. */
  unlabelledTraining: RoutingMessage[];
  /** Labelled messages of the test split (both sources). */
  labelledTest: RoutingMessage[];
  /** The taxonomy keyword match the demo seed files its cases with: the weak labeller and a baseline. */
  keywordMatcher: KeywordMatcher;
}

export interface KeywordMatcher {
  /** The keyword match's category, or null when no keyword matched. */
  match(message: Pick<RoutingMessage, 'title' | 'description'>, level1?: string | null): TaxonomyPath | null;
  /** The category the demo seed files a message under: the keyword match, else its fallback (a level-1 guess's 其他). */
  file(message: Pick<RoutingMessage, 'title' | 'description'>): TaxonomyPath;
}

interface Annotation {
  id: string;
  level1: string;
}

const annotationsFile = new URL('../routing-evaluation/level1-annotations.json', import.meta.url);

const toPath = ({ level1, level2, level3 }: TaxonomyPath): TaxonomyPath => ({ level1, level2, level3 });

/** Whitespace-free text, to recognise the same message posted twice. */
const fingerprintOf = (text: string) => text.replace(/\s+/g, '');

export async function loadRoutingData(dataDir: string): Promise<RoutingData> {
  const source = await readSourceData(dataDir);
  // The matcher only needs each category's keywords; which department owns it does not matter here.
  const departments = new Map(source.departments.map((name) => [name, name]));
  const matcher = new CategoryMatcher(buildCategories(source.categories, departments));
  const annotations = new Map((JSON.parse(readFileSync(annotationsFile, 'utf8')) as Annotation[]).map((row) => [row.id, row.level1]));

  const toRoutingMessage = (message: SourceMessage): RoutingMessage => {
    const annotated = annotations.get(message.id);
    const level1 = message.level1 ?? annotated ?? null;
    return {
      id: message.id,
      title: message.subject,
      description: message.body,
      level1,
      labelSource: message.level1 ? 'published' : annotated ? 'annotated' : null,
    };
  };
  const messages = source.messages.map(toRoutingMessage);
  const test = messages.filter((message) => isEvaluationMessage(message.id));

  // The same message is sometimes posted twice, once in each split: the training copy goes, or the
  // model would be tested on text it learnt.
  const testTexts = new Set(test.flatMap((message) => [fingerprintOf(message.title), fingerprintOf(message.description)]));
  const training = messages.filter(
    (message) => !isEvaluationMessage(message.id) && !testTexts.has(fingerprintOf(message.title)) && !testTexts.has(fingerprintOf(message.description)),
  );

  return {
    taxonomy: source.categories.map(({ level1, level2, level3 }) => ({ level1, level2, level3 })),
    labelledTraining: training.filter((message) => message.level1 !== null),
    unlabelledTraining: training.filter((message) => message.level1 === null),
    labelledTest: test.filter((message) => message.level1 !== null),
    keywordMatcher: {
      match(message, level1 = null) {
        const found = matcher.match(message.title, message.description, level1);
        return found.matched ? toPath(found.category) : null;
      },
      file(message) {
        return toPath(matcher.match(message.title, message.description).category);
      },
    },
  };
}
