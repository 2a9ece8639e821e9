import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'huying-sdk-dist-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the published package', () => {
  it('builds to ESM with declarations that the exports map points at, and runs in Node', async () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(manifest.publishConfig.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' });
    expect(manifest.files).toEqual(['dist']);
    expect(manifest.dependencies ?? {}).toEqual({});

    execFileSync(process.execPath, [join(packageDir, '../../node_modules/typescript/bin/tsc'), '-p', join(packageDir, 'tsconfig.build.json'), '--outDir', outDir], { stdio: 'pipe' });
    const built = await import(join(outDir, 'index.js'));
    expect(typeof built.HuyingClient).toBe('function');
    expect(readFileSync(join(outDir, 'index.d.ts'), 'utf8')).toContain('export declare class HuyingClient');

    const seen: string[] = [];
    const client = new built.HuyingClient({
      baseUrl: 'https://huying.example',
      siteKey: 'hy_site_example123',
      fetch: async (url: string, init: RequestInit) => {
        seen.push(`${url} ${new Headers(init.headers).get('huying-site-key')}`);
        return new Response(JSON.stringify({ data: [{ id: '1', code: '01', level1: 'a', level2: 'b', level3: 'c', ownerUnitId: null }] }), { headers: { 'content-type': 'application/json' } });
      },
    });
    expect(await client.categories.list()).toHaveLength(1);
    expect(seen).toEqual(['https://huying.example/api/v1/categories hy_site_example123']);
  });
});
