import { decodePositions, decodeWeights, type RoutingModel, type TaxonomyPath } from './model.js';
import { caseTermWeights, type CaseText } from './terms.js';
import { softmax } from './train.js';

export interface ScoredLevel1 {
  level1: string;
  /** Probability-like, calibrated on held-out training messages; the level-1 scores sum to 1. */
  score: number;
}

export interface CategoryCandidate {
  path: TaxonomyPath;
  /** P(level 1) · P(level 2 | level 1) · P(level 3 | level 2), renormalised over the allowed paths. */
  score: number;
  /** The case's words that pulled hardest towards this category, strongest first. */
  terms: string[];
}

export interface CategorySuggestion {
  modelVersion: string;
  level1: ScoredLevel1[];
  categories: CategoryCandidate[];
  /** How many of the case's terms the model reads; zero means the text gave it nothing to go on. */
  knownTerms: number;
}

export interface SuggestOptions {
  /** How many categories to return (default 5). */
  limit?: number;
  /** Only these paths may be suggested (a city's own taxonomy); the others' share is spread over them. */
  allowed?: (path: TaxonomyPath) => boolean;
  /** How many explaining terms per category (default 5). */
  explainTerms?: number;
}

interface Posting {
  node: number;
  weight: number;
}

/** A sibling group: the level it chooses on and the nodes it chooses among. */
interface Group {
  level: number;
  members: number[];
}

/**
 * A loaded routing model, ready to score cases. Loading inverts the stored per-node weights and
 * per-group features into posting lists per term, so scoring a case touches only its own terms.
 */
export class RoutingClassifier {
  private readonly termIndex = new Map<string, number>();
  private readonly groups: Group[] = [];
  /** For each term, the groups that compete on it. */
  private readonly groupsOfTerm = new Map<number, number[]>();
  /** For each level, the group each node belongs to. */
  private readonly groupOfNode: number[][] = [[], [], []];
  /** For each level, for each term, the nodes that weigh it. */
  private readonly postings: Map<number, Posting[]>[] = [];
  private readonly paths: TaxonomyPath[];

  constructor(readonly model: RoutingModel) {
    model.vocabulary.forEach((term, position) => this.termIndex.set(term, position));
    const addGroup = (level: number, members: number[], features: string) => {
      const group = this.groups.length;
      this.groups.push({ level, members });
      for (const member of members) this.groupOfNode[level]![member] = group;
      for (const feature of decodePositions(features)) {
        const list = this.groupsOfTerm.get(feature) ?? [];
        list.push(group);
        this.groupsOfTerm.set(feature, list);
      }
    };
    addGroup(0, model.levels[0].map((_, position) => position), model.level1Features);
    for (const level of [1, 2] as const) {
      model.levels[level - 1]!.forEach((parent, parentPosition) => {
        const members = model.levels[level].flatMap((node, position) => (node.parent === parentPosition ? [position] : []));
        addGroup(level, members, parent.childFeatures ?? '');
      });
    }
    for (const nodes of model.levels) {
      const byTerm = new Map<number, Posting[]>();
      nodes.forEach((node, position) => {
        for (const [term, weight] of decodeWeights(node.weights)) {
          const list = byTerm.get(term) ?? [];
          list.push({ node: position, weight });
          byTerm.set(term, list);
        }
      });
      this.postings.push(byTerm);
    }
    const [first, second, third] = model.levels;
    this.paths = third.map((node) => {
      const parent = second[node.parent]!;
      return { level1: first[parent.parent]!.name, level2: parent.name, level3: node.name };
    });
  }

  get version(): string {
    return this.model.version;
  }

  /** Every category the model knows. */
  get taxonomy(): readonly TaxonomyPath[] {
    return this.paths;
  }

  suggest(text: CaseText, options: SuggestOptions = {}): CategorySuggestion {
    const limit = options.limit ?? 5;
    const explainTerms = options.explainTerms ?? 5;
    const [first, second, third] = this.model.levels;
    const terms: [number, number][] = [];
    // Per group, the total weight of the case's terms that group competes on.
    const lengths = new Float64Array(this.groups.length);
    for (const [term, weight] of caseTermWeights(text, this.model.titleWeight)) {
      const position = this.termIndex.get(term);
      if (position === undefined) continue;
      terms.push([position, weight]);
      for (const group of this.groupsOfTerm.get(position) ?? []) lengths[group]! += weight;
    }

    // Raw naive Bayes scores of every node against its parent, then a softmax among siblings.
    const conditional = this.model.levels.map((nodes, level) => {
      const scores = nodes.map((node, position) => node.logPrior + lengths[this.groupOfNode[level]![position]!]! * node.rest);
      const postings = this.postings[level]!;
      for (const [term, weight] of terms) for (const posting of postings.get(term) ?? []) scores[posting.node]! += weight * posting.weight;
      const probabilities = new Array<number>(nodes.length).fill(0);
      for (const group of this.groups) {
        if (group.level !== level || group.members.length === 0) continue;
        const result = softmax(group.members.map((member) => scores[member]!), this.model.temperatures[level]!);
        group.members.forEach((member, index) => {
          probabilities[member] = result[index]!;
        });
      }
      return probabilities;
    });

    const level1 = first
      .map((node, position) => ({ level1: node.name, score: conditional[0]![position]! }))
      .sort((a, b) => b.score - a.score || a.level1.localeCompare(b.level1));

    const candidates: { position: number; score: number }[] = [];
    let allowedTotal = 0;
    third.forEach((node, position) => {
      if (options.allowed && !options.allowed(this.paths[position]!)) return;
      const parent = second[node.parent]!;
      const score = conditional[0]![parent.parent]! * conditional[1]![node.parent]! * conditional[2]![position]!;
      allowedTotal += score;
      candidates.push({ position, score });
    });
    candidates.sort((a, b) => b.score - a.score || a.position - b.position);

    return {
      modelVersion: this.model.version,
      level1,
      categories: candidates.slice(0, limit).map(({ position, score }) => ({
        path: this.paths[position]!,
        score: allowedTotal > 0 ? score / allowedTotal : 0,
        terms: this.explain(terms, position, explainTerms),
      })),
      knownTerms: terms.length,
    };
  }

  /** The terms with the largest share of a category's score along its whole path. */
  private explain(terms: readonly [number, number][], position: number, count: number): string[] {
    const [, second, third] = this.model.levels;
    const levelTwo = third[position]!.parent;
    const nodeAt = [second[levelTwo]!.parent, levelTwo, position];
    const contributions: [number, number][] = [];
    for (const [term, weight] of terms) {
      let total = 0;
      this.postings.forEach((byTerm, level) => {
        for (const posting of byTerm.get(term) ?? []) if (posting.node === nodeAt[level]) total += posting.weight;
      });
      if (total > 0) contributions.push([term, total * weight]);
    }
    contributions.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return contributions.slice(0, count).map(([term]) => this.model.vocabulary[term]!);
  }
}
