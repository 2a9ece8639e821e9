import { sql } from 'drizzle-orm';
import type { App } from '../src/app.js';
import { FakeClock } from '../src/clock.js';
import type { AppDependencies } from '../src/context.js';
import { queryRows, type DatabaseHandle } from '../src/db/client.js';
import { sweepDueCases } from '../src/jobs/deadline-sweep.js';
import { createTestCity, startTestCity, type TestCity } from '../src/testing/index.js';

/** An instant from local Shanghai time, as the API returns instants. */
export const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();

/**
 * What the loop tests share: a test database with the app on a fake clock, a city that each test
 * may replace with a fresh one (so its sweeps touch only its own cases), and requests through the
 * front door.
 */
export class LoopWorld {
  readonly clock = new FakeClock('2026-03-02T09:00:00+08:00');
  database!: DatabaseHandle;
  app!: App;
  deps!: AppDependencies;
  city!: TestCity;

  start = async () => {
    ({ database: this.database, city: this.city, app: this.app, deps: this.deps } = await startTestCity({ clock: this.clock }));
  };

  stop = () => this.database.close();

  freshCity = async () => {
    this.city = await createTestCity(this.database);
  };

  /** Sets the clock to a local Shanghai time. */
  at = (local: string) => this.clock.set(`${local}+08:00`);

  /** The deadline sweep, on this test's city only. */
  sweep = () => sweepDueCases(this.deps, { cityIds: [this.city.cityId] });

  /** A request as staff of a unit (by key), with other headers, or as a resident (null). */
  request = async (method: string, path: string, who: string | Record<string, string> | null, body?: unknown) => {
    const headers = typeof who === 'string' ? this.city.staffHeaders(who) : (who ?? this.city.cityHeaders);
    const response = await this.app.request(`/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };

  /** A staff action that must succeed; the case view after it. */
  act = async (unitKey: string, id: string, action: string, body: unknown = {}) => {
    const response = await this.request('POST', `/staff/cases/${id}/${action}`, unitKey, body);
    if (response.status !== 200) throw new Error(`${unitKey} ${action}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  view = async (unitKey: string, id: string) => (await this.request('GET', `/staff/cases/${id}`, unitKey)).body;

  /** Files a case as a resident (a complaint with a phone unless told otherwise); its id, receipt and landing unit. */
  file = async (body: Record<string, unknown>) => {
    const response = await this.request('POST', '/cases', null, {
      kind: 'complaint',
      contact: { phone: '13912345678' },
      description: '楼道灯不亮已经一周了，晚上上下楼很危险。',
      ...body,
    });
    if (response.status !== 201) throw new Error(`filing: ${response.status} ${JSON.stringify(response.body)}`);
    const [row] = await queryRows<{ id: string }>(this.database.db, sql`SELECT id FROM cases WHERE tracking_code = ${response.body.trackingCode}`);
    return { id: row!.id, trackingCode: response.body.trackingCode as string, secret: response.body.secret as string, holder: response.body.case.holder };
  };
}
