import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventReader } from './event-reader.js';
import { LoopWorld } from './loop-world.js';

/**
 * What the staff console reads beyond the loop's own endpoints: the inbox's deadline filters and
 * sorts, live changes for a unit, grid patrol reports, hot spots and the supervision board.
 */
const world = new LoopWorld();
beforeAll(world.start);
afterAll(world.stop);

type Summary = { id: string; trackingCode: string; deadline: { step: string; state: string; dueAt: string } | null; openSupervisions: number };

const list = async (who: string, query: string) => {
  const response = await world.request('GET', `/staff/cases?${query}`, who);
  if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { data: Summary[]; nextCursor: string | null };
};
const ids = (page: { data: Summary[] }) => page.data.map((item) => item.id);

describe('the inbox: deadline states and sorting', () => {
  it('filters by how the most pressing deadline stands, and shows it on every row', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    // Complaints get two working hours to be accepted, with the warning at 80 %.
    const late = await world.file({ buildingId: world.city.building('dongsheng-1') });
    const taken = await world.file({ buildingId: world.city.building('dongsheng-1') });
    await world.act('grid-a1-1', taken.id, 'accept');

    world.at('2026-03-02T10:40:00');
    const nearing = await list('grid-a1-1', 'scope=held&deadline=nearing');
    expect(ids(nearing)).toEqual([late.id]);
    expect(nearing.data[0]!.deadline).toMatchObject({ step: 'accept', state: 'nearing', dueAt: '2026-03-02T03:00:00.000Z' });
    expect(ids(await list('grid-a1-1', 'scope=held&deadline=running'))).toEqual([taken.id]);
    expect(ids(await list('grid-a1-1', 'scope=held&deadline=overdue'))).toEqual([]);

    world.at('2026-03-02T11:05:00');
    const overdue = await list('grid-a1-1', 'scope=held&deadline=overdue');
    expect(ids(overdue)).toEqual([late.id]);
    expect(overdue.data[0]!.deadline!.state).toBe('overdue');
    expect(ids(await list('grid-a1-1', 'scope=held&deadline=overdue,running')).sort()).toEqual([late.id, taken.id].sort());
  });

  it('lists cases without a running deadline under `none`, paused ones included', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    const waiting = await world.file({ buildingId: world.city.building('dongsheng-1') });
    await world.act('grid-a1-1', waiting.id, 'accept');
    await world.act('grid-a1-1', waiting.id, 'respond', { message: '已联系物业' });
    await world.act('grid-a1-1', waiting.id, 'hold', { reason: '请补充楼层和单元号' });
    const none = await list('grid-a1-1', 'scope=held&deadline=none');
    expect(ids(none)).toEqual([waiting.id]);
    expect(none.data[0]!.deadline!.state).toBe('paused');
  });

  it('sorts by the earliest running deadline, pages through it, and refuses a cursor of another sort', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    const first = await world.file({ buildingId: world.city.building('dongsheng-1') });
    world.at('2026-03-02T09:30:00');
    const second = await world.file({ buildingId: world.city.building('dongsheng-1') });
    world.at('2026-03-02T09:31:00');
    const third = await world.file({ buildingId: world.city.building('dongsheng-1') });
    await world.act('grid-a1-1', third.id, 'accept');
    await world.act('grid-a1-1', third.id, 'respond', { message: '已联系物业' });
    await world.act('grid-a1-1', third.id, 'hold', { reason: '请补充楼层' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list('grid-a1-1', `scope=held&sort=due&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    // The paused case has no running deadline: last.
    expect(seen).toEqual([first.id, second.id, third.id]);

    expect(ids(await list('grid-a1-1', 'scope=held&sort=oldest'))).toEqual([first.id, second.id, third.id]);
    const newest = await list('grid-a1-1', 'scope=held&limit=1');
    expect(ids(newest)).toEqual([third.id]);
    const wrongSort = await world.request('GET', `/staff/cases?scope=held&sort=due&cursor=${newest.nextCursor}`, 'grid-a1-1');
    expect(wrongSort.status).toBe(400);
    expect(wrongSort.body.errors).toEqual([{ field: 'cursor', message: expect.stringContaining('cursor') }]);
  });

  it('refuses unknown deadline states and sorts with field errors', async () => {
    const state = await world.request('GET', '/staff/cases?deadline=late', 'city');
    expect(state.status).toBe(400);
    expect(state.body.errors[0].field).toMatch(/^query\.deadline/);
    const sort = await world.request('GET', '/staff/cases?sort=random', 'city');
    expect(sort.status).toBe(400);
    expect(sort.body.errors[0].field).toBe('query.sort');
  });
});

describe('grid patrol reports', () => {
  const report = (who: string | null, body: Record<string, unknown>, key?: string) =>
    world.app.request('/api/v1/staff/patrol-reports', {
      method: 'POST',
      headers: { ...(who ? world.city.staffHeaders(who) : world.city.cityHeaders), ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });

  it('opens the report at the reporter\'s own grid, channel patrol, filed by them; a retry with the key files nothing more', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    const body = { buildingId: world.city.building('liangjingyuan-3'), categoryId: world.city.category('01.01.01'), description: '3号楼东侧井盖破损，夜间行人容易踩空' };
    const first = await report('grid-b1-1', body, 'patrol-1');
    expect(first.status).toBe(201);
    const receipt = (await first.json()) as { trackingCode: string; case: Summary & { channel: string; holder: { id: string }; status: string } };
    expect(receipt.case).toMatchObject({ channel: 'patrol', status: 'submitted', holder: { id: world.city.unit('grid-b1-1') }, building: { name: '丽景苑3号楼' } });
    const again = await report('grid-b1-1', body, 'patrol-1');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(receipt.trackingCode);

    const view = await world.view('grid-b1-1', receipt.case.id);
    expect(view.timeline[0]).toMatchObject({ type: 'submitted', actor: { type: 'staff', unitId: world.city.unit('grid-b1-1') } });

    const mine = await world.request('GET', '/staff/patrol-reports', 'grid-b1-1');
    expect(mine.body.data.map((item: Summary) => item.trackingCode)).toEqual([receipt.trackingCode]);
    // A resident's case at the same grid is not a patrol report; another member has none.
    await world.file({ buildingId: world.city.building('liangjingyuan-3') });
    expect((await world.request('GET', '/staff/patrol-reports', 'grid-b1-1')).body.data).toHaveLength(1);
    expect((await world.request('GET', '/staff/patrol-reports', 'community-b1')).body.data).toEqual([]);
  });

  it('refuses a report without a place, with unknown fields, or without a staff sign-in', async () => {
    await world.freshCity();
    const nowhere = await report('grid-b1-1', { description: '路灯不亮已经三天了' });
    expect(nowhere.status).toBe(400);
    expect(((await nowhere.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('json.buildingId');
    expect((await report('grid-b1-1', { address: '金晖路12号', description: '路灯不亮已经三天了', channel: 'web' })).status).toBe(400);
    expect((await report(null, { address: '金晖路12号', description: '路灯不亮已经三天了' })).status).toBe(401);
    expect((await world.request('GET', '/staff/patrol-reports', null)).status).toBe(401);
  });
});

describe('the dispatch console: hot spots and the supervision board', () => {
  it('lists buildings where cases gather, within the caller\'s scope only', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    for (let i = 0; i < 3; i++) await world.file({ buildingId: world.city.building('dongsheng-1'), categoryId: world.city.category('01.02.01') });
    await world.file({ buildingId: world.city.building('liangjingyuan-3') });
    const city = await world.request('GET', '/staff/hot-spots?days=7', 'city');
    expect(city.status).toBe(200);
    expect(city.body.data).toEqual([
      { building: { id: world.city.building('dongsheng-1'), name: '东晟小区1号楼' }, cases: 3, open: 3, categories: [{ id: world.city.category('01.02.01'), name: '物业服务', cases: 3 }], latestAt: expect.any(String) },
    ]);
    expect((await world.request('GET', '/staff/hot-spots?minCases=1', 'city')).body.data).toHaveLength(2);
    expect((await world.request('GET', '/staff/hot-spots', 'street-b')).body.data).toEqual([]);
    expect((await world.request('GET', '/staff/hot-spots?days=0', 'city')).status).toBe(400);
  });

  it('shows overdue and supervised cases across the subtree, and counts per holding unit', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    const late = await world.file({ buildingId: world.city.building('dongsheng-1') });
    const other = await world.file({ buildingId: world.city.building('liangjingyuan-3') });
    await world.act('grid-b1-1', other.id, 'accept');
    world.at('2026-03-02T11:05:00');
    await world.act('city', other.id, 'supervise', { unitId: world.city.unit('grid-b1-1'), reason: '请尽快处理并反馈' });
    const board = await world.request('GET', '/staff/supervision-board', 'city');
    expect(board.status).toBe(200);
    expect(board.body.overdue.map((item: Summary) => item.id)).toEqual([late.id]);
    expect(board.body.supervised.map((item: Summary) => item.id)).toEqual([other.id]);
    expect(board.body.units).toEqual([
      { unit: expect.objectContaining({ id: world.city.unit('grid-a1-1') }), held: 1, overdue: 1, nearing: 0, supervised: 0 },
      { unit: expect.objectContaining({ id: world.city.unit('grid-b1-1') }), held: 1, overdue: 0, nearing: 0, supervised: 1 },
    ]);
    // A street sees its own subtree only.
    const streetB = await world.request('GET', '/staff/supervision-board', 'street-b');
    expect(streetB.body.overdue).toEqual([]);
    expect(streetB.body.units.map((row: { unit: { id: string } }) => row.unit.id)).toEqual([world.city.unit('grid-b1-1')]);
  });
});

describe('live changes for staff', () => {
  const open = async (who: string | null) => {
    const headers: Record<string, string> = who ? world.city.staffHeaders(who) : {};
    const response = await world.app.request('/api/v1/staff/events', { headers: { ...headers, accept: 'text/event-stream' } });
    if (who && response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
    return response;
  };

  it('needs a staff token', async () => {
    await world.freshCity();
    const response = await open(null);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sends each change of a case the caller may see, with the case as lists show it, and nothing of other streets', async () => {
    await world.freshCity();
    world.at('2026-03-02T09:00:00');
    const grid = new EventReader(await open('grid-a1-1'));
    const city = new EventReader(await open('city'));
    const otherStreet = new EventReader(await open('street-b'));
    for (const stream of [grid, city, otherStreet]) {
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(await stream.nextEvent()).toMatchObject({ event: 'ready' });
    }

    const filed = await world.file({ buildingId: world.city.building('dongsheng-1') });
    const submitted = await grid.nextEvent();
    expect(submitted!.event).toBe('case');
    expect(JSON.parse(submitted!.data!)).toMatchObject({
      event: { type: 'submitted', seq: 1, status: 'submitted' },
      case: { id: filed.id, status: 'submitted', holder: { id: world.city.unit('grid-a1-1') }, deadline: { step: 'accept', state: 'running' } },
    });
    await world.act('grid-a1-1', filed.id, 'accept');
    expect(JSON.parse((await grid.nextEvent())!.data!)).toMatchObject({ event: { type: 'accepted', seq: 2 }, case: { status: 'accepted' } });
    expect(JSON.parse((await city.nextEvent())!.data!)).toMatchObject({ event: { type: 'submitted' } });
    expect(JSON.parse((await city.nextEvent())!.data!)).toMatchObject({ event: { type: 'accepted' } });

    // The escalated case leaves the grid's inbox but stays visible to it: it took part.
    await world.act('grid-a1-1', filed.id, 'escalate', { reason: '需社区协调' });
    expect(JSON.parse((await grid.nextEvent())!.data!)).toMatchObject({ event: { type: 'escalated' }, case: { holder: { id: world.city.unit('community-a1') } } });

    // A case of street B arrives on street B's stream; street A's case never did.
    const other = await world.file({ buildingId: world.city.building('liangjingyuan-3') });
    expect(JSON.parse((await otherStreet.nextEvent())!.data!)).toMatchObject({ event: { type: 'submitted' }, case: { id: other.id } });
    for (const stream of [grid, city, otherStreet]) await stream.close();
  });
});
