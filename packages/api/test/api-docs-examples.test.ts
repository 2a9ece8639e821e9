import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import { cases } from '../src/db/schema/index.js';
import { issueIntegratorKey } from '../src/services/auth/integrator-keys.js';
import { serveOnFreePort, startTestCity, type TestCity } from '../src/testing/index.js';

/**
 * The copy-paste examples of docs/integrators.md, run as a reader would run them: every block
 * marked `runnable` (```sh runnable, ```ts runnable) against a real server of a test city.
 */

const run = promisify(execFile);
const guide = readFileSync(fileURLToPath(new URL('../../../docs/integrators.md', import.meta.url)), 'utf8');
const examples = [...guide.matchAll(/^```(sh|ts) runnable\n([\s\S]*?)^```$/gm)].map((match, index) => ({
  language: match[1] as 'sh' | 'ts',
  code: match[2]!,
  name: `${match[1]} example ${index + 1}: ${match[2]!.split('\n')[0]!.replace(/^(#|\/\/)\s*/, '').slice(0, 70)}`,
}));
const sdkEntry = fileURLToPath(new URL('../../sdk/src/index.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

let database: DatabaseHandle;
let city: TestCity;
let server: { url: string; close(): Promise<void> };
let workDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  let app;
  ({ database, city, app } = await startTestCity());
  server = await serveOnFreePort(app);
  const { key } = await issueIntegratorKey(database.db, {
    cityId: city.cityId,
    label: 'integrator guide',
    permissions: ['open311.submit', 'open311.read'],
    unitId: null,
    expiresAt: null,
    createdByAccountId: crypto.randomUUID(),
    now: new Date(),
  });
  workDir = mkdtempSync(join(tmpdir(), 'huying-guide-'));
  env = { ...process.env, HUYING_URL: server.url, HUYING_CITY: city.cityId, HUYING_API_KEY: key };
});
afterAll(async () => {
  await server?.close();
  await database?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('docs/integrators.md', () => {
  it('has runnable examples in both languages', () => {
    expect(examples.filter((example) => example.language === 'sh').length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((example) => example.language === 'ts').length).toBeGreaterThanOrEqual(1);
  });

  // In order, as a reader goes through the guide; asynchronously, so the server keeps answering.
  for (const example of examples) {
    it(`runs ${example.name}`, async () => {
      if (example.language === 'sh') {
        const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', example.code], { cwd: workDir, env, timeout: 60_000 });
        expect(stdout.trim().length).toBeGreaterThan(0);
        return;
      }
      const file = join(workDir, `example-${examples.indexOf(example)}.mts`);
      writeFileSync(file, example.code.replaceAll("from '@huying/sdk'", `from ${JSON.stringify(sdkEntry)}`));
      const { stdout } = await run(tsx, [file], { cwd: workDir, env, timeout: 60_000 });
      expect(stdout).toMatch(/filed \d{12}/);
      expect(stdout).toContain('not found (not-found');
    });
  }

  it('left the requests the examples filed in the city, with channel open311', async () => {
    const filed = await database.db.select({ kind: cases.kind }).from(cases).where(and(eq(cases.cityId, city.cityId), eq(cases.channel, 'open311')));
    expect(filed.map((row) => row.kind)).toEqual(['help']);
  });
});
