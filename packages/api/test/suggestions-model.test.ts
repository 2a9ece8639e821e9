/**
 * The committed routing model: it loads, suggests sensibly, and is exactly what the training
 * script makes from the shared data today. Retraining (rather than checking a hash of the
 * inputs) proves both that training is deterministic and that nobody changed the data, the
 * taxonomy or the training code without retraining: either way the committed file would differ.
 */
import { readFileSync } from 'node:fs';
import { parseRoutingModel, RoutingClassifier, routingModelVersion } from '@huying/core';
import { describe, expect, it } from 'vitest';
import { loadRoutingData } from '../scripts/routing-model/data.js';
import { trainRoutingPipeline } from '../scripts/routing-model/pipeline.js';
import { defaultDataDir } from '../src/seed/demo-city.js';
import { routingClassifier, routingModelFile, serializeRoutingModel } from '../src/services/suggestions/routing-model.js';
import { testEngine } from '../src/testing/index.js';

const committed = readFileSync(routingModelFile, 'utf8');

describe('the committed routing model', () => {
  it('loads, covers the whole taxonomy and carries the fingerprint of its content', () => {
    const model = parseRoutingModel(JSON.parse(committed));
    expect(model.summary.taxonomyPaths).toBe(517);
    expect(model.levels[0]).toHaveLength(15);
    expect(model.version).toBe(routingModelVersion(model));
    expect(Buffer.byteLength(committed)).toBeLessThan(400 * 1024);
  });

  it('suggests what a dispatcher would for plain cases', () => {
    const classifier = routingClassifier();
    const first = (title: string, description: string) => classifier.suggest({ title, description }).categories[0]?.path;
    expect(first('物业公司服务太差还涨物业费', '物业公司什么都不管，物业费却年年涨')).toMatchObject({ level2: '住房保障与房地产', level3: '物业服务' });
    expect(first('工地拖欠农民工工资', '包工头拖欠我们三个月工资，至今不发')).toMatchObject({ level1: '劳动和社会保障' });
    expect(first('楼下烧烤店深夜噪音扰民', '每天晚上吵到凌晨两点，无法入睡')).toMatchObject({ level1: '环境保护', level3: '噪音污染' });
    expect(first('孩子入学学区划分', '我们小区的孩子为什么不能就近入学')).toMatchObject({ level1: '教育文体' });
    expect(first('出租车拒载绕路', '出租车司机拒载，还故意绕路多收钱')).toMatchObject({ level1: '交通运输', level2: '出租车管理' });
  });

  it.skipIf(testEngine() === 'postgres')('is exactly what training on the shared data produces today', async () => {
    const data = await loadRoutingData(defaultDataDir());
    const model = trainRoutingPipeline({
      taxonomy: data.taxonomy,
      labelled: data.labelledTraining,
      unlabelled: data.unlabelledTraining,
      keywordMatcher: data.keywordMatcher,
    });
    // On a mismatch: pnpm --filter @huying/api exec tsx scripts/train-routing-model.ts, then commit the model.
    expect(serializeRoutingModel(model) === committed).toBe(true);
    expect(new RoutingClassifier(model).version).toBe(routingClassifier().version);
  });
});
