/**
 * The body limit over a real socket, where bodies come with a declared length or chunked: both
 * kinds over the limit are refused with a 413 problem and file nothing, both within it go through.
 */
import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { serveOnFreePort, startTestCity, type TestCity } from '../src/testing/index.js';

const limit = 4096;
let database: DatabaseHandle;
let city: TestCity;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const started = await startTestCity({ bodyLimitBytes: limit });
  ({ database, city } = started);
  server = await serveOnFreePort(started.app);
});
afterAll(async () => {
  await server.close();
  await database.close();
});

/** Posts a submission whose description makes the body `bytes` long, in one piece with its length declared or in chunks. */
function submit(bytes: number, framing: 'declared' | 'chunked'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const base = JSON.stringify({ kind: 'complaint', buildingId: city.building('liangjingyuan-3'), description: '' });
  const body = Buffer.from(base.replace('"description":""', `"description":"${'楼'.repeat(Math.floor((bytes - base.length) / 3))}"`));
  const headers: Record<string, string | number> = { 'huying-city': city.cityId, 'content-type': 'application/json' };
  if (framing === 'declared') headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const outgoing = request(`${server.url}/api/v1/cases`, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    outgoing.on('error', reject);
    if (framing === 'declared') outgoing.end(body);
    else {
      // Several writes without a declared length: Node sends them as chunks.
      for (let offset = 0; offset < body.length; offset += 1000) outgoing.write(body.subarray(offset, offset + 1000));
      outgoing.end();
    }
  });
}

const caseCount = async () => (await queryRows<{ count: number }>(database.db, sql`SELECT count(*)::int AS count FROM cases`))[0]!.count;

describe('request body limit', () => {
  for (const framing of ['declared', 'chunked'] as const) {
    it(`refuses a body over the limit (${framing} length) with a 413 problem and files nothing`, async () => {
      const before = await caseCount();
      const response = await submit(limit + 600, framing);
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(JSON.parse(response.body)).toMatchObject({ status: 413, code: 'payload-too-large' });
      expect(await caseCount()).toBe(before);
    });

    it(`files a body within the limit (${framing} length)`, async () => {
      const before = await caseCount();
      const response = await submit(limit - 600, framing);
      expect(response.status).toBe(201);
      expect(await caseCount()).toBe(before + 1);
    });
  }
});
