/**
 * How the routing model is trained from the public messages, in two stages:
 *
 * 1. A level-1 model from the labelled messages.
 * 2. Every training message is filed under a full level-3 path by the taxonomy keyword match,
 *    restricted to the level 1 it is known (labelled) or predicted (stage 1, when sure enough) to
 *    have. Those paths train the level-2 and level-3 layers of the final model; its level-1 layer
 *    learns from the labels alone, as in stage 1.
 */
import {
  defaultTrainingOptions,
  RoutingClassifier,
  trainRoutingModel,
  type RoutingModel,
  type RoutingTrainingOptions,
  type TaxonomyPath,
  type TrainingDocument,
} from '@huying/core';
import type { KeywordMatcher, RoutingMessage } from './data.js';

export interface PipelineOptions extends RoutingTrainingOptions {
  /** An unlabelled message is filed under a path only if stage 1 gives its level 1 at least this score. */
  pathConfidence: number;
}

/** The shipped model's options (see `defaultTrainingOptions` for how they were chosen). */
export const pipelineOptions: PipelineOptions = { ...defaultTrainingOptions, pathConfidence: 0.5 };

export interface PipelineInput {
  taxonomy: readonly TaxonomyPath[];
  labelled: readonly RoutingMessage[];
  unlabelled: readonly RoutingMessage[];
  keywordMatcher: KeywordMatcher;
}

const textOf = (message: RoutingMessage) => ({ title: message.title, description: message.description });

export function trainLevel1Model(input: PipelineInput, options: PipelineOptions): RoutingModel {
  return trainRoutingModel(
    { taxonomy: input.taxonomy, documents: input.labelled.map((message): TrainingDocument => ({ text: textOf(message), level1: message.level1 })) },
    options,
  );
}

export function trainRoutingPipeline(input: PipelineInput, options: PipelineOptions = pipelineOptions): RoutingModel {
  const stageOne = new RoutingClassifier(trainLevel1Model(input, options));
  const documents: TrainingDocument[] = [
    ...input.labelled.map((message): TrainingDocument => ({
      text: textOf(message),
      level1: message.level1,
      path: input.keywordMatcher.match(message, message.level1),
    })),
    ...input.unlabelled.map((message): TrainingDocument => {
      const [best] = stageOne.suggest(textOf(message), { limit: 0 }).level1;
      const sure = best !== undefined && best.score >= options.pathConfidence;
      return { text: textOf(message), path: sure ? input.keywordMatcher.match(message, best.level1) : null };
    }),
  ];
  return trainRoutingModel({ taxonomy: input.taxonomy, documents }, options);
}
