// The bare-Hono ceiling of the HTTP benchmarks: one route answering a small JSON body, on the same
// Node and the same @hono/node-server as the API, with nothing behind it. Prints its URL.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/api/package.json', import.meta.url));
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');

const app = new Hono();
app.get('/track/:code', (c) => c.json({ trackingCode: c.req.param('code'), status: 'accepted', statusLabel: '已受理' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
