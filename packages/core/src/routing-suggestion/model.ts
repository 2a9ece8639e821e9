/**
 * The routing model as it is stored: the three-level taxonomy as a tree of naive Bayes classes.
 *
 * Siblings (the level-1 categories, the level-2 groups of one level-1 category, the level-3
 * categories of one level-2 group) compete with each other only, on the terms that tell them
 * apart best (the group's features): a case's other terms do not count for that choice. Each
 * node's distribution over its group's features is smoothed towards its parent's (a Dirichlet
 * prior centred on the parent), so a category with few examples leans on its group's words
 * instead of on nothing, and is stored as log-ratios against the parent: one shared weight
 * (`rest`) for every feature the node never saw, and its own weight for each one it saw.
 */

export const routingModelFormat = 'huying-routing-model/2';

export interface TaxonomyPath {
  level1: string;
  level2: string;
  level3: string;
}

export const pathKey = (path: TaxonomyPath) => `${path.level1}/${path.level2}/${path.level3}`;

/** One taxonomy node: a class among its siblings. */
export interface SerializedNode {
  /** The node's own name at its level (level 3: `物业服务`). */
  name: string;
  /** Position of the parent in the level above; -1 on level 1. */
  parent: number;
  /** Log prior probability among its siblings. */
  logPrior: number;
  /** Log-ratio against the parent of every group feature the node never saw. */
  rest: number;
  /**
   * The group features the node saw, as `delta:weight` pairs joined by spaces: the delta is the
   * gap from the previous pair's vocabulary position (the first counts from 0), the weight the
   * feature's log-ratio minus `rest`. Compact on purpose: it is most of the file.
   */
  weights: string;
  /** For a level-1 or level-2 node: the features its children compete on, as position deltas. */
  childFeatures?: string;
}

export interface RoutingModelSummary {
  /** Documents learnt from; of them, with a level-1 label and with a full path. */
  documents: number;
  level1Examples: number;
  pathExamples: number;
  taxonomyPaths: number;
}

export interface RoutingModel {
  format: typeof routingModelFormat;
  /** A fingerprint of everything below: two models with the same version score identically. */
  version: string;
  /** How often a title's terms count against the description's. */
  titleWeight: number;
  /** Softmax temperatures per level: raw naive Bayes posteriors are far too sure of themselves. */
  temperatures: [number, number, number];
  vocabulary: string[];
  /** The features the level-1 categories compete on, as position deltas. */
  level1Features: string;
  levels: [SerializedNode[], SerializedNode[], SerializedNode[]];
  summary: RoutingModelSummary;
}

export class RoutingModelError extends Error {}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Checks a parsed JSON value is a routing model this code can read; throws RoutingModelError otherwise. */
export function parseRoutingModel(value: unknown): RoutingModel {
  const fail = (why: string): never => {
    throw new RoutingModelError(`not a routing model: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const model = value as Partial<RoutingModel>;
  if (model.format !== routingModelFormat) return fail(`format is ${String(model.format)}, expected ${routingModelFormat}`);
  if (typeof model.version !== 'string' || !model.version) return fail('no version');
  if (!isNumber(model.titleWeight)) return fail('no title weight');
  if (!Array.isArray(model.temperatures) || model.temperatures.length !== 3 || !model.temperatures.every((t) => isNumber(t) && t > 0)) {
    return fail('temperatures must be three positive numbers');
  }
  if (!Array.isArray(model.vocabulary) || !model.vocabulary.every((term) => typeof term === 'string')) return fail('no vocabulary');
  const size = model.vocabulary.length;
  const checkPositions = (encoded: unknown, what: string, paired: boolean) => {
    if (typeof encoded !== 'string') return fail(`${what} is not a string`);
    let position = 0;
    for (const item of encoded ? encoded.split(' ') : []) {
      const [delta, weight] = item.split(':');
      position += Number(delta);
      if (!Number.isInteger(Number(delta)) || position >= size || (paired && !isNumber(Number(weight)))) fail(`${what} is malformed`);
    }
  };
  checkPositions(model.level1Features, 'the level-1 features', false);
  if (!Array.isArray(model.levels) || model.levels.length !== 3) return fail('levels must be three lists of nodes');
  model.levels.forEach((nodes, level) => {
    if (!Array.isArray(nodes) || nodes.length === 0) fail(`level ${level + 1} is empty`);
    const parents = level === 0 ? 0 : (model.levels?.[level - 1]?.length ?? 0);
    for (const node of nodes) {
      if (typeof node?.name !== 'string' || !isNumber(node.logPrior) || !isNumber(node.rest)) fail(`a level ${level + 1} node is malformed`);
      if (level === 0 ? node.parent !== -1 : !(Number.isInteger(node.parent) && node.parent >= 0 && node.parent < parents)) {
        fail(`level ${level + 1} node ${node.name} has no valid parent`);
      }
      checkPositions(node.weights, `the weights of ${node.name}`, true);
      if (level < 2) checkPositions(node.childFeatures, `the child features of ${node.name}`, false);
    }
  });
  if (typeof model.summary !== 'object' || model.summary === null) return fail('no summary');
  return model as RoutingModel;
}

/** Position deltas → positions. */
export function decodePositions(encoded: string): number[] {
  const positions: number[] = [];
  let position = 0;
  for (const delta of encoded ? encoded.split(' ') : []) {
    position += Number(delta);
    positions.push(position);
  }
  return positions;
}

/** `delta:weight` pairs → [position, weight] pairs. */
export function decodeWeights(encoded: string): [number, number][] {
  const pairs: [number, number][] = [];
  let position = 0;
  for (const item of encoded ? encoded.split(' ') : []) {
    const separator = item.indexOf(':');
    position += Number(item.slice(0, separator));
    pairs.push([position, Number(item.slice(separator + 1))]);
  }
  return pairs;
}

/** Sorted positions → deltas. */
export function encodePositions(positions: readonly number[]): string {
  let previous = 0;
  return positions
    .map((position) => {
      const delta = position - previous;
      previous = position;
      return String(delta);
    })
    .join(' ');
}

/** [position, weight] pairs sorted by position → `delta:weight` pairs. */
export function encodeWeights(pairs: readonly (readonly [number, number])[]): string {
  let previous = 0;
  return pairs
    .map(([position, weight]) => {
      const delta = position - previous;
      previous = position;
      return `${delta}:${weight}`;
    })
    .join(' ');
}

/** The version of a model: a fingerprint of its content in a fixed order, whatever order its keys were read in. */
export function routingModelVersion(model: Omit<RoutingModel, 'version'>): string {
  const { format, titleWeight, temperatures, vocabulary, level1Features, levels, summary } = model;
  return `routing-${fingerprint(JSON.stringify({ format, titleWeight, temperatures, vocabulary, level1Features, levels, summary }))}`;
}

/** FNV-1a over the text, kept to 52 bits so it stays exact in a double: a fingerprint, not a security hash. */
export function fingerprint(text: string): string {
  let high = 0xcbf2;
  let low = 0x9ce48422;
  for (let index = 0; index < text.length; index++) {
    low = (low ^ text.charCodeAt(index)) >>> 0;
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x1_0000_0000);
    high = (high * 0x1b3 + low * 0x100 + carry) % 0x10_0000;
    low = lowProduct % 0x1_0000_0000;
  }
  return high.toString(16).padStart(5, '0') + low.toString(16).padStart(8, '0');
}
