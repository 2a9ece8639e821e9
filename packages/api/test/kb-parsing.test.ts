import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/seed/demo-city.js';
import { readCorpus } from '../src/services/kb/corpus.js';
import { defaultSynonyms } from '../src/services/kb/default-lexicon.js';
import { MalformedSourceError } from '../src/services/kb/document.js';
import { parseServiceGuide } from '../src/services/kb/guide-parser.js';
import { builtInLexicon, type Lexicon } from '../src/services/kb/lexicon.js';
import { parsePolicyFile } from '../src/services/kb/policy-parser.js';
import { parseQuery } from '../src/services/kb/query.js';
import { highlightRanges, makeSnippet } from '../src/services/kb/snippet.js';
import { tsvectorLiteral } from '../src/services/kb/terms.js';

const fixtures = fileURLToPath(new URL('./fixtures/kb', import.meta.url));

describe('parsing a policy file', () => {
  const law = `# 中华人民共和国测试法

2020年5月28日 第十三届全国人民代表大会第三次会议通过

2021年1月1日 施行

<!-- INFO END -->

为了测试，制定本法。

## 第一章  总则

### 第一节 一般规定

第一条 为了规范测试，制定本法。

（一）第一项；

（二）第二项。

第二条之一 本法所称测试，是指检查。

## 第二章 附则

第三条 本法自2021年1月1日起施行。
`;

  it('splits chapters, sections and articles, keeping continuation paragraphs with their article', () => {
    const parsed = parsePolicyFile('社会法/测试法(2021-01-01).md', law);
    expect(parsed.title).toBe('中华人民共和国测试法');
    expect(parsed.articles.map((article) => article.number)).toEqual([null, '第一条', '第二条之一', '第三条']);
    expect(parsed.articles[0]).toMatchObject({ headings: [], body: '为了测试，制定本法。' });
    expect(parsed.articles[1]).toMatchObject({ headings: ['第一章 总则', '第一节 一般规定'], body: '第一条 为了规范测试，制定本法。\n（一）第一项；\n（二）第二项。' });
    expect(parsed.articles[3]!.headings).toEqual(['第二章 附则']);
  });

  it('takes category, level, dates and version from the path and the info block', () => {
    const parsed = parsePolicyFile('社会法/测试法(2021-01-01).md', law);
    expect(parsed).toMatchObject({
      category: '社会法',
      subcategory: null,
      issuingLevel: 'law',
      region: 'national',
      province: null,
      promulgatedOn: '2020-05-28',
      effectiveOn: '2021-01-01',
      versionDate: '2021-01-01',
      history: ['2020年5月28日 第十三届全国人民代表大会第三次会议通过', '2021年1月1日 施行'],
    });
  });

  it('finds the effective date in the closing article when the info block has none', () => {
    const parsed = parsePolicyFile('行政法规/测试条例.md', law.replace('2021年1月1日 施行\n', '').replace('2021年1月1日起施行', '2022年3月1日起施行'));
    expect(parsed.effectiveOn).toBe('2022-03-01');
    // No date in the file name: the version is the promulgation.
    expect(parsed.versionDate).toBe('2020-05-28');
    expect(parsed.issuingLevel).toBe('administrative_regulation');
  });

  it('tells a province\'s own regulation from a city\'s, and names the city', () => {
    const local = (title: string, folder = '山东') =>
      parsePolicyFile(`DLC/${folder}地方法规/地方性法规/${folder}/${title}(2021-09-30).md`, `# ${title}\n\n2021年9月30日 批准\n\n<!-- INFO END -->\n\n第一条 内容。\n`);
    expect(local('烟台市养犬管理条例')).toMatchObject({ region: 'city', province: '山东省', locality: '烟台市', category: '地方性法规', subcategory: '山东', issuingLevel: 'local_regulation' });
    expect(local('山东省供热条例')).toMatchObject({ region: 'province', province: '山东省', locality: null });
    expect(local('中国（山东）自由贸易试验区条例')).toMatchObject({ region: 'province' });
    expect(local('北京市养犬管理规定', '北京')).toMatchObject({ region: 'province', province: '北京市', locality: null });
    expect(local('汕头经济特区消防条例', '广东')).toMatchObject({ region: 'city', province: '广东省', locality: '汕头市' });
  });

  it('keeps the sections of a document without articles as its provisions', () => {
    const parsed = parsePolicyFile('案例/劳动人事/加班费.md', '# 加班费的仲裁时效\n\n<!-- INFO END -->\n\n## 基本案情\n\n张某入职。\n\n张某离职。\n\n## 裁判结果\n\n支付加班费。\n');
    expect(parsed.issuingLevel).toBe('case');
    expect(parsed.articles).toEqual([
      { number: '基本案情', headings: ['基本案情'], body: '张某入职。\n张某离职。' },
      { number: '裁判结果', headings: ['裁判结果'], body: '支付加班费。' },
    ]);
  });

  it('keeps a split law\'s part as its subtitle, and versions group by title, part and province', () => {
    const part = parsePolicyFile('民法典/人格权编.md', '# 中华人民共和国民法典\n\n# 人格权编\n\n2020年5月28日 通过\n\n<!-- INFO END -->\n\n第九百八十九条 本编调整。\n');
    expect(part).toMatchObject({ title: '中华人民共和国民法典', subtitle: '人格权编', versionGroup: 'national|中华人民共和国民法典|人格权编' });
  });

  it('reports a file without an info block, a title or any text as malformed', () => {
    expect(() => parsePolicyFile('x.md', '# 标题\n\n第一条 内容。')).toThrow(MalformedSourceError);
    expect(() => parsePolicyFile('x.md', '没有标题\n<!-- INFO END -->\n第一条 内容。')).toThrow(/title/);
    expect(() => parsePolicyFile('x.md', '# 标题\n<!-- INFO END -->\n\n')).toThrow(/no text/);
  });
});

describe('parsing a service guide', () => {
  const guide = {
    TASK_CODE: 'T1',
    TASK_NAME: '最低生活保障申请',
    DEPT_NAME: '广东省民政厅',
    AREA_CODE_TEXT: '广东省广州市',
    handle_time_limit: '7(工作日)',
    handle_time: '30(工作日)',
    material_intro: ['身份证', '户口簿'],
    consult_phone: '020-12345678',
    complain_phone: '无',
    accept_standard: '户籍在本市的困难家庭。',
    co_department: '无',
    theme_category: ['社会保障（社会保险、社会救助）'],
  };

  it('becomes a document whose parts are provisions, with the department, time limit, materials and phones', () => {
    const parsed = parseServiceGuide(JSON.stringify(guide), 7);
    expect(parsed).toMatchObject({
      source: 'service_guide',
      sourceKey: 'guides/T1',
      issuingLevel: 'service_guide',
      region: 'city',
      province: '广东省',
      locality: '广州市',
      issuer: '广东省民政厅',
      subcategory: '社会保障（社会保险、社会救助）',
      guide: { department: '广东省民政厅', timeLimit: '7(工作日)', legalTimeLimit: '30(工作日)', materials: ['身份证', '户口簿'], consultPhone: '020-12345678', complaintPhone: null },
    });
    expect(parsed.articles.map((article) => article.number)).toEqual(['事项', '受理条件', '申请材料', '办理时限', '咨询投诉']);
    expect(parsed.articles.find((article) => article.number === '申请材料')!.body).toBe('1. 身份证\n2. 户口簿');
  });

  it('reports a line that is not JSON, or lacks the task code, name or department', () => {
    expect(() => parseServiceGuide('{"TASK_CODE": ', 3)).toThrow(/guides.jsonl:3|JSON/);
    expect(() => parseServiceGuide(JSON.stringify({ ...guide, DEPT_NAME: '无' }), 4)).toThrow(MalformedSourceError);
  });
});

describe('reading a corpus folder', () => {
  it('lists documents and guides, not folder markers, and parses each on its own', () => {
    const sources = readCorpus(fixtures);
    expect(sources.some((source) => source.key.endsWith('_index.md'))).toBe(false);
    const outcomes = sources.map((source) => {
      try {
        source.parse();
        return 'ok';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcomes.filter((outcome) => outcome === 'MalformedSourceError')).toHaveLength(2);
    expect(outcomes.filter((outcome) => outcome === 'ok').length).toBe(sources.length - 2);
  });

  // The whole corpus, parsed without a database: what the importer will meet.
  it.runIf(existsSync(join(defaultDataDir(), 'policies')))('parses the real corpus: 3,475 documents, about 147,000 articles, and 2,262 guides', () => {
    const sources = readCorpus(defaultDataDir());
    let articles = 0;
    const failed: string[] = [];
    const parsedKeys = new Set<string>();
    let corpusText = '';
    for (const source of sources) {
      try {
        const parsed = source.parse();
        parsedKeys.add(parsed.sourceKey);
        articles += parsed.articles.filter((article) => article.number?.startsWith('第')).length;
        if (parsed.source === 'policy') corpusText += parsed.articles.map((article) => article.body).join('\n');
      } catch {
        failed.push(source.key);
      }
    }
    const policies = sources.filter((source) => !source.key.startsWith('guides/'));
    // The corpus README's 3,476 counts its authoring template (法律法规模版.md), which is not a document.
    expect(policies).toHaveLength(3475);
    expect(sources.length - policies.length).toBe(2262);
    expect(articles).toBeGreaterThan(145_000);
    // Four files of the corpus are empty after their info block.
    expect(failed).toHaveLength(4);
    // Every statute word of the built-in synonyms occurs in the corpus, or it could never match.
    const missing = [...new Set(Object.values(defaultSynonyms).flat())].filter((word) => !corpusText.includes(word));
    expect(missing).toEqual([]);
    // The search evaluation's answers are real, importable documents.
    const evaluation = JSON.parse(readFileSync(join(fixtures, '..', 'kb-eval.json'), 'utf8')) as { questions: { question: string; answers: string[] }[] };
    expect(evaluation.questions.length).toBeGreaterThanOrEqual(50);
    expect(evaluation.questions.flatMap((item) => item.answers).filter((key) => !parsedKeys.has(key))).toEqual([]);
  });
});

describe('reading a query', () => {
  const words = (query: string, lexicon: Lexicon = builtInLexicon) => parseQuery(query, lexicon).words.map((word) => word.alternatives.join('|'));

  it('maps everyday words to statute words and drops the words of the question', () => {
    expect(words('低保怎么申请')).toEqual(['低保|最低生活保障', '申请']);
    expect(words('医保报销需要什么材料')).toEqual(['医保|医疗保障|医疗保险', '报销|医疗费用|支付', '材料']);
    expect(words('遛狗不拴绳谁来管')).toEqual(['遛狗|养犬|犬只|携犬出户', '拴绳|犬绳|牵引']);
  });

  it('keeps two-character words the dictionary does not know, by joining single characters', () => {
    expect(words('城中村违建')).toContain('违建|违法建设|违章建筑');
    const custom: Lexicon = { synonyms: new Map(), stopwords: new Set(['怎么']) };
    expect(words('低保怎么办', custom)).toEqual(['低保']);
  });

  it('takes quoted text as one exact word and folds full-width forms', () => {
    expect(words('“城市居民”')).toEqual(['城市居民']);
    expect(words('ＥＴＣ办理')).toEqual(['etc', '办理']);
  });

  it('yields no words for a question with no subject', () => {
    expect(words('请问怎么办？')).toEqual([]);
    expect(words('   ')).toEqual([]);
  });

  it('turns words into the bigrams the index holds, quoted safely', () => {
    expect(parseQuery('“最低生活保障”', builtInLexicon).words[0]!.terms).toEqual([['最低', '低生', '生活', '活保', '保障']]);
    // Unquoted, the segmenter's words each count on their own; an article with all of them ranks first.
    expect(words('最低生活保障')).toEqual(['最低', '生活', '保障']);
    expect(tsvectorLiteral(["it's", 'a\\b'])).toBe("'it''s' 'a\\\\b'");
  });
});

describe('highlighting', () => {
  it('marks each occurrence once, longest words first', () => {
    expect(highlightRanges('申请最低生活保障的家庭', ['最低生活保障', '生活'])).toEqual([[2, 8]]);
    expect(highlightRanges('低保和低保', ['低保'])).toEqual([[0, 2], [3, 5]]);
  });

  it('cuts a long article around its highlights and shifts the ranges to the passage', () => {
    const body = `${'甲'.repeat(300)}最低生活保障${'乙'.repeat(300)}`;
    const snippet = makeSnippet(body, ['最低生活保障'], 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    const [[start, end]] = snippet.highlights as [[number, number]];
    expect(snippet.text.slice(start, end)).toBe('最低生活保障');
  });
});
