import { describe, expect, it } from 'vitest';
import {
  caseTermWeights,
  decodePositions,
  decodeWeights,
  defaultTrainingOptions,
  encodePositions,
  encodeWeights,
  fingerprint,
  parseRoutingModel,
  rankHandlingUnits,
  RoutingClassifier,
  RoutingModelError,
  trainRoutingModel,
  type RoutingTrainingData,
  type RoutingTrainingOptions,
  type TaxonomyPath,
  type UnitEvidence,
} from '../src/index.js';

const path = (level1: string, level2: string, level3: string): TaxonomyPath => ({ level1, level2, level3 });

const taxonomy = [
  path('城乡建设', '住房保障与房地产', '物业服务'),
  path('城乡建设', '城市建设和市政管理', '自来水供应'),
  path('城乡建设', '城市建设和市政管理', '环境卫生'),
  path('劳动和社会保障', '工资福利', '工资发放'),
  path('劳动和社会保障', '城镇职工社会保险', '职工养老保险'),
  path('教育文体', '教育收费', '乱收费'),
  // No example ever mentions this one: only its name can find it.
  path('卫生计生', '食品药品监管', '食品安全'),
];

const examples: [string, string, TaxonomyPath][] = [
  ['物业公司乱收停车费', '小区物业不经业主同意收取停车费，物业服务很差', taxonomy[0]!],
  ['小区物业不作为', '物业公司不管电梯维修，业主多次投诉物业', taxonomy[0]!],
  ['物业费上涨', '物业服务没有改善却要涨物业费', taxonomy[0]!],
  ['小区长期停水', '自来水公司没有通知就停水，停水三天了', taxonomy[1]!],
  ['自来水水压太低', '高层住户自来水水压不够，经常停水', taxonomy[1]!],
  ['停水问题', '我们小区停水一周，自来水什么时候恢复', taxonomy[1]!],
  ['垃圾无人清理', '路边垃圾堆放多日无人清理，卫生很差', taxonomy[2]!],
  ['垃圾站臭气熏天', '垃圾站卫生差，臭味影响居民', taxonomy[2]!],
  ['公司拖欠工资', '老板拖欠我们三个月工资不发', taxonomy[3]!],
  ['讨要拖欠工资', '工地拖欠农民工工资，至今没有发放', taxonomy[3]!],
  ['工资发放不及时', '单位每月工资拖欠，发放不及时', taxonomy[3]!],
  ['养老保险怎么缴纳', '职工养老保险断缴了可以补缴吗', taxonomy[4]!],
  ['养老保险转移', '换工作后养老保险如何转移接续', taxonomy[4]!],
  ['学校乱收费', '学校乱收资料费和补课费', taxonomy[5]!],
  ['补课收费', '学校假期补课还收取补课费', taxonomy[5]!],
];

const trainingData: RoutingTrainingData = {
  taxonomy,
  documents: examples.map(([title, description, category]) => ({ text: { title, description }, level1: category.level1, path: category })),
};

// The shipped options prune features hard for 517 categories; this toy taxonomy keeps every term.
const options: RoutingTrainingOptions = { ...defaultTrainingOptions, minDocumentFrequency: 1, features: [200, 50, 50] };
const model = trainRoutingModel(trainingData, options);
const classifier = new RoutingClassifier(model);

describe('case terms', () => {
  it('weigh the title above the description and leave out anonymised place codes', () => {
    const weights = caseTermWeights({ title: '停水', description: 'A市A3区停水，K8县也停水' }, 3);
    expect(weights.has('a3')).toBe(false);
    expect(weights.has('k8')).toBe(false);
    // Title 3 + description 2 occurrences, damped: 1 + ln 5.
    expect(weights.get('停水')).toBeCloseTo(1 + Math.log(5));
    expect(weights.get('市')).toBe(1);
  });
});

describe('routing suggestions', () => {
  it('rank the category a clear case belongs to first, with the words that decided it', () => {
    const suggestion = classifier.suggest({ title: '小区物业乱收费', description: '物业公司强行收取停车费，业主很不满' });
    expect(suggestion.categories[0]?.path).toEqual(taxonomy[0]);
    expect(suggestion.level1[0]?.level1).toBe('城乡建设');
    expect(suggestion.categories[0]?.terms).toContain('物业');
    expect(suggestion.modelVersion).toBe(model.version);

    const wages = classifier.suggest({ title: '拖欠工资', description: '老板拖欠工资两个月' });
    expect(wages.categories[0]?.path).toEqual(taxonomy[3]);
  });

  it('tell apart categories of the same level-1 group by their own words', () => {
    const water = classifier.suggest({ title: '又停水了', description: '自来水停水没有通知' });
    const rubbish = classifier.suggest({ title: '垃圾没人管', description: '垃圾堆积卫生太差' });
    expect(water.categories[0]?.path.level3).toBe('自来水供应');
    expect(rubbish.categories[0]?.path.level3).toBe('环境卫生');
  });

  it('do not favour a category for having more examples: its everyday words cost it as much as they earn', () => {
    const filler = '我们希望领导尽快解决这个问题，谢谢';
    const skewed = trainRoutingModel(
      {
        taxonomy,
        documents: [
          ...Array.from({ length: 12 }, (_, index) => ({
            text: { title: `拖欠工资${index}`, description: `${filler}，公司拖欠工资` },
            level1: '劳动和社会保障',
            path: taxonomy[3]!,
          })),
          { text: { title: '学校乱收费', description: '学校乱收资料费' }, level1: '教育文体', path: taxonomy[5]! },
        ],
      },
      { ...options, priorStrength: [1000, 5, 5] },
    );
    const suggestion = new RoutingClassifier(skewed).suggest({ title: '学校乱收费', description: filler });
    expect(suggestion.level1[0]?.level1).toBe('教育文体');
  });

  it('reach a category no example mentions through the words of its name', () => {
    const suggestion = classifier.suggest({ title: '食品安全问题', description: '超市卖的食品不安全' });
    expect(suggestion.categories[0]?.path).toEqual(taxonomy[6]);
  });

  it('give scores that are ranked, between 0 and 1, and sum to 1 over level 1 and over every allowed category', () => {
    const suggestion = classifier.suggest({ title: '停水', description: '自来水停水' }, { limit: taxonomy.length });
    const level1Total = suggestion.level1.reduce((sum, entry) => sum + entry.score, 0);
    const categoryTotal = suggestion.categories.reduce((sum, entry) => sum + entry.score, 0);
    expect(level1Total).toBeCloseTo(1);
    expect(categoryTotal).toBeCloseTo(1);
    const scores = suggestion.categories.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
  });

  it('suggest only allowed categories, spreading the others\' share over them', () => {
    const allowed = (candidate: TaxonomyPath) => candidate.level1 === '劳动和社会保障';
    const suggestion = classifier.suggest({ title: '停水', description: '自来水停水' }, { allowed, limit: 10 });
    expect(suggestion.categories.map((entry) => entry.path.level1)).toEqual(['劳动和社会保障', '劳动和社会保障']);
    expect(suggestion.categories.reduce((sum, entry) => sum + entry.score, 0)).toBeCloseTo(1);
    expect(classifier.suggest({ title: '停水', description: '' }, { allowed: () => false }).categories).toEqual([]);
  });

  it('say when the text gave the model nothing to read', () => {
    const suggestion = classifier.suggest({ title: '？？？', description: '12345 !!!' });
    expect(suggestion.knownTerms).toBe(0);
    expect(suggestion.categories).toHaveLength(5);
    expect(suggestion.categories.every((entry) => entry.terms.length === 0)).toBe(true);
  });
});

describe('training', () => {
  it('is deterministic: the same data gives the same model, byte for byte', () => {
    const again = trainRoutingModel(trainingData, options);
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });

  it('versions the model by its content', () => {
    const fewer = trainRoutingModel({ ...trainingData, documents: trainingData.documents.slice(1) }, options);
    expect(fewer.version).not.toBe(model.version);
    expect(model.version).toMatch(/^routing-[0-9a-f]{13}$/);
  });

  it('ignores labels outside the taxonomy rather than inventing categories', () => {
    const stray = trainRoutingModel(
      { taxonomy, documents: [...trainingData.documents, { text: { title: '火星殖民', description: '火星' }, level1: '太空', path: path('太空', '火星', '殖民') }] },
      options,
    );
    expect(stray.levels[2]).toHaveLength(taxonomy.length);
    expect(stray.summary.level1Examples).toBe(examples.length);
  });

  it('survives a round trip through JSON and scores the same afterwards', () => {
    const reloaded = new RoutingClassifier(parseRoutingModel(JSON.parse(JSON.stringify(model))));
    const text = { title: '养老保险', description: '养老保险断缴怎么办' };
    expect(reloaded.suggest(text)).toEqual(classifier.suggest(text));
  });
});

describe('the stored model', () => {
  it('is refused when it is not a routing model this code reads', () => {
    const broken = (change: (copy: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
      change(copy);
      return () => parseRoutingModel(copy);
    };
    expect(() => parseRoutingModel(null)).toThrow(RoutingModelError);
    expect(broken((copy) => (copy.format = 'huying-routing-model/0'))).toThrow(/format/);
    expect(broken((copy) => (copy.temperatures = [1, 0, 1]))).toThrow(/temperatures/);
    expect(broken((copy) => ((copy.levels as { parent: number }[][])[1]![0]!.parent = 99))).toThrow(/parent/);
    expect(broken((copy) => ((copy.levels as { weights: string }[][])[0]![0]!.weights = '999999:1'))).toThrow(/weights/);
    expect(broken((copy) => (copy.level1Features = 'x y'))).toThrow(/features/);
  });

  it('encodes positions and weights as deltas that decode back', () => {
    expect(decodePositions(encodePositions([3, 4, 10, 200]))).toEqual([3, 4, 10, 200]);
    expect(encodePositions([3, 4, 10])).toBe('3 1 6');
    expect(decodeWeights(encodeWeights([[2, 0.5], [7, 1.25]]))).toEqual([[2, 0.5], [7, 1.25]]);
    expect(decodePositions('')).toEqual([]);
  });

  it('fingerprints text stably, and differently for different text', () => {
    expect(fingerprint('物业')).toBe(fingerprint('物业'));
    expect(fingerprint('物业')).not.toBe(fingerprint('物价'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{13}$/);
  });
});

describe('handling units', () => {
  const evidence = (overrides: Partial<UnitEvidence> = {}): UnitEvidence => ({
    categoryId: 'c1',
    probability: 1,
    ownerUnitId: null,
    intake: null,
    history: [],
    ...overrides,
  });

  it('put the owning department and a rule\'s target first, each with its reason', () => {
    const ranked = rankHandlingUnits([
      evidence({ ownerUnitId: 'water', intake: { unitId: 'centre', reason: 'department_category', ruleId: null } }),
      evidence({ categoryId: 'c2', probability: 0.5, intake: { unitId: 'property', reason: 'rule', ruleId: 'r1' } }),
    ]);
    expect(ranked.map((unit) => unit.unitId)).toEqual(['water', 'property']);
    expect(ranked[0]?.reasons).toEqual([{ type: 'category_owner', categoryId: 'c1' }]);
    expect(ranked[1]?.reasons).toEqual([{ type: 'routing_rule', categoryId: 'c2', ruleId: 'r1' }]);
    expect(ranked[0]!.score).toBeCloseTo(1 / 1.5);
    // The dispatch queue a department's category passes through is not a handling unit.
    expect(ranked.some((unit) => unit.unitId === 'centre')).toBe(false);
  });

  it('share the history weight by how many cases each unit resolved, city-wide and nearby', () => {
    const ranked = rankHandlingUnits([
      evidence({ history: [{ unitId: 'a', resolved: 3, nearby: 0 }, { unitId: 'b', resolved: 1, nearby: 2 }] }),
    ]);
    const a = ranked.find((unit) => unit.unitId === 'a')!;
    const b = ranked.find((unit) => unit.unitId === 'b')!;
    expect(a.reasons).toEqual([{ type: 'history', categoryId: 'c1', resolved: 3, share: 0.75 }]);
    expect(b.reasons).toEqual([
      { type: 'history', categoryId: 'c1', resolved: 1, share: 0.25 },
      { type: 'nearby_history', categoryId: 'c1', resolved: 2, share: 1 },
    ]);
    // a: 0.6 × 0.75 = 0.45; b: 0.6 × 0.25 + 0.4 = 0.55.
    expect(b.score).toBeCloseTo(0.55);
    expect(a.score + b.score).toBeCloseTo(1);
  });

  it('fall back on the building\'s unit, then on the command centre, and keep only the best few', () => {
    const local = rankHandlingUnits([evidence({ intake: { unitId: 'grid', reason: 'place', ruleId: null } })]);
    expect(local).toEqual([{ unitId: 'grid', score: 1, reasons: [{ type: 'place', categoryId: 'c1' }] }]);
    const nowhere = rankHandlingUnits([evidence({ intake: { unitId: 'centre', reason: 'no_place', ruleId: null } })]);
    expect(nowhere[0]?.reasons).toEqual([{ type: 'command_centre', categoryId: 'c1' }]);
    const many = rankHandlingUnits([evidence({ history: Array.from({ length: 9 }, (_, index) => ({ unitId: `u${index}`, resolved: index + 1, nearby: 0 })) })], 3);
    expect(many.map((unit) => unit.unitId)).toEqual(['u8', 'u7', 'u6']);
    expect(rankHandlingUnits([evidence({ probability: 0, ownerUnitId: 'water' })])).toEqual([]);
  });
});
