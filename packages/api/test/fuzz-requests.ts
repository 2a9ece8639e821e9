/**
 * Requests shaped by the OpenAPI document: for every operation, path parameters, query and JSON
 * body drawn from its own schemas, mostly well-formed (real ids of the city, values matching the
 * patterns and enums) with hostile values mixed in at any leaf. Random bytes are refused at the
 * edge (test/malformed-requests.test.ts covers those); these get past validation often enough
 * to reach the services, where a 500 would hide. Shared by test/fuzz.test.ts and bench/fuzz.ts.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/db/client.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  nullable?: boolean;
};

interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface FuzzRequest {
  /** The operation it was drawn for, as `METHOD /path/{template}`. */
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "'; DROP TABLE cases; --",
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '\u0000',
    '\ud800',
    '𠮷'.repeat(300),
    '9'.repeat(400),
    '-1',
    '1e309',
    'NaN',
    '00000000-0000-0000-0000-000000000000',
    '{"$gt": ""}',
    '%00%0d%0aSet-Cookie: x=1',
    '${jndi:ldap://x}',
  ),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant(1e308 * 10));

/** The ids a request may name: the city's own rows, so well-formed requests reach the services. */
export async function knownIds(db: Database, cityId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id::text AS id FROM units WHERE city_id = ${cityId}
        UNION ALL SELECT id::text FROM buildings WHERE city_id = ${cityId}
        UNION ALL SELECT id::text FROM categories WHERE city_id = ${cityId}
        UNION ALL (SELECT id::text FROM cases WHERE city_id = ${cityId} LIMIT 50)
        UNION ALL (SELECT tracking_code FROM cases WHERE city_id = ${cityId} LIMIT 50)`,
  );
  return rows.map((row) => row.id);
}

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) current = components[current.$ref.split('/').pop()!] ?? {};
  return current;
}

/** Well-formed values of `schema` most of the time, a hostile one at any leaf now and then. */
function valueOf(schema: Schema, components: Record<string, Schema>, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const wellFormed = ((): fc.Arbitrary<unknown> => {
    if (depth > 5) return fc.constant(null);
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const choices = s.anyOf ?? s.oneOf;
    if (choices?.length) return fc.oneof(...choices.map((choice) => valueOf(choice, components, ids, depth + 1)));
    if (s.allOf?.length) return valueOf(s.allOf[0]!, components, ids, depth + 1);
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    switch (type) {
      case 'object': {
        const properties = s.properties ?? {};
        const required = new Set(s.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, property] of Object.entries(properties)) record[name] = valueOf(property, components, ids, depth + 1);
        return fc.record(record, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) });
      }
      case 'array':
        return fc.array(valueOf(s.items ?? {}, components, ids, depth + 1), { maxLength: 4 });
      case 'integer':
        return fc.integer({ min: s.minimum ?? -5, max: Math.min(s.maximum ?? 1000, 1_000_000) });
      case 'number':
        return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'string': {
        if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids.filter((id) => id.includes('-') && id.length === 36)), fc.uuid());
        if (s.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
        if (s.pattern) {
          try {
            return fc.stringMatching(new RegExp(s.pattern), { size: 'small' }).filter((text) => text.length <= (s.maxLength ?? 200));
          } catch {
            // a pattern JavaScript cannot compile: fall through to plain text
          }
        }
        return fc.oneof(fc.constantFrom(...ids), fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) }), fc.constantFrom('楼道灯坏了，晚上很黑。', '低保怎么申请', '13912345678'));
      }
      default:
        return fc.jsonValue({ maxDepth: 1 });
    }
  })();
  return fc.oneof({ arbitrary: wellFormed, weight: 9 }, { arbitrary: hostileValue, weight: 1 });
}

const encodeSegment = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
};

/** Every operation of the document, as an arbitrary of requests to it. */
export function operationsOf(document: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path })),
  );
}

export function requestTo(operation: Operation, components: Record<string, Schema>, ids: string[], authHeaders: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters ?? [];
  const inPath = parameters.filter((p) => p.in === 'path');
  const inQuery = parameters.filter((p) => p.in === 'query');
  const pathValues = fc.tuple(...inPath.map((p) => fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: valueOf(p.schema ?? {}, components, ids), weight: 2 })));
  const queryValues = fc.tuple(...inQuery.map((p) => fc.option(valueOf(p.schema ?? {}, components, ids), { nil: undefined, freq: 2 })));
  const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
  const body = jsonSchema ? valueOf(jsonSchema, components, ids).map((value) => JSON.stringify(value) ?? 'null') : fc.constant(undefined);
  return fc.record({ pathValues, queryValues, body, auth: authHeaders }).map(({ pathValues: pv, queryValues: qv, body: b, auth }) => {
    let path = operation.path;
    inPath.forEach((p, i) => (path = path.replace(`{${p.name}}`, encodeSegment(pv[i]))));
    const search = inQuery
      .map((p, i) => (qv[i] === undefined ? null : `${encodeURIComponent(p.name)}=${encodeSegment(qv[i])}`))
      .filter(Boolean)
      .join('&');
    const headers: Record<string, string> = { ...auth };
    if (b !== undefined) headers['content-type'] = 'application/json';
    return { operation: `${operation.method} ${operation.path}`, method: operation.method, path: search ? `${path}?${search}` : path, headers, ...(b !== undefined ? { body: b } : {}) };
  });
}

/**
 * Reads a response to the end, except a live stream (`text/event-stream`), which never ends: its
 * status and headers are what there is to check, and cancelling it closes it as a client leaving does.
 */
export async function finish(response: Response): Promise<void> {
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) await response.body?.cancel();
  else await response.arrayBuffer();
}

/** Tables a refused request must leave as they were (per city), and the fingerprint of their rows. */
export async function cityFingerprint(db: Database, cityId: string): Promise<string> {
  const rows = await queryRows<Record<string, number>>(
    db,
    sql`SELECT (SELECT count(*)::int FROM cases WHERE city_id = ${cityId}) AS cases,
               (SELECT coalesce(sum(version), 0)::int FROM cases WHERE city_id = ${cityId}) AS versions,
               (SELECT count(*)::int FROM case_events WHERE city_id = ${cityId}) AS events,
               (SELECT count(*)::int FROM units WHERE city_id = ${cityId}) AS units,
               (SELECT count(*)::int FROM buildings WHERE city_id = ${cityId}) AS buildings,
               (SELECT count(*)::int FROM categories WHERE city_id = ${cityId}) AS categories,
               (SELECT count(*)::int FROM staff_accounts WHERE city_id = ${cityId}) AS staff,
               (SELECT count(*)::int FROM site_keys WHERE city_id = ${cityId}) AS site_keys,
               (SELECT count(*)::int FROM attachments WHERE city_id = ${cityId}) AS attachments`,
  );
  return JSON.stringify(rows[0]);
}
