import { describe, expect, it } from 'vitest';
import { kindOfRequest } from '../../src/seed/intake.js';
import { localizeText } from '../../src/seed/localize.js';
import { extractPhoneNumbers } from '../../src/seed/phones.js';
import { extractEstateNames, extractPropertyCompanies } from '../../src/seed/place-names.js';
import { Random } from '../../src/seed/random.js';
import { isEvaluationMessage, parseWallClock, type SourceMessage } from '../../src/seed/sources.js';
import { buildCategories, CategoryMatcher } from '../../src/seed/taxonomy.js';

const message = (id: string, subject: string, body: string): SourceMessage => ({
  id,
  source: 'votes',
  subject,
  body,
  time: { year: 2019, month: 4, day: 25, hour: 9, minute: 32, second: 9 },
  reply: null,
  replyTime: null,
  level1: null,
});

describe('reading the sources', () => {
  it('reads the three timestamp spellings the messages use', () => {
    expect(parseWallClock('2019/4/25 9:32:09')).toEqual({ year: 2019, month: 4, day: 25, hour: 9, minute: 32, second: 9 });
    expect(parseWallClock('2018/4/24')).toEqual({ year: 2018, month: 4, day: 24, hour: 0, minute: 0, second: 0 });
    expect(parseWallClock('2019-04-08T08:37:20.000Z')).toMatchObject({ month: 4, day: 8, hour: 8, minute: 37 });
    expect(parseWallClock('soon')).toBeNull();
  });

  it('knows the evaluation split: ids ending in 0 or 5', () => {
    expect(['10', '2555', '3'].map(isEvaluationMessage)).toEqual([true, true, false]);
  });
});

describe('extractPhoneNumbers', () => {
  it.each([
    ['020-83133283、83134746', ['020-83133283', '020-83134746']],
    ['省厅：020-86351219；深圳：0755-88127587', ['020-86351219', '0755-88127587']],
    ['020-87300569-825', ['020-87300569-825']],
    ['(8620) 81218888', ['020-81218888']],
    ['（020）38486800', ['020-38486800']],
    ['拨打12348或020-86350683', ['12348', '020-86350683']],
    ['4000390208', ['400-039-0208']],
    ['咨询网址：http://www.example.gov.cn/column/4294436。电话：020-37591009', ['020-37591009']],
    ['37885230', []],
    ['无', []],
  ])('%s', (field, numbers) => {
    expect(extractPhoneNumbers(field)).toEqual(numbers);
  });
});

describe('names from the messages', () => {
  it('finds estates and property companies, cleaned of the words around them', () => {
    const messages = [
      message('2549', 'A2区景蓉华苑物业管理有问题', '该小区的物业公司美顺物业扬言要退出小区，由西地省文兴物业管理有限公司接管'),
      message('2551', '反映A3区杜鹃文苑小区外的问题', '位于杜鹃文苑的住户多次投诉长城物业公司'),
    ];
    expect(extractEstateNames(messages)).toEqual(['景蓉华苑', '杜鹃文苑']);
    expect(extractPropertyCompanies(messages).map((company) => company.name)).toEqual(['文兴物业管理有限公司', '长城物业服务有限公司']);
  });

  it('learns nothing from the evaluation split', () => {
    const training = message('2551', 'A3区杜鹃文苑小区', '长城物业公司');
    const evaluation = message('2555', 'A3区丽发新城小区', '盛凯物业公司');
    expect(extractEstateNames([training, evaluation])).toEqual(extractEstateNames([training]));
    expect(extractPropertyCompanies([training, evaluation])).toEqual(extractPropertyCompanies([training]));
  });
});

describe('localizeText', () => {
  const places = { district: '温泉街道', county: '玲珑镇' };

  it('moves the anonymised places to Zhaoyuan', () => {
    expect(localizeText('A市A2区桂花坪街道景蓉华苑', places)).toBe('招远市温泉街道景蓉华苑');
    expect(localizeText('A7县春华镇金鼎村七里组', places)).toBe('玲珑镇金鼎村七里组');
    expect(localizeText('《问政西地省》栏目', places)).toBe('《问政山东省》栏目');
    expect(localizeText('B市和K8县', places)).toBe('烟台市和某县');
  });
});

describe('kindOfRequest', () => {
  it.each([
    ['表扬A市公交司机拾金不昧', '', 'praise'],
    ['咨询A市参保问题', '', 'consultation'],
    ['A7县龙华安置区何时接入天然气？', '', 'consultation'],
    ['建议增设公交站点', '', 'suggestion'],
    ['孤寡老人求助', '', 'help'],
    ['A市某小区垃圾站污染严重', '', 'complaint'],
  ] as const)('%s', (subject, body, kind) => {
    expect(kindOfRequest(subject, body)).toBe(kind);
  });
});

describe('CategoryMatcher', () => {
  const rows = [
    { level1: '城乡建设', level2: '住房保障与房地产', level3: '物业服务' },
    { level1: '城乡建设', level2: '其他', level3: '其他' },
    { level1: '劳动和社会保障', level2: '工资福利', level3: '工资发放' },
    { level1: '劳动和社会保障', level2: '工资福利', level3: '住房公积金' },
    { level1: '劳动和社会保障', level2: '其他', level3: '其他' },
  ];
  const departments = new Map([
    ['广州市住房和城乡建设局', 'department-001'],
    ['广州市人力资源和社会保障局', 'department-002'],
  ]);
  const categories = buildCategories(rows, departments);
  const matcher = new CategoryMatcher(categories);

  it('codes rows by position and routes community matters locally', () => {
    expect(categories.map((category) => category.code)).toEqual(['01.01.01', '01.02.01', '02.01.01', '02.01.02', '02.02.01']);
    expect(categories[0]).toMatchObject({ local: true, ownerKey: null, departmentKey: 'department-001' });
    expect(categories[2]).toMatchObject({ local: false, ownerKey: 'department-002' });
    // The housing fund is the housing authority's, wherever the taxonomy files it.
    expect(categories[3]).toMatchObject({ local: false, ownerKey: 'department-001' });
  });

  it('matches by keyword and respects a known level 1', () => {
    expect(matcher.match('小区物业不作为', '物业费').category.level3).toBe('物业服务');
    expect(matcher.match('单位拖欠工资', '').category.code).toBe('02.01.01');
    expect(matcher.match('公积金提取', '', '劳动和社会保障').category.code).toBe('02.01.02');
    expect(matcher.match('无关的事', '', '劳动和社会保障')).toMatchObject({ matched: false, category: { code: '02.02.01' } });
  });
});

describe('Random', () => {
  it('repeats itself for a seed and forks independent streams', () => {
    const draws = (random: Random) => Array.from({ length: 5 }, () => random.int(0, 1000));
    expect(draws(new Random(1))).toEqual(draws(new Random(1)));
    expect(draws(new Random(1).fork('a'))).not.toEqual(draws(new Random(1).fork('b')));
    expect(new Random(3).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
