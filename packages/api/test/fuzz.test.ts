import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';
import { cityFingerprint, finish, knownIds, operationsOf, requestTo, type FuzzRequest } from './fuzz-requests.js';

/**
 * Schema-shaped requests to every operation of the OpenAPI document, as staff of different units,
 * with a bad token and anonymously: never a 5xx, every refusal problem+json, and nothing stored
 * by a refused request. (Unshaped garbage: malformed-requests.test.ts; a 100,000-request run:
 * bench/fuzz.ts.)
 */
let database: DatabaseHandle;
let city: TestCity;
let app: App;
let requests: fc.Arbitrary<FuzzRequest>;

beforeAll(async () => {
  ({ database, city, app } = await startTestCity());
  // A few cases to act on.
  for (const description of ['楼道灯坏了，晚上很黑。', '小区门口垃圾没人清运。']) {
    await app.request('/api/v1/cases', { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ kind: 'complaint', buildingId: city.building('dongsheng-1'), description }) });
  }
  const document = await (await app.request('/openapi.json')).json();
  const ids = await knownIds(database.db, city.cityId);
  const auth = fc.constantFrom<Record<string, string>>(
    { 'huying-city': city.cityId },
    { 'huying-city': city.cityId, authorization: city.staffHeaders('city').authorization! },
    { 'huying-city': city.cityId, authorization: city.staffHeaders('grid-a1-1').authorization! },
    { 'huying-city': city.cityId, authorization: 'Bearer hy_staff_not-a-real-token' },
  );
  const operations = operationsOf(document);
  expect(operations.length).toBeGreaterThan(40);
  requests = fc.oneof(...operations.map((operation) => requestTo(operation, document.components?.schemas ?? {}, ids, auth)));
});
afterAll(() => database.close());

describe('schema-shaped fuzzing of every operation', () => {
  it('1,000 requests: no 5xx, refusals are problem+json, and a refused request stores nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        // Reads cannot store anything by design; the writes are the ones to watch.
        const writes = request.method !== 'GET';
        const before = writes ? await cityFingerprint(database.db, city.cityId) : '';
        const response = await app.request(request.path, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const label = `${request.method} ${request.path} ${request.body?.slice(0, 300) ?? ''}`;
        expect(response.status, label).toBeLessThan(500);
        if (response.status >= 400) {
          // Open311 answers its clients in the GeoReport v2 error format, as its specification requires.
          if (!request.path.startsWith('/open311/')) {
            expect(response.headers.get('content-type'), label).toContain('application/problem+json');
            const problem = await response.json();
            expect(problem, label).toMatchObject({ status: response.status, code: expect.any(String), detail: expect.any(String) });
          } else await finish(response);
          if (writes) expect(await cityFingerprint(database.db, city.cityId), label).toBe(before);
        } else await finish(response);
      }),
      { numRuns: 1000 },
    );
    // Shaped requests get past validation: some succeed and reach the services.
    const succeeded = [...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
    expect(succeeded).toBeGreaterThan(15);
  }, 240_000);
});
