import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { readCorpus } from '../src/services/kb/corpus.js';
import { importKnowledgeBase, type ImportReport } from '../src/services/kb/import.js';
import { putKbSettings } from '../src/services/kb/settings.js';
import { createStaffAccount } from '../src/services/staff.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

const fixtures = fileURLToPath(new URL('./fixtures/kb', import.meta.url));

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let firstImport: ImportReport;
const headers: Record<string, Record<string, string>> = {};

interface SearchResult {
  documentId: string;
  title: string;
  status: string;
  region: string;
  locality: string | null;
  articleId: string | null;
  articleNumber: string | null;
  snippet: { text: string; highlights: [number, number][] };
  titleHighlights: [number, number][];
  hits: { articleId: string; snippet: { text: string } }[];
  version: string | null;
  score: number;
}
interface SearchPage {
  data: SearchResult[];
  total: number;
  nextCursor: string | null;
  query: { words: { text: string; alternatives: string[] }[] };
}

const search = async (query: string, extra: Record<string, string> = {}): Promise<SearchPage> => {
  const response = await app.request(`/api/v1/kb/search?${new URLSearchParams({ q: query, ...extra })}`, { headers: city.cityHeaders });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json() as Promise<SearchPage>;
};
const titles = (page: SearchPage) => page.data.map((result) => result.title);

async function staffAccount(role: 'information_officer' | 'admin', name: string) {
  const { token } = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role, displayName: name });
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
  firstImport = await importKnowledgeBase(database, { cityId: city.cityId, sources: readCorpus(fixtures) });
  headers.officer = await staffAccount('information_officer', '信息员甲');
  headers.admin = await staffAccount('admin', '管理员');
});
afterAll(() => database.close());

describe('importing the knowledge base', () => {
  it('imports every document and guide, and reports the malformed ones without stopping', () => {
    expect(firstImport).toMatchObject({ added: 10, updated: 0, unchanged: 0 });
    expect(firstImport.failed.map((failure) => failure.source).sort()).toEqual(['guides/broken', '行政法规/缺少信息块(2020-01-01).md']);
    expect(firstImport.failed[0]!.reason).toMatch(/JSON|INFO END/);
    expect(firstImport.articlesWritten).toBeGreaterThan(100);
  });

  it('marks the latest version of a title in force and the older one superseded', async () => {
    const rows = await queryRows<{ version_date: string; status: string }>(
      database.db,
      sql`SELECT version_date::text, status FROM kb_documents WHERE city_id = ${city.cityId} AND title = '中华人民共和国道路运输条例' ORDER BY version_date`,
    );
    expect(rows).toEqual([
      { version_date: '2019-03-02', status: 'superseded' },
      { version_date: '2023-07-20', status: 'in_force' },
    ]);
  });

  it('writes nothing when nothing changed, and updates only a changed file', async () => {
    const before = await queryRows<{ id: string; updated_at: Date }>(database.db, sql`SELECT id, updated_at FROM kb_documents WHERE city_id = ${city.cityId} ORDER BY id`);
    const again = await importKnowledgeBase(database, { cityId: city.cityId, sources: readCorpus(fixtures) });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 10, articlesWritten: 0, statusChanges: 0 });
    const after = await queryRows<{ id: string; updated_at: Date }>(database.db, sql`SELECT id, updated_at FROM kb_documents WHERE city_id = ${city.cityId} ORDER BY id`);
    expect(after).toEqual(before);

    const copy = mkdtempSync(join(tmpdir(), 'huying-kb-'));
    try {
      cpSync(fixtures, copy, { recursive: true });
      const file = join(copy, 'policies/行政法规/城市居民最低生活保障条例(1999-09-28).md');
      const [article] = await queryRows<{ id: string }>(
        database.db,
        sql`SELECT a.id FROM kb_articles a JOIN kb_documents d ON d.id = a.document_id WHERE d.city_id = ${city.cityId} AND d.title = '城市居民最低生活保障条例' AND a.number = '第二条'`,
      );
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n第九条 本条例自1999年10月1日起施行。\n`);
      const changed = await importKnowledgeBase(database, { cityId: city.cityId, sources: readCorpus(copy) });
      expect(changed).toMatchObject({ added: 0, updated: 1, unchanged: 9 });
      const [document] = await queryRows<{ article_count: number; effective_on: string }>(
        database.db,
        sql`SELECT article_count, effective_on::text FROM kb_documents WHERE city_id = ${city.cityId} AND title = '城市居民最低生活保障条例'`,
      );
      expect(document).toEqual({ article_count: 9, effective_on: '1999-10-01' });
      // An article that did not change keeps its id, so citations of it still resolve.
      const [same] = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM kb_articles WHERE id = ${article!.id} AND number = '第二条'`);
      expect(same).toBeDefined();
      // Put the fixture's version back for the tests below.
      expect((await importKnowledgeBase(database, { cityId: city.cityId, sources: readCorpus(fixtures) })).updated).toBe(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('counts every article when batches are written side by side', async () => {
    const other = await createTestCity(database);
    const report = await importKnowledgeBase(database, { cityId: other.cityId, sources: readCorpus(fixtures), batchSize: 2 });
    const [stored] = await queryRows<{ articles: number }>(database.db, sql`SELECT count(*)::int AS articles FROM kb_articles WHERE city_id = ${other.cityId}`);
    expect(report.articlesWritten).toBe(stored!.articles);
    expect(report.articlesWritten).toBe(firstImport.articlesWritten);
  });

  it('keeps each city\'s knowledge base to itself', async () => {
    const other = await createTestCity(database);
    const response = await app.request(`/api/v1/kb/search?q=${encodeURIComponent('低保')}`, { headers: other.cityHeaders });
    expect((await response.json()).data).toEqual([]);
    const [document] = (await search('低保')).data;
    expect((await app.request(`/api/v1/kb/documents/${document!.documentId}`, { headers: other.cityHeaders })).status).toBe(404);
  });
});

describe('searching', () => {
  it('finds the statute and the service behind an everyday two-character word, with highlights on the words', async () => {
    const page = await search('低保怎么申请');
    expect(page.query.words.map((word) => word.text)).toEqual(['低保', '申请']);
    // How to apply is answered first by the application service, then by the regulation itself.
    expect(titles(page).slice(0, 3)).toEqual(expect.arrayContaining(['最低生活保障业务申请预约', '城市居民最低生活保障条例']));
    const first = page.data.find((result) => result.title === '城市居民最低生活保障条例');
    expect(first).toMatchObject({ status: 'in_force' });
    const marked = first!.snippet.highlights.map(([start, end]) => first!.snippet.text.slice(start, end));
    expect(marked.some((text) => text === '最低生活保障' || text === '低保')).toBe(true);
    expect(first!.titleHighlights.map(([start, end]) => first!.title.slice(start, end))).toContain('最低生活保障');
    expect(first!.articleNumber).toMatch(/^第.+条$/);
  });

  it('answers a colloquial labour question with the Labour Contract Law', async () => {
    const page = await search('公司辞退我，不给补偿怎么办');
    expect(page.data[0]!.title).toBe('中华人民共和国劳动合同法');
    expect(page.data[0]!.hits.some((hit) => hit.snippet.text.includes('解除劳动合同'))).toBe(true);
  });

  it('ranks, for the same text, the city\'s own regulation first, then national, then another city\'s of the province and another province\'s last', async () => {
    // Four documents with the same text, differing only in where they apply, in a city of their own.
    const local = await createTestCity(database);
    await putKbSettings(database.db, local.cityId, ['招远市', '烟台市'], new Date());
    const folder = mkdtempSync(join(tmpdir(), 'huying-kb-local-'));
    try {
      const same = '<!-- INFO END -->\n\n第一条 饲养宠物蜥蜴的，应当向居住地公安机关办理宠物蜥蜴登记。\n';
      const files: [string, string][] = [
        ['DLC/山东地方法规/地方性法规/山东/东营市宠物蜥蜴管理条例(2020-01-01).md', '东营市宠物蜥蜴管理条例'],
        ['DLC/北京地方法规/地方性法规/北京/北京市宠物蜥蜴管理规定(2020-01-01).md', '北京市宠物蜥蜴管理规定'],
        ['行政法规/宠物蜥蜴管理条例(2020-01-01).md', '宠物蜥蜴管理条例'],
        ['DLC/山东地方法规/地方性法规/山东/烟台市宠物蜥蜴管理条例(2020-01-01).md', '烟台市宠物蜥蜴管理条例'],
      ];
      for (const [path, title] of files) {
        const full = join(folder, 'policies', path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, `# ${title}\n\n2020年1月1日 通过\n\n${same}`);
      }
      expect((await importKnowledgeBase(database, { cityId: local.cityId, sources: readCorpus(folder) })).added).toBe(4);
      const response = await app.request(`/api/v1/kb/search?q=${encodeURIComponent('养蜥蜴要登记吗')}`, { headers: local.cityHeaders });
      expect(titles(await response.json())).toEqual(['烟台市宠物蜥蜴管理条例', '宠物蜥蜴管理条例', '东营市宠物蜥蜴管理条例', '北京市宠物蜥蜴管理规定']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves superseded versions out unless asked, and then puts the version in force first', async () => {
    expect(titles(await search('道路运输')).filter((title) => title === '中华人民共和国道路运输条例')).toHaveLength(1);
    const all = await search('道路运输', { status: 'all' });
    const versions = all.data.filter((result) => result.title === '中华人民共和国道路运输条例');
    expect(versions.map((result) => [result.version, result.status])).toEqual([
      ['2023-07-20', 'in_force'],
      ['2019-03-02', 'superseded'],
    ]);
    const old = await search('道路运输', { status: 'superseded' });
    expect(old.data.map((result) => result.version)).toEqual(['2019-03-02']);
  });

  it('filters by category, region, level, source and date', async () => {
    expect(titles(await search('养犬', { region: 'city' }))).not.toContain('北京市养犬管理规定');
    expect(titles(await search('养犬', { category: '行政法规' }))).toEqual([]);
    expect((await search('最低生活保障', { source: 'service_guide' })).data.every((result) => result.title.includes('预约'))).toBe(true);
    const regulations = await search('最低生活保障', { level: 'administrative_regulation' });
    expect(titles(regulations)[0]).toBe('城市居民最低生活保障条例');
    expect(regulations.data.every((result) => (result as unknown as { issuingLevel: string }).issuingLevel === 'administrative_regulation')).toBe(true);
    expect(titles(await search('养犬', { from: '2020-01-01', to: '2022-12-31' }))).toEqual(['烟台市养犬管理条例']);
  });

  it('pages through results with the cursor', async () => {
    const first = await search('管理', { limit: '2' });
    expect(first.data).toHaveLength(2);
    expect(first.total).toBeGreaterThan(2);
    const second = await search('管理', { limit: '2', cursor: first.nextCursor! });
    expect(second.data.map((result) => result.documentId)).not.toContain(first.data[0]!.documentId);
  });

  it('answers a query with no searchable word with no results, not an error', async () => {
    const page = await search('请问怎么办？');
    expect(page).toMatchObject({ data: [], total: 0, nextCursor: null, query: { words: [] } });
  });

  it('refuses malformed searches with a problem', async () => {
    const cases: [string, string][] = [
      ['', 'q'],
      [`q=${'长'.repeat(201)}`, 'q'],
      ['q=低保&limit=0', 'limit'],
      ['q=低保&cursor=abc', 'cursor'],
      ['q=低保&status=gone', 'status'],
      ['q=低保&region=moon', 'region'],
      ['q=低保&from=2021-13-01', 'from'],
      ['q=低保&from=2022-01-01&to=2021-01-01', 'from'],
    ];
    for (const [query, field] of cases) {
      const response = await app.request(`/api/v1/kb/search?${query}`, { headers: city.cityHeaders });
      expect(response.status, query).toBe(400);
      const problem = await response.json();
      expect(problem.errors.map((error: { field: string }) => error.field).join(' '), query).toContain(field);
    }
  });

  it('lists what the knowledge base holds for the filters', async () => {
    const facets = await (await app.request('/api/v1/kb/facets', { headers: city.cityHeaders })).json();
    expect(facets.categories).toEqual(expect.arrayContaining([{ value: '地方性法规', count: 3 }, { value: '办事指南', count: 2 }]));
    expect(facets.statuses).toEqual(expect.arrayContaining([{ value: 'superseded', count: 1 }]));
  });
});

describe('reading documents and articles', () => {
  it('returns a whole document with its chapters, dates and versions', async () => {
    const [result] = (await search('道路运输', { status: 'all' })).data.filter((item) => item.title === '中华人民共和国道路运输条例');
    const document = await (await app.request(`/api/v1/kb/documents/${result!.documentId}`, { headers: city.cityHeaders })).json();
    expect(document).toMatchObject({ title: '中华人民共和国道路运输条例', status: 'in_force', version: '2023-07-20', issuingLevel: 'administrative_regulation' });
    expect(document.versions.map((version: { version: string }) => version.version)).toEqual(['2023-07-20', '2019-03-02']);
    expect(document.articles[0]).toMatchObject({ ordinal: expect.any(Number), headings: expect.any(Array) });
    expect(document.history.length).toBeGreaterThan(0);
  });

  it('returns an article with its document and neighbours, and a guide with its materials and phones', async () => {
    const [result] = (await search('低保')).data.filter((item) => item.title === '城市居民最低生活保障条例');
    const detail = await (await app.request(`/api/v1/kb/articles/${result!.articleId}`, { headers: city.cityHeaders })).json();
    expect(detail.article.id).toBe(result!.articleId);
    expect(detail.document.title).toBe('城市居民最低生活保障条例');
    expect(detail.previous ?? detail.next).not.toBeNull();
    const [guide] = (await search('最低生活保障业务申请预约', { source: 'service_guide' })).data;
    const guideDocument = await (await app.request(`/api/v1/kb/documents/${guide!.documentId}`, { headers: city.cityHeaders })).json();
    expect(guideDocument.guide).toMatchObject({ department: expect.stringContaining('民政'), consultPhone: expect.any(String) });
  });

  it('answers 404 for an unknown document or article and 400 for a malformed id', async () => {
    expect((await app.request(`/api/v1/kb/documents/${crypto.randomUUID()}`, { headers: city.cityHeaders })).status).toBe(404);
    expect((await app.request(`/api/v1/kb/articles/${crypto.randomUUID()}`, { headers: city.cityHeaders })).status).toBe(404);
    expect((await app.request('/api/v1/kb/articles/not-a-uuid', { headers: city.cityHeaders })).status).toBe(400);
  });
});

describe('the lexicon', () => {
  const put = (kind: string, term: string, body: unknown, as: Record<string, string>) =>
    app.request(`/api/v1/kb/lexicon/${kind}/${encodeURIComponent(term)}`, { method: 'PUT', headers: as, body: JSON.stringify(body) });
  const remove = (kind: string, term: string, as: Record<string, string>) =>
    app.request(`/api/v1/kb/lexicon/${kind}/${encodeURIComponent(term)}`, { method: 'DELETE', headers: as });

  it('lets an information officer add a synonym that search uses at once', async () => {
    expect((await search('吃低保')).data.length).toBeGreaterThan(0);
    expect((await search('困难户补贴')).data.map((result) => result.title)).not.toContain('城市居民最低生活保障条例');
    const response = await put('synonyms', '困难户', { expansions: ['最低生活保障'] }, headers.officer!);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ kind: 'synonym', term: '困难户', expansions: ['最低生活保障'], origin: 'custom' });
    expect(titles(await search('困难户补贴'))).toContain('城市居民最低生活保障条例');
  });

  it('switches a built-in entry off, lists it, and puts it back', async () => {
    expect((await remove('synonyms', '低保', headers.officer!)).status).toBe(204);
    const lexicon = await (await app.request('/api/v1/kb/lexicon', { headers: headers.officer })).json();
    expect(lexicon.data.find((entry: { term: string; kind: string }) => entry.term === '低保' && entry.kind === 'synonym')).toMatchObject({ disabled: true, origin: 'built_in' });
    expect((await search('低保')).query.words[0]!.alternatives).toEqual(['低保']);
    expect((await put('synonyms', '低保', { expansions: ['最低生活保障'] }, headers.officer!)).status).toBe(200);
    expect((await search('低保')).query.words[0]!.alternatives).toEqual(['低保', '最低生活保障']);
  });

  it('adds and removes stop-words', async () => {
    expect((await search('养犬 条例')).query.words.map((word) => word.text)).toContain('条例');
    expect((await put('stopwords', '条例', {}, headers.admin!)).status).toBe(200);
    expect((await search('养犬 条例')).query.words.map((word) => word.text)).not.toContain('条例');
    expect((await remove('stopwords', '条例', headers.admin!)).status).toBe(204);
    expect((await remove('stopwords', '条例', headers.admin!)).status).toBe(404);
  });

  it('is edited only by information officers and administrators, and only with real words', async () => {
    expect((await put('synonyms', '困难', { expansions: ['救助'] }, city.staffHeaders('grid-a1-1'))).status).toBe(403);
    expect((await put('synonyms', '困难', { expansions: ['救助'] }, city.cityHeaders)).status).toBe(401);
    expect((await app.request('/api/v1/kb/lexicon', { headers: city.cityHeaders })).status).toBe(401);
    expect((await put('synonyms', '困 难', { expansions: ['救助'] }, headers.officer!)).status).toBe(400);
    expect((await put('synonyms', '困难', { expansions: [] }, headers.officer!)).status).toBe(400);
    expect((await put('synonyms', '困难', { expansions: ['<script>'] }, headers.officer!)).status).toBe(400);
    expect((await put('words', '困难', { expansions: ['救助'] }, headers.officer!)).status).toBe(400);
    expect((await put('synonyms', '困难', { expansions: ['救助'], extra: 1 }, headers.officer!)).status).toBe(400);
  });

  it('lets only administrators change which places are local', async () => {
    const put = await app.request('/api/v1/kb/settings', { method: 'PUT', headers: headers.admin, body: JSON.stringify({ localAreas: ['招远市', '烟台市'] }) });
    expect(put.status).toBe(200);
    const refused = await app.request('/api/v1/kb/settings', { method: 'PUT', headers: headers.officer, body: JSON.stringify({ localAreas: ['东营市'] }) });
    expect(refused.status).toBe(403);
    const settings = await (await app.request('/api/v1/kb/settings', { headers: headers.officer })).json();
    expect(settings).toMatchObject({ localAreas: ['招远市', '烟台市'], articleCount: expect.any(Number) });
  });
});

describe('suggestions for a consultation', () => {
  it('suggests articles from the resident\'s words to staff who can see the case', async () => {
    const filed = await (
      await app.request('/api/v1/cases', {
        method: 'POST',
        headers: city.cityHeaders,
        body: JSON.stringify({ kind: 'consultation', buildingId: city.building('dongsheng-1'), description: '我家里生活困难，想问一下怎么申请低保，需要什么条件？' }),
      })
    ).json();
    const [row] = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM cases WHERE tracking_code = ${filed.trackingCode}`);
    const response = await app.request(`/api/v1/kb/suggestions/${row!.id}`, { headers: city.staffHeaders('grid-a1-1') });
    expect(response.status).toBe(200);
    expect((await response.json()).data[0].title).toBe('城市居民最低生活保障条例');
    expect((await app.request(`/api/v1/kb/suggestions/${row!.id}`, { headers: city.staffHeaders('grid-b1-1') })).status).toBe(404);
    expect((await app.request(`/api/v1/kb/suggestions/${row!.id}`)).status).toBe(401);
  });
});

describe('answering a consultation on the spot with cited articles', () => {
  async function consultation() {
    const filed = await (
      await app.request('/api/v1/cases', {
        method: 'POST',
        headers: city.cityHeaders,
        body: JSON.stringify({ kind: 'consultation', address: '招远市温泉街道', description: '请问城市低保的标准是怎么定的？' }),
      })
    ).json();
    const [row] = await queryRows<{ id: string; holder_unit_id: string }>(database.db, sql`SELECT id, holder_unit_id FROM cases WHERE tracking_code = ${filed.trackingCode}`);
    const holderKey = [...city.unitIds].find(([, id]) => id === row!.holder_unit_id)![0];
    return { id: row!.id, trackingCode: filed.trackingCode as string, secret: filed.secret as string, holder: city.staffHeaders(holderKey) };
  }
  const resolve = (id: string, as: Record<string, string>, citations: unknown[]) =>
    app.request(`/api/v1/staff/cases/${id}/resolve`, { method: 'POST', headers: as, body: JSON.stringify({ reply: '城市低保标准由当地人民政府按照维持基本生活的费用确定。', citations }) });

  it('resolves at once, recording each citation as the knowledge base has it, and shows the resident links', async () => {
    const [result] = (await search('低保标准')).data.filter((item) => item.title === '城市居民最低生活保障条例');
    const { id, trackingCode, secret, holder } = await consultation();
    const response = await resolve(id, holder, [{ documentId: result!.documentId, title: '低保条例', articleNumber: null, articleId: result!.articleId, version: null }]);
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await response.json()).status).toBe('resolved');
    const tracked = await (await app.request(`/api/v1/track/${trackingCode}?secret=${secret}`, { headers: city.cityHeaders })).json();
    const reply = tracked.case.timeline.find((entry: { type: string }) => entry.type === 'resolved');
    expect(reply.citations).toEqual([
      {
        documentId: result!.documentId,
        title: '城市居民最低生活保障条例',
        articleNumber: result!.articleNumber,
        articleId: result!.articleId,
        version: '1999-09-28',
        href: `/api/v1/kb/articles/${result!.articleId}`,
      },
    ]);
    expect((await app.request(reply.citations[0].href, { headers: city.cityHeaders })).status).toBe(200);
  });

  it('refuses a reply citing what the knowledge base does not have, and changes nothing', async () => {
    const [result] = (await search('低保')).data.filter((item) => item.title === '城市居民最低生活保障条例');
    const [other] = (await search('劳动合同')).data;
    const { id, holder } = await consultation();
    const refusals: [unknown, string][] = [
      [{ documentId: crypto.randomUUID(), title: '不存在', articleNumber: null, articleId: null, version: null }, 'citations.0.documentId'],
      [{ documentId: result!.documentId, title: 'x', articleNumber: null, articleId: other!.articleId, version: null }, 'citations.0.articleId'],
      [{ documentId: result!.documentId, title: 'x', articleNumber: null, articleId: null, version: '2001-01-01' }, 'citations.0.version'],
      [{ documentId: 'not-an-id', title: 'x', articleNumber: null, articleId: null, version: null }, 'citations.0.documentId'],
    ];
    for (const [citation, field] of refusals) {
      const response = await resolve(id, holder, [citation]);
      expect(response.status).toBe(400);
      expect((await response.json()).errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const [row] = await queryRows<{ status: string; version: number }>(database.db, sql`SELECT status, version FROM cases WHERE id = ${id}`);
    expect(row).toEqual({ status: 'submitted', version: 1 });
  });
});

