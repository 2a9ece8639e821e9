import type { App, AppDependencies, DatabaseHandle } from '@huying/api';
import { createStaffAccount, installKnowledgeBase, startTestCity, type TestCity } from '@huying/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, ConflictError, PermissionDeniedError, HuyingClient, KnowledgeBase, NotFoundError, type Fetch } from '../src/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ database, city, app, deps } = await startTestCity());
  await installKnowledgeBase(database, city.cityId);
  for (const [key, role, name] of [
    ['officer', 'information_officer', '值班信息员'],
    ['relief', 'information_officer', '接班信息员'],
  ] as const) {
    const account = await createStaffAccount(database.db, { cityId: city.cityId, unitId: city.unit('city'), role, displayName: name });
    tokens[key] = account.token;
    ids[key] = account.accountId;
  }
});
afterAll(() => database.close());

const appFetch: Fetch = async (input, init) => app.request(input, init);
const client = (staffToken?: string) => new HuyingClient({ baseUrl: 'http://api.test', city: city.cityId, fetch: appFetch, maxRetries: 0, ...(staffToken ? { staffToken } : {}) });

describe('client.kb', () => {
  it('searches in everyday words, pages through results, and reads documents and articles', async () => {
    const huying = client();
    const page = await huying.kb.search({ q: '低保怎么申请', limit: 3 });
    const regulation = page.data.find((result) => result.title === '城市居民最低生活保障条例');
    expect(regulation).toMatchObject({ status: 'in_force' });
    expect(page.query.words[0]!.alternatives).toContain('最低生活保障');
    const all = await huying.kb.results({ q: '管理', limit: 2 }).toArray();
    expect(all.length).toBe((await huying.kb.search({ q: '管理' })).total);
    const superseded = await huying.kb.search({ q: '道路运输', status: 'superseded' });
    expect(superseded.data.map((result) => result.version)).toEqual(['2019-03-02']);
    const article = await huying.kb.article(regulation!.articleId!);
    expect(article.document.title).toBe('城市居民最低生活保障条例');
    const document = await huying.kb.document(article.document.id);
    expect(document.articles.length).toBe(document.articleCount);
    expect((await huying.kb.facets()).sources.map((facet) => facet.value).sort()).toEqual(['policy', 'service_guide']);
    await expect(huying.kb.document(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(huying.kb.search({ q: '' })).rejects.toBeInstanceOf(BadRequestError);
  });

  it('lets an information officer edit the lexicon, and refuses others', async () => {
    const officer = client(tokens.officer);
    expect(await officer.kb.lexicon.setSynonym('吃低保', ['最低生活保障'])).toMatchObject({ origin: 'custom' });
    expect((await officer.kb.lexicon.list()).some((entry) => entry.term === '吃低保')).toBe(true);
    await officer.kb.lexicon.removeSynonym('吃低保');
    await expect(client(city.tokens.get('grid-a1-1')).kb.lexicon.setSynonym('困难', ['救助'])).rejects.toBeInstanceOf(PermissionDeniedError);
    expect((await officer.kb.settings()).localAreas).toEqual(['招远市', '烟台市']);
  });

  it('suggests articles for a consultation, and answers it with a citation the resident sees as a link', async () => {
    const resident = client();
    const filed = await resident.cases.create({ kind: 'consultation', address: '招远市罗峰街道', description: '家里困难，低保怎么申请？要带什么材料？' });
    const dispatcher = client(city.tokens.get('city'));
    const {
      data: [held],
    } = await dispatcher.staff.cases.list({ kind: ['consultation'] });
    const suggestions = await dispatcher.kb.suggestions(held!.id, { limit: 3 });
    const best = suggestions.data.find((result) => result.title === '城市居民最低生活保障条例')!;
    const resolved = await dispatcher.staff.cases.resolve(held!.id, { reply: '请携带户口簿和收入证明到街道办事处提出书面申请。', citations: [KnowledgeBase.citationOf(best)] });
    expect(resolved.status).toBe('resolved');
    const tracked = await resident.cases.track(filed.trackingCode, { secret: filed.secret });
    const reply = tracked.verified ? tracked.case.timeline.find((entry) => entry.type === 'resolved') : undefined;
    expect(reply?.citations[0]).toMatchObject({ title: '城市居民最低生活保障条例', version: '1999-09-28', href: `/api/v1/kb/articles/${best.articleId}` });
  });
});

describe('client.roster', () => {
  it('plans a rota, tells who is on duty, and hands a shift over', async () => {
    const dispatcher = client(city.tokens.get('city'));
    // The test app runs on a fake clock: plan the day it shows, in the city's time zone.
    const today = new Date(deps.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const plan = await dispatcher.roster.planRota({ from: today, days: 1, slots: [{ start: '00:00', end: '00:00' }], officers: [ids.officer!], replace: false });
    expect(plan.shifts).toHaveLength(1);
    expect(plan.gaps).toEqual([]);
    const officer = client(tokens.officer);
    expect((await officer.roster.officers()).map((account) => account.displayName).sort()).toEqual(['值班信息员', '接班信息员']);
    expect((await officer.roster.now()).onDuty.map((duty) => duty.account.id)).toEqual([ids.officer]);
    await expect(officer.roster.createShift({ accountId: ids.relief!, startsAt: `${today}T08:00:00+08:00`, endsAt: `${today}T09:00:00+08:00` })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(
      dispatcher.roster.createShift({ accountId: ids.officer!, startsAt: plan.shifts[0]!.startsAt, endsAt: plan.shifts[0]!.endsAt }),
    ).rejects.toBeInstanceOf(ConflictError);
    const handover = await officer.roster.handOver({ toAccountId: ids.relief!, notes: '无遗留事项。' });
    const [pending] = await client(tokens.relief).roster.handovers({ pending: true });
    expect(pending!.id).toBe(handover.id);
    expect((await client(tokens.relief).roster.acknowledgeHandover(handover.id)).acknowledgedBy?.id).toBe(ids.relief);
    expect(await officer.roster.coverage()).toMatchObject({ gaps: expect.any(Array) });
  });
});
