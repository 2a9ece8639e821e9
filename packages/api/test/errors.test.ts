import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity({ bodyLimitBytes: 4096 }));
});
afterAll(() => database.close());

const post = (body: string, contentType = 'application/json') =>
  app.request('/api/v1/cases', { method: 'POST', headers: { 'huying-city': city.cityId, 'content-type': contentType }, body });

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  const problem = await response.json();
  expect(problem).toMatchObject({ status, code, type: `/problems/${code}` });
  expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  expect(JSON.stringify(problem)).not.toMatch(/at \w+ \(|node_modules|stack/);
  return problem;
}

describe('one error path', () => {
  it('an unknown route is a 404 problem', async () => {
    await expectProblem(await app.request('/api/v1/nowhere'), 404, 'not-found');
  });

  it('malformed JSON is a 400 that says so', async () => {
    const problem = await expectProblem(await post('{"kind": "complaint",'), 400, 'malformed-json');
    expect(problem.detail).toMatch(/JSON/);
  });

  it('wrong types name the fields', async () => {
    const problem = await expectProblem(await post(JSON.stringify({ kind: 'rant', description: 42 })), 400, 'validation-failed');
    expect(problem.errors.map((error: { field: string }) => error.field).sort()).toEqual(['json.description', 'json.kind']);
  });

  it('unknown fields are refused rather than silently dropped', async () => {
    const problem = await expectProblem(
      await post(JSON.stringify({ kind: 'help', address: '金晖社区', description: '需要帮助搬运物品', status: 'closed' })),
      400,
      'validation-failed',
    );
    expect(problem.detail).toMatch(/status/);
  });

  it('an oversized body is a 413', async () => {
    await expectProblem(await post(JSON.stringify({ kind: 'help', description: '长'.repeat(5000) })), 413, 'payload-too-large');
  });

  it('a body that is not JSON is refused', async () => {
    const response = await post('kind=help', 'application/x-www-form-urlencoded');
    expect([400, 415]).toContain(response.status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('an unknown city is a 404, a malformed one a 400', async () => {
    await expectProblem(await app.request('/api/v1/categories?city=no-such-city'), 404, 'not-found');
    await expectProblem(await app.request('/api/v1/categories?city=DROP%20TABLE'), 400, 'validation-failed');
  });

  it('problem types are documented at their URL', async () => {
    const response = await app.request('/problems/illegal-transition');
    expect(await response.json()).toMatchObject({ code: 'illegal-transition', status: 409 });
  });
});

describe('operations', () => {
  it('answers health and readiness, with a request id on every response', async () => {
    const health = await app.request('/healthz');
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await (await app.request('/readyz')).json()).toMatchObject({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document covering every route', async () => {
    const document = await (await app.request('/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/track/{code}', '/api/v1/staff/cases/{id}/dispatch', '/api/v1/categories', '/healthz']),
    );
    expect(document.components.schemas.Problem).toBeDefined();
  });

  it('lists the directory of its city', async () => {
    const categories = await (await app.request(`/api/v1/categories?city=${city.cityId}&q=物业`)).json();
    expect(categories.data.map((category: { level3: string }) => category.level3)).toEqual(['物业服务']);
    const grids = await (await app.request(`/api/v1/units?city=${city.cityId}&kind=grid`)).json();
    expect(grids.data).toHaveLength(2);
    const buildings = await (await app.request(`/api/v1/buildings?city=${city.cityId}&q=丽景`)).json();
    expect(buildings.data).toEqual([expect.objectContaining({ name: '丽景苑3号楼' })]);
    const page = await (await app.request(`/api/v1/units?city=${city.cityId}&limit=3`)).json();
    const next = await (await app.request(`/api/v1/units?city=${city.cityId}&limit=3&cursor=${page.nextCursor}`)).json();
    expect(next.data[0].id > page.data[2].id).toBe(true);
  });
});
