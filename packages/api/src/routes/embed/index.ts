import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../../context.js';
import { ProblemError } from '../../http/problems.js';

/** Where `pnpm --filter @huying/components build` writes the one-script-tag bundle. */
export const defaultEmbedDir = fileURLToPath(new URL('../../../../components/dist/embed', import.meta.url));

const files: Record<string, string> = {
  'huying.js': 'text/javascript; charset=utf-8',
  'huying.js.map': 'application/json; charset=utf-8',
};

interface CachedFile {
  modified: number;
  content: Uint8Array;
  etag: string;
}
const cache = new Map<string, CachedFile>();

/** Reads a bundle file, again only when it changed on disk (a rebuild while the API runs). */
async function bundleFile(path: string): Promise<CachedFile | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const cached = cache.get(path);
  if (cached && cached.modified === info.mtimeMs) return cached;
  const content = new Uint8Array(await readFile(path));
  const entry = { modified: info.mtimeMs, content, etag: `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"` };
  cache.set(path, entry);
  return entry;
}

/**
 * The resident elements as one script for any web page:
 * `<script src="https://<platform>/embed/huying.js" defer></script>` defines every `hy-*` element.
 */
export const embedRoutes = new Hono<AppEnv>().get('/embed/:file', async (c) => {
  const name = c.req.param('file');
  const type = files[name];
  if (!type) throw new ProblemError('not-found', `no embed file "${name.slice(0, 60)}"; the bundle is /embed/huying.js`);
  const file = await bundleFile(join(c.get('deps').embedDir ?? defaultEmbedDir, name));
  if (!file) {
    throw new ProblemError('not-found', 'the embed bundle has not been built on this server; run "pnpm --filter @huying/components build"');
  }
  const headers = {
    'content-type': type,
    etag: file.etag,
    // Short: pages pick up a new release within minutes, and the ETag makes revalidation cheap.
    'cache-control': 'public, max-age=300',
    'access-control-allow-origin': '*',
  };
  if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
  return c.body(file.content as Uint8Array<ArrayBuffer>, 200, headers);
});
