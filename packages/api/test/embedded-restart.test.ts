import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { createTestApp, createTestCity, testEngine } from '../src/testing/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'huying-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe.runIf(testEngine() === 'pglite')('the embedded database', () => {
  it('keeps cases across a restart', async () => {
    const first = await openDatabase({ engine: 'pglite', dataDir });
    await first.migrate();
    const city = await createTestCity(first);
    const filed = await (
      await createTestApp(first).app.request('/api/v1/cases', {
        method: 'POST',
        headers: city.cityHeaders,
        body: JSON.stringify({ kind: 'help', address: '金晖社区', description: '独居老人家中水管爆裂，需要帮助关闭总阀' }),
      })
    ).json();
    await first.close();

    const second = await openDatabase({ engine: 'pglite', dataDir });
    await second.migrate();
    const tracked = await (await createTestApp(second).app.request(`/api/v1/track/${filed.trackingCode}?secret=${filed.secret}`)).json();
    expect(tracked).toMatchObject({ verified: true, case: { description: '独居老人家中水管爆裂，需要帮助关闭总阀', status: 'submitted' } });
    await second.close();
  });
});
