import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import type { App } from '../src/app.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  ({ database, city, app } = await startTestCity({ bodyLimitBytes: 16 * 1024 }));
  const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => database.close());

const hostileStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE cases; --",
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '%00',
    '\u0000',
    '\ud800',
    '𠮷'.repeat(300),
    '9'.repeat(400),
    '-1',
    '1e309',
    'null',
    'NaN',
    '00000000-0000-0000-0000-000000000000',
    '2611-0372-8841',
  ),
  fc.integer().map(String),
);

const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ kind: hostileStrings, description: hostileStrings, buildingId: hostileStrings }));
const body = fc.oneof(
  jsonValue.map((value) => JSON.stringify(value)),
  hostileStrings,
  fc.constantFrom('{', '{"kind":', '[1,2', '{"a":1}}', ''),
  fc.constant('x'.repeat(20_000)),
);
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/json; charset=utf-16');

const request = fc.record({
  route: fc.nat(),
  method: fc.option(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), { nil: undefined }),
  param: hostileStrings,
  query: fc.array(fc.tuple(fc.constantFrom('secret', 'phoneLast4', 'limit', 'cursor', 'kind', 'status', 'q', 'city', 'scope', 'parentId'), hostileStrings), { maxLength: 4 }),
  body,
  contentType,
  authorised: fc.boolean(),
  idempotencyKey: fc.option(hostileStrings, { nil: undefined }),
});

/** Percent-encodes like a client would; a lone surrogate goes out as the invalid UTF-8 a hostile client might send. */
const encodeSegment = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^%\w.-]/g, (char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        return '%ED%A0%80';
      }
    });
  }
};

async function counts() {
  const [row] = await queryRows<{ cases: number; events: number }>(
    database.db,
    sql`SELECT (SELECT count(*)::int FROM cases WHERE city_id = ${city.cityId}) AS cases,
               (SELECT count(*)::int FROM case_events WHERE city_id = ${city.cityId}) AS events`,
  );
  return row!;
}

describe('malformed and hostile requests', () => {
  it('1,000 of them against every route give 4xx problem+json (the Open311 errors on its routes), never 5xx, and refused ones change nothing', async () => {
    let created = 0;
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const route = routes[input.route % routes.length]!;
        const path = route.path.replace(/\{[^}]+\}/g, () => encodeSegment(input.param));
        const search = input.query.map(([key, value]) => `${key}=${encodeSegment(value)}`).join('&');
        const url = { pathname: path, search: search ? `?${search}` : '' };
        const method = input.method ?? route.method;
        const headers: Record<string, string> = { 'huying-city': city.cityId };
        if (input.contentType) headers['content-type'] = input.contentType;
        if (input.authorised) headers.authorization = city.staffHeaders('city').authorization!;
        if (input.idempotencyKey !== undefined) {
          // Header values must be ByteStrings; anything else never reaches a server.
          const safe = input.idempotencyKey.replace(/[^\x20-\xff]/g, '');
          if (safe) headers['idempotency-key'] = safe;
        }
        const response = await app.request(url.pathname + url.search, {
          method,
          headers,
          ...(method === 'GET' || method === 'HEAD' ? {} : { body: input.body }),
        });
        expect(response.status, `${method} ${url.pathname}${url.search}`).toBeLessThan(500);
        if (response.status >= 400 && path.startsWith('/open311/')) {
          // GeoReport v2 has its own error format, a list of {code, description}, in JSON or XML.
          const text = await response.text();
          if (response.headers.get('content-type')?.includes('xml')) expect(text).toContain('<errors>');
          else expect(JSON.parse(text)).toEqual([expect.objectContaining({ code: response.status, description: expect.any(String) })]);
        } else if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = await response.json();
          expect(problem).toMatchObject({ status: response.status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
        } else if (method === 'POST' && path === '/api/v1/cases' && response.status === 201) {
          created++;
        }
      }),
      { numRuns: 1000 },
    );
    const after = await counts();
    expect(after.cases - before.cases).toBe(created);
  });
});
