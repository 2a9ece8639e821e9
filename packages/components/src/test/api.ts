import { HuyingClient } from '@huying/sdk';

/** The real API the test run started (see web-test-runner.config.mjs), with a test city. */
export interface TestApi {
  url: string;
  cityId: string;
  siteKey: string;
  tokens: Record<string, string>;
  buildings: Record<string, string>;
  categories: Record<string, string>;
  units: Record<string, string>;
}

let described: Promise<TestApi> | null = null;

export function testApi(): Promise<TestApi> {
  described ??= fetch('/__huying/test-api.json').then((response) => response.json() as Promise<TestApi>);
  return described;
}

/** A client as a resident's page has one: the site key, no city header. */
export async function residentClient(): Promise<HuyingClient> {
  const api = await testApi();
  return new HuyingClient({ baseUrl: api.url, siteKey: api.siteKey });
}

/** A client for a unit's staff, to move a case along the loop. */
export async function staffClient(unit: string): Promise<HuyingClient> {
  const api = await testApi();
  const token = api.tokens[unit];
  if (!token) throw new Error(`no test token for ${unit}`);
  return new HuyingClient({ baseUrl: api.url, staffToken: token, city: api.cityId });
}

/** Files a case as a resident and returns its receipt and its id for staff. */
export async function fileTestCase(overrides: Partial<Parameters<HuyingClient['cases']['create']>[0]> = {}) {
  const api = await testApi();
  const resident = await residentClient();
  const filed = await resident.cases.create({
    kind: 'complaint',
    buildingId: api.buildings['liangjingyuan-3']!,
    categoryId: api.categories['01.02.01']!,
    description: '楼道里的灯坏了一个星期，晚上上下楼很危险。',
    contact: { phone: '13812345678' },
    ...overrides,
  });
  const staff = await staffClient('grid-b1-1');
  let id = '';
  for await (const item of staff.staff.cases.list({ scope: 'held' })) {
    if (item.trackingCode === filed.trackingCode) {
      id = item.id;
      break;
    }
  }
  return { ...filed, id, staff };
}

/** Waits until `check` passes, for what arrives asynchronously (live updates, debounced lookups). */
export async function eventually(check: () => unknown, timeoutMs = 8_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (performance.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
