// The bare-Hono ceilings of the HTTP benchmarks, on the same Node and the same @hono/node-server
// as the API, with no middleware, validation or ORM: `/track/:code` answers a small JSON body with
// nothing behind it; with DATABASE_URL set, `/track-lookup/:code` does a tracking lookup's work
// (one SELECT by tracking code through postgres.js, with the API's pool size) and answers the same
// fields. Prints its URL.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/api/package.json', import.meta.url));
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const postgres = require('postgres');

const app = new Hono();
app.get('/track/:code', (c) => c.json({ trackingCode: c.req.param('code'), status: 'accepted', statusLabel: '已受理' }));
const sql = process.env.DATABASE_URL ? postgres(process.env.DATABASE_URL, { max: 10, onnotice: () => {} }) : undefined;
if (sql) {
  app.get('/track-lookup/:code', async (c) => {
    const [row] = await sql`SELECT tracking_code, kind, status, created_at, updated_at FROM cases WHERE tracking_code = ${c.req.param('code')}`;
    if (!row) return c.json({ status: 404 }, 404);
    return c.json({ trackingCode: row.tracking_code, kind: row.kind, status: row.status, submittedAt: row.created_at, updatedAt: row.updated_at });
  });
}
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
process.on('SIGTERM', () => server.close(async () => {
  await sql?.end({ timeout: 2 });
  process.exit(0);
}));
