import {
  encodePositions,
  encodeWeights,
  pathKey,
  routingModelFormat,
  routingModelVersion,
  type RoutingModel,
  type SerializedNode,
  type TaxonomyPath,
} from './model.js';
import { caseTermWeights, type CaseText } from './terms.js';

/**
 * A message to learn from. Its labels train different layers: a `level1` label trains the level-1
 * layer; a `path` (often a weaker labeller's, such as a keyword match) trains the level-2 and
 * level-3 layers. A document may carry either or both.
 */
export interface TrainingDocument {
  text: CaseText;
  level1?: string | null;
  path?: TaxonomyPath | null;
}

export interface RoutingTrainingData {
  taxonomy: readonly TaxonomyPath[];
  documents: readonly TrainingDocument[];
}

export interface RoutingTrainingOptions {
  titleWeight: number;
  /** How many documents' worth each taxonomy name counts for in its node and above. */
  nameWeight: number;
  /** Terms in fewer of a group's documents than this are never its features. */
  minDocumentFrequency: number;
  /** Per level, how many features (besides the taxonomy names' terms) its sibling groups compete on. */
  features: [number, number, number];
  /** Level 1: add-α (Laplace) smoothing, α per feature. */
  additiveSmoothing: number;
  /**
   * μ, how many terms' worth of the parent's distribution a node's counts are mixed with: for a
   * level-1 category's distribution over all terms (its parent being the whole corpus), then for
   * levels 2 and 3.
   */
  parentSmoothing: [number, number, number];
  /** Pseudo-counts added to every sibling's example count for the priors (large: nearly uniform). */
  priorStrength: [number, number, number];
  temperatures: [number, number, number];
  /** Weights smaller than this are left out: they would move a score by less than rounding does. */
  minWeight: number;
}

/**
 * The options the shipped model is trained with, chosen by 5-fold cross-validation on the
 * training split's level-1 labels (level 1) and on a development set of training-split messages
 * labelled down to level 3 (levels 2 and 3).
 */
export const defaultTrainingOptions: RoutingTrainingOptions = {
  titleWeight: 3,
  nameWeight: 10,
  minDocumentFrequency: 3,
  features: [1000, 80, 20],
  additiveSmoothing: 0.3,
  parentSmoothing: [2000, 500, 200],
  priorStrength: [1, 5, 5],
  temperatures: [10, 1, 1],
  minWeight: 0.05,
};

/** A distribution over every term, by position. */
type Distribution = (term: number) => number;

interface Node {
  name: string;
  parent: number;
  /** Examples filed here (or below), for the prior. */
  examples: number;
  /** Indices of the documents filed here (or below). */
  documents: number[];
  /** Weighted counts of the taxonomy names' terms in its subtree. */
  names: Map<number, number>;
}

const other = '其他';

/**
 * Trains a routing model. Deterministic: the same data and options give the same model, byte for
 * byte, because every sum runs in input order and every tie breaks by position.
 */
export function trainRoutingModel(data: RoutingTrainingData, options: RoutingTrainingOptions = defaultTrainingOptions): RoutingModel {
  // Every term gets a position in order of first appearance: names first, then documents.
  const termIndex = new Map<string, number>();
  const vocabulary: string[] = [];
  const toVector = (terms: Map<string, number>) => {
    const vector = new Map<number, number>();
    for (const [term, weight] of terms) {
      let position = termIndex.get(term);
      if (position === undefined) {
        position = vocabulary.length;
        termIndex.set(term, position);
        vocabulary.push(term);
      }
      vector.set(position, weight);
    }
    return vector;
  };
  const nameVector = (name: string) => toVector(name === other ? new Map() : caseTermWeights({ title: '', description: name }, 1));

  const tree = buildTree(data.taxonomy);
  const { levels } = tree;
  levels[2].forEach((third) => {
    const second = levels[1][third.parent]!;
    for (const [node, name] of [
      [third, third.name],
      [second, second.name],
      [levels[0][second.parent]!, levels[0][second.parent]!.name],
    ] as const) {
      for (const [term, weight] of nameVector(name)) node.names.set(term, Math.max(node.names.get(term) ?? 0, weight * options.nameWeight));
    }
  });
  // A level-2 or level-1 node also knows its descendants' names.
  for (const [children, parents] of [
    [levels[2], levels[1]],
    [levels[1], levels[0]],
  ] as const) {
    for (const node of children) {
      const parent = parents[node.parent]!;
      for (const [term, weight] of node.names) if (!parent.names.has(term)) parent.names.set(term, weight);
    }
  }

  const vectors = data.documents.map((document) => toVector(caseTermWeights(document.text, options.titleWeight)));
  let level1Examples = 0;
  let pathExamples = 0;
  data.documents.forEach((document, index) => {
    const first = document.level1 ? tree.level1Index.get(document.level1) : undefined;
    if (first !== undefined) {
      level1Examples += 1;
      levels[0][first]!.examples += 1;
      levels[0][first]!.documents.push(index);
    }
    const found = document.path ? tree.find(document.path) : null;
    if (found) {
      pathExamples += 1;
      for (const level of [1, 2] as const) {
        levels[level][found[level]]!.examples += 1;
        levels[level][found[level]]!.documents.push(index);
      }
    }
  });
  const size = vocabulary.length;

  // The whole corpus's distribution: what a level-1 category's full distribution is smoothed towards.
  const corpus = new Float64Array(size);
  for (const vector of vectors) for (const [term, weight] of vector) corpus[term]! += weight;
  for (const node of levels[0]) for (const [term, weight] of node.names) corpus[term]! += weight;
  normalise(corpus, 1e-3);

  const countsOf = (documents: readonly number[], names: Map<number, number>) => {
    const counts = new Map(names);
    for (const index of documents) for (const [term, weight] of vectors[index]!) counts.set(term, (counts.get(term) ?? 0) + weight);
    return counts;
  };
  const usedFeatures = new Set<number>();
  const nodeFeatures = new Map<Node, number[]>();

  /**
   * Trains one sibling group: picks its features, then each child's log-ratios against the parent
   * on those features. Returns each child's full distribution for its own children's sake.
   */
  const trainGroup = (children: readonly { node: Node }[], level: 0 | 1 | 2, parent: Distribution | null) => {
    const features = selectFeatures(
      children.map(({ node }) => node),
      vectors,
      options.features[level],
      options.minDocumentFrequency,
    );
    for (const feature of features) usedFeatures.add(feature);
    const featureSet = new Set(features);
    // The parent's distribution restricted to the group's features (level 1: uniform).
    const parentAt = new Map(features.map((feature) => [feature, parent ? parent(feature) : 1]));
    let parentMass = 0;
    for (const value of parentAt.values()) parentMass += value;
    const mu = level === 0 ? options.additiveSmoothing * features.length : options.parentSmoothing[level];
    return children.map(({ node }) => {
      const counts = countsOf(node.documents, node.names);
      let total = 0;
      for (const [term, count] of counts) if (featureSet.has(term)) total += count;
      const weights: [number, number][] = [];
      for (const feature of features) {
        const count = counts.get(feature) ?? 0;
        if (count === 0) continue;
        // log(θ_node / θ_parent) − rest = log((n + μ·θ_parent) / (μ·θ_parent)).
        const share = (mu * parentAt.get(feature)!) / parentMass;
        const weight = round(Math.log((count + share) / share), 2);
        if (weight >= options.minWeight) weights.push([feature, weight]);
      }
      // The node's distribution over every term, for its children to be smoothed towards.
      let fullTotal = 0;
      for (const count of counts.values()) fullTotal += count;
      const fullMu = options.parentSmoothing[level];
      const fullParent = parent ?? ((term: number) => corpus[term]!);
      const full: Distribution = (term) => ((counts.get(term) ?? 0) + fullMu * fullParent(term)) / (fullTotal + fullMu);
      return { node, rest: Math.log(mu / (total + mu)), weights, full, features };
    });
  };

  const serialized: [SerializedNode[], SerializedNode[], SerializedNode[]] = [[], [], []];
  const rawWeights: [[number, number][][], [number, number][][], [number, number][][]] = [[], [], []];
  const logPriors = levels.map((nodes, level) => priors(nodes, options.priorStrength[level]!, level === 0 ? undefined : nodes.map((node) => node.parent)));
  const record = (level: 0 | 1 | 2, position: number, trained: { node: Node; rest: number; weights: [number, number][] }) => {
    serialized[level][position] = {
      name: trained.node.name,
      parent: trained.node.parent,
      logPrior: round(logPriors[level]![position]!, 4),
      rest: round(trained.rest, 4),
      weights: '',
    };
    rawWeights[level][position] = trained.weights;
  };
  const childrenOf = (level: 1 | 2, parent: number) =>
    levels[level].flatMap((node, position) => (node.parent === parent ? [{ node, position }] : []));

  // Each group is trained once its parent's distribution is known: level 1, then each level-1
  // category's level-2 groups, then each of those groups' level-3 categories.
  const first = trainGroup(levels[0].map((node) => ({ node })), 0, null);
  const level1Features = first[0]?.features ?? [];
  first.forEach((trained, position) => {
    record(0, position, trained);
    const seconds = childrenOf(1, position);
    const second = trainGroup(seconds, 1, trained.full);
    nodeFeatures.set(trained.node, second[0]?.features ?? []);
    second.forEach((trainedSecond, index) => {
      const secondPosition = seconds[index]!.position;
      record(1, secondPosition, trainedSecond);
      const thirds = childrenOf(2, secondPosition);
      const third = trainGroup(thirds, 2, trainedSecond.full);
      nodeFeatures.set(trainedSecond.node, third[0]?.features ?? []);
      third.forEach((trainedThird, thirdIndex) => record(2, thirds[thirdIndex]!.position, trainedThird));
    });
  });

  // Keep only the vocabulary some group uses, renumbered in order of first appearance.
  const order = [...usedFeatures].sort((a, b) => a - b);
  const renumber = new Map(order.map((term, position) => [term, position]));
  const renumbered = (positions: readonly number[]) => positions.map((position) => renumber.get(position)!).sort((a, b) => a - b);
  serialized.forEach((nodes, level) =>
    nodes.forEach((node, position) => {
      const weights = rawWeights[level]![position]!.map(([term, weight]) => [renumber.get(term)!, weight] as const);
      node.weights = encodeWeights(weights.sort((a, b) => a[0] - b[0]));
      if (level < 2) node.childFeatures = encodePositions(renumbered(nodeFeatures.get(levels[level]![position]!) ?? []));
    }),
  );

  const body = {
    format: routingModelFormat as typeof routingModelFormat,
    titleWeight: options.titleWeight,
    temperatures: options.temperatures,
    vocabulary: order.map((term) => vocabulary[term]!),
    level1Features: encodePositions(renumbered(level1Features)),
    levels: serialized,
    summary: { documents: data.documents.length, level1Examples, pathExamples, taxonomyPaths: levels[2].length },
  };
  const { format, ...rest } = body;
  return { format, version: routingModelVersion(body), ...rest };
}

/**
 * A sibling group's features: the terms of its members' names, then the `limit` terms with the
 * highest information gain about which member a document belongs to (document counts, as McCallum
 * and Nigam do for naive Bayes). Fewer, telling terms make a smaller model and, measured, a more
 * accurate one: a word every member uses only adds noise to each member's score.
 */
function selectFeatures(members: readonly Node[], vectors: readonly Map<number, number>[], limit: number, minDocumentFrequency: number): number[] {
  const chosen = new Set<number>();
  for (const member of members) for (const term of member.names.keys()) chosen.add(term);
  const perMember = members.map((member) => member.documents.length);
  const documents = perMember.reduce((sum, count) => sum + count, 0);
  const occurrences = new Map<number, number[]>();
  members.forEach((member, label) => {
    for (const index of member.documents) {
      for (const term of vectors[index]!.keys()) {
        let byMember = occurrences.get(term);
        if (!byMember) {
          byMember = new Array<number>(members.length).fill(0);
          occurrences.set(term, byMember);
        }
        byMember[label]! += 1;
      }
    }
  });
  const entropy = (counts: readonly number[], total: number) => {
    let value = 0;
    for (const count of counts) if (count > 0) value -= (count / total) * Math.log(count / total);
    return value;
  };
  const scored: [number, number][] = [];
  for (const [term, byMember] of occurrences) {
    if (chosen.has(term)) continue;
    const containing = byMember.reduce((sum, count) => sum + count, 0);
    if (containing < minDocumentFrequency) continue;
    const without = perMember.map((count, label) => count - byMember[label]!);
    const remaining = documents - containing;
    const conditional = (containing / documents) * entropy(byMember, containing) + (remaining > 0 ? (remaining / documents) * entropy(without, remaining) : 0);
    scored.push([term, conditional]);
  }
  // Lowest conditional entropy = highest information gain; ties go to the earlier term.
  scored.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (const [term] of scored.slice(0, limit)) chosen.add(term);
  return [...chosen].sort((a, b) => a - b);
}

/** The taxonomy tree: level-1, level-2 and level-3 nodes in the order they first appear. */
function buildTree(taxonomy: readonly TaxonomyPath[]) {
  const levels: [Node[], Node[], Node[]] = [[], [], []];
  const index = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const nodeAt = (level: 0 | 1 | 2, key: string, name: string, parent: number) => {
    let position = index[level].get(key);
    if (position === undefined) {
      position = levels[level].length;
      index[level].set(key, position);
      levels[level].push({ name, parent, examples: 0, documents: [], names: new Map() });
    }
    return position;
  };
  for (const path of taxonomy) {
    const first = nodeAt(0, path.level1, path.level1, -1);
    const second = nodeAt(1, `${path.level1}/${path.level2}`, path.level2, first);
    nodeAt(2, pathKey(path), path.level3, second);
  }
  return {
    levels,
    level1Index: index[0],
    find(path: TaxonomyPath) {
      const third = index[2].get(pathKey(path));
      if (third === undefined) return null;
      const second = levels[2][third]!.parent;
      return [levels[1][second]!.parent, second, third] as const;
    },
  };
}

/** Counts plus α each, scaled to sum to 1, in place. */
function normalise(counts: Float64Array, alpha: number) {
  let total = 0;
  for (let term = 0; term < counts.length; term++) total += counts[term]! + alpha;
  for (let term = 0; term < counts.length; term++) counts[term] = (counts[term]! + alpha) / total;
}

const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * Log priors among siblings: example counts plus `strength` pseudo-counts each. A large strength
 * keeps the prior near uniform, so categories the training data rarely shows are still reachable.
 */
function priors(nodes: readonly Node[], strength: number, parents?: readonly number[]): number[] {
  const totals = new Map<number, { examples: number; siblings: number }>();
  nodes.forEach((node, position) => {
    const group = parents?.[position] ?? -1;
    const total = totals.get(group) ?? { examples: 0, siblings: 0 };
    total.examples += node.examples;
    total.siblings += 1;
    totals.set(group, total);
  });
  return nodes.map((node, position) => {
    const total = totals.get(parents?.[position] ?? -1)!;
    return Math.log((node.examples + strength) / (total.examples + strength * total.siblings));
  });
}

/** Softmax of scores divided by a temperature, computed stably. */
export function softmax(scores: readonly number[], temperature: number): number[] {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  const exps = scores.map((score) => Math.exp((score - max) / temperature));
  let total = 0;
  for (const value of exps) total += value;
  return exps.map((value) => value / total);
}
