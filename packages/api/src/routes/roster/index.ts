import { createRoute, z } from '@hono/zod-openapi';
import type { StaffPrincipal } from '../../context.js';
import { forbidden, invalid } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { requireStaff } from '../../http/staff-auth.js';
import {
  acknowledgeHandover,
  coverage,
  createHandover,
  createLeave,
  createShift,
  deleteLeave,
  deleteShift,
  dutyAt,
  dutyRole,
  listAssignments,
  listHandovers,
  listLeaves,
  listOfficers,
  listShifts,
  rotaManagers,
  saveRota,
  updateShift,
} from '../../services/roster/roster.js';
import { minuteOfDay } from '../../services/roster/rota.js';
import { IdParams, jsonBody, jsonResponse, limitSchema, problemResponses } from '../schemas.js';

const security = [{ staffToken: [] }];
const tags = ['Duty roster'];
const dayMs = 24 * 60 * 60_000;
const maxWindowDays = 62;

const instant = z.iso.datetime({ offset: true });
const AccountSchema = z.object({ id: z.uuid(), displayName: z.string() }).openapi('RosterAccount');

const ShiftSchema = z
  .object({
    id: z.uuid(),
    account: AccountSchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    note: z.string().nullable(),
    holiday: z.string().nullable().openapi({ description: 'The statutory holiday the shift starts on (节假日值班)' }),
    onLeave: z.boolean().openapi({ description: 'The officer\'s leave takes out part of this shift' }),
  })
  .openapi('RosterShift');

const LeaveSchema = z
  .object({ id: z.uuid(), account: AccountSchema, startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), reason: z.string().nullable() })
  .openapi('RosterLeave');

const GapSchema = z
  .object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), minutes: z.number().int(), holiday: z.string().nullable() })
  .openapi('RosterGap');

const CoverageSchema = z
  .object({ from: z.iso.datetime(), to: z.iso.datetime(), coveredMinutes: z.number().int(), gaps: z.array(GapSchema) })
  .openapi('RosterCoverage');

const WarningSchema = z.object({ code: z.literal('rota-gap'), message: z.string() }).openapi('RosterWarning');

const DutyNowSchema = z
  .object({
    at: z.iso.datetime(),
    onDuty: z.array(z.object({ account: AccountSchema, shiftId: z.uuid(), until: z.iso.datetime() })),
    gap: z.object({ until: z.iso.datetime().nullable() }).nullable(),
    next: z.object({ account: AccountSchema, shiftId: z.uuid(), startsAt: z.iso.datetime() }).nullable(),
    warnings: z.array(WarningSchema).openapi({ description: 'Nobody on duty now, or gaps in the next 24 hours' }),
  })
  .openapi('RosterNow');

const HandoverSchema = z
  .object({
    id: z.uuid(),
    from: AccountSchema,
    to: AccountSchema.nullable(),
    shiftId: z.uuid().nullable(),
    notes: z.string(),
    openCases: z.array(z.object({ id: z.uuid(), trackingCode: z.string(), title: z.string(), status: z.string() })),
    createdAt: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
    acknowledgedBy: AccountSchema.nullable(),
  })
  .openapi('RosterHandover');

const AssignmentSchema = z
  .object({ caseId: z.uuid(), trackingCode: z.string(), title: z.string(), status: z.string(), account: AccountSchema, assignedAt: z.iso.datetime() })
  .openapi('CaseAssignment');

const WindowQuery = z.object({
  from: instant.optional().openapi({ description: 'Default: now' }),
  to: instant.optional().openapi({ description: `Default: 7 days after from; at most ${maxWindowDays} days after it` }),
});

const clock = z.string().refine((value) => minuteOfDay(value) !== null, 'a time of day HH:MM, 00:00–23:59');

const NewShiftSchema = z
  .object({ accountId: z.uuid(), startsAt: instant, endsAt: instant, note: z.string().trim().max(500).nullish() })
  .strict()
  .openapi('NewRosterShift');

const RotaPlanSchema = z
  .object({
    from: z.iso.date(),
    days: z.number().int().min(1).max(maxWindowDays),
    slots: z.array(z.object({ start: clock, end: clock })).min(1).max(8),
    officers: z.array(z.uuid()).min(1).max(50),
    replace: z.boolean().default(false).openapi({ description: 'Remove the shifts that already start in the period first' }),
  })
  .strict()
  .openapi('RotaPlan', {
    example: {
      from: '2026-03-02',
      days: 7,
      slots: [
        { start: '08:00', end: '16:00' },
        { start: '16:00', end: '00:00' },
        { start: '00:00', end: '08:00' },
      ],
      officers: ['…'],
      replace: false,
    },
  });

function requireManager(staff: StaffPrincipal): void {
  if (!rotaManagers.includes(staff.role)) throw forbidden(`planning the rota is for ${rotaManagers.join(', ')} accounts`);
}

/** A shift or leave as a planner records it: whose, when, by whom. */
const plannedFor = (staff: StaffPrincipal, body: { accountId: string; startsAt: string; endsAt: string }) => ({
  cityId: staff.cityId,
  accountId: body.accountId,
  startsAt: new Date(body.startsAt),
  endsAt: new Date(body.endsAt),
  createdBy: staff.accountId,
});

function windowOf(query: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const startsAt = query.from ? new Date(query.from) : now;
  const endsAt = query.to ? new Date(query.to) : new Date(startsAt.getTime() + 7 * dayMs);
  if (!(endsAt > startsAt)) throw invalid('to', 'to must be after from');
  if (endsAt.getTime() - startsAt.getTime() > maxWindowDays * dayMs) throw invalid('to', `ask for at most ${maxWindowDays} days at a time`);
  return { startsAt, endsAt };
}

const router = createRouter();
router.use('/roster/*', requireStaff);

export const rosterRoutes = router
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/now',
      tags,
      summary: 'Who is on duty now (or at a given moment), who is next, and any gap in the rota',
      security,
      request: { query: z.object({ at: instant.optional() }) },
      responses: { 200: jsonResponse('Duty now', DutyNowSchema), ...problemResponses(400, 401) },
    }),
    async (c) => {
      const { db } = c.get('deps').database;
      const staff = c.get('staff');
      const at = c.req.valid('query').at ? new Date(c.req.valid('query').at!) : c.get('deps').clock.now();
      const [duty, ahead] = await Promise.all([dutyAt(db, staff.cityId, at), coverage(db, staff.cityId, { startsAt: at, endsAt: new Date(at.getTime() + dayMs) })]);
      const warnings: z.infer<typeof WarningSchema>[] = [];
      if (duty.gap) {
        warnings.push({
          code: 'rota-gap',
          message: duty.gap.until ? `nobody is on duty until ${duty.gap.until}: new consultations are not routed to an officer` : 'nobody is on duty and no shift is planned',
        });
      }
      for (const gap of ahead.gaps.filter((gap) => gap.startsAt > at.toISOString())) {
        warnings.push({ code: 'rota-gap', message: `nobody is on duty from ${gap.startsAt} to ${gap.endsAt} (${gap.minutes} minutes)` });
      }
      return c.json({ ...duty, warnings }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/officers',
      tags,
      summary: 'The city\'s information officers, who stand duty',
      security,
      responses: { 200: jsonResponse('Officers', z.object({ data: z.array(AccountSchema) })), ...problemResponses(401) },
    }),
    async (c) => c.json({ data: await listOfficers(c.get('deps').database.db, c.get('staff').cityId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/shifts',
      tags,
      summary: 'Shifts in a period (default: the next 7 days)',
      security,
      request: { query: WindowQuery.extend({ accountId: z.uuid().optional() }) },
      responses: { 200: jsonResponse('Shifts', z.object({ data: z.array(ShiftSchema) })), ...problemResponses(400, 401) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const window = windowOf(query, c.get('deps').clock.now());
      return c.json({ data: await listShifts(c.get('deps').database.db, c.get('staff').cityId, { ...window, ...(query.accountId ? { accountId: query.accountId } : {}) }) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/shifts',
      tags,
      summary: 'Put an information officer on duty for a period (up to 24 hours)',
      security,
      request: {
        body: jsonBody(NewShiftSchema),
      },
      responses: { 201: jsonResponse('The shift', ShiftSchema), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      const body = c.req.valid('json');
      const shift = await createShift(c.get('deps').database.db, { ...plannedFor(staff, body), note: body.note ?? null });
      return c.json(shift, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/roster/shifts/{id}',
      tags,
      summary: 'Change a shift: its times, its officer (a swap) or its note',
      security,
      request: {
        params: IdParams,
        body: jsonBody(NewShiftSchema.partial().strict().openapi('RosterShiftChange')),
      },
      responses: { 200: jsonResponse('The shift', ShiftSchema), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      const body = c.req.valid('json');
      const shift = await updateShift(c.get('deps').database.db, {
        cityId: staff.cityId,
        id: c.req.valid('param').id,
        ...(body.accountId ? { accountId: body.accountId } : {}),
        ...(body.startsAt ? { startsAt: new Date(body.startsAt) } : {}),
        ...(body.endsAt ? { endsAt: new Date(body.endsAt) } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
      });
      return c.json(shift, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/roster/shifts/{id}',
      tags,
      summary: 'Remove a shift',
      security,
      request: { params: IdParams },
      responses: { 204: { description: 'Removed' }, ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      await deleteShift(c.get('deps').database.db, staff.cityId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/rota',
      tags,
      summary: 'Plan a rota: repeat a day\'s shifts over a period, officers taking turns (those on leave are passed over)',
      security,
      request: {
        body: jsonBody(RotaPlanSchema),
      },
      responses: { 201: jsonResponse('The shifts planned and the gaps left', z.object({ shifts: z.array(ShiftSchema), gaps: z.array(GapSchema) })), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      const body = c.req.valid('json');
      const result = await saveRota(c.get('deps').database.db, {
        cityId: staff.cityId,
        pattern: { from: body.from, days: body.days, slots: body.slots, officers: body.officers },
        replace: body.replace,
        createdBy: staff.accountId,
      });
      return c.json(result, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/coverage',
      tags,
      summary: 'Gaps in the rota over a period (default: the next 7 days): times when nobody is on duty',
      security,
      request: { query: WindowQuery },
      responses: { 200: jsonResponse('Coverage', CoverageSchema), ...problemResponses(400, 401) },
    }),
    async (c) => c.json(await coverage(c.get('deps').database.db, c.get('staff').cityId, windowOf(c.req.valid('query'), c.get('deps').clock.now())), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/leaves',
      tags,
      summary: 'Officers\' holidays and other leave in a period',
      security,
      request: { query: WindowQuery },
      responses: { 200: jsonResponse('Leave', z.object({ data: z.array(LeaveSchema) })), ...problemResponses(400, 401) },
    }),
    async (c) => c.json({ data: await listLeaves(c.get('deps').database.db, c.get('staff').cityId, windowOf(c.req.valid('query'), c.get('deps').clock.now())) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/leaves',
      tags,
      summary: 'Record an officer\'s holiday or other leave; their shifts in it stop counting as cover',
      security,
      request: {
        body: jsonBody(z.object({ accountId: z.uuid(), startsAt: instant, endsAt: instant, reason: z.string().trim().max(500).nullish() }).strict().openapi('NewRosterLeave')),
      },
      responses: { 201: jsonResponse('The leave', LeaveSchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      const body = c.req.valid('json');
      const leave = await createLeave(c.get('deps').database.db, { ...plannedFor(staff, body), reason: body.reason ?? null });
      return c.json(leave, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/roster/leaves/{id}',
      tags,
      summary: 'Cancel a leave',
      security,
      request: { params: IdParams },
      responses: { 204: { description: 'Removed' }, ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireManager(staff);
      await deleteLeave(c.get('deps').database.db, staff.cityId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/handovers',
      tags,
      summary: 'Handovers between shifts, newest first; `pending=true` for those waiting for you',
      security,
      request: { query: z.object({ pending: z.enum(['true', 'false']).default('false'), limit: limitSchema(100, 20) }) },
      responses: { 200: jsonResponse('Handovers', z.object({ data: z.array(HandoverSchema) })), ...problemResponses(400, 401) },
    }),
    async (c) => {
      const staff = c.get('staff');
      const query = c.req.valid('query');
      const data = await listHandovers(c.get('deps').database.db, staff.cityId, { limit: query.limit, ...(query.pending === 'true' ? { pendingFor: staff.accountId } : {}) });
      return c.json({ data }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/handovers',
      tags,
      summary: 'Hand over your shift (交接班): notes for the next officer; your open consultations go with it',
      security,
      request: {
        body: jsonBody(z.object({ toAccountId: z.uuid().nullish(), notes: z.string().trim().min(1).max(4000) }).strict().openapi('NewRosterHandover')),
      },
      responses: { 201: jsonResponse('The handover', HandoverSchema), ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const staff = c.get('staff');
      if (staff.role !== dutyRole) throw forbidden('handing over a duty shift is for information officers');
      const body = c.req.valid('json');
      const handover = await createHandover(c.get('deps').database.db, {
        cityId: staff.cityId,
        fromAccountId: staff.accountId,
        toAccountId: body.toAccountId ?? null,
        notes: body.notes,
        at: c.get('deps').clock.now(),
      });
      return c.json(handover, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/roster/handovers/{id}/acknowledge',
      tags,
      summary: 'Take a handover: its open consultations are assigned to you',
      security,
      request: { params: IdParams },
      responses: { 200: jsonResponse('The handover', HandoverSchema), ...problemResponses(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const staff = c.get('staff');
      const handover = await acknowledgeHandover(c.get('deps').database.db, {
        cityId: staff.cityId,
        id: c.req.valid('param').id,
        accountId: staff.accountId,
        at: c.get('deps').clock.now(),
      });
      return c.json(handover, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/roster/assignments',
      tags,
      summary: 'Consultations routed to officers on duty (`mine=true`: to you), newest first',
      security,
      request: {
        query: z.object({
          accountId: z.uuid().optional(),
          mine: z.enum(['true', 'false']).default('false'),
          open: z.enum(['true', 'false']).default('true'),
          limit: limitSchema(200, 50),
        }),
      },
      responses: { 200: jsonResponse('Assignments', z.object({ data: z.array(AssignmentSchema) })), ...problemResponses(400, 401) },
    }),
    async (c) => {
      const staff = c.get('staff');
      const query = c.req.valid('query');
      const accountId = query.mine === 'true' ? staff.accountId : query.accountId;
      const data = await listAssignments(c.get('deps').database.db, staff.cityId, { ...(accountId ? { accountId } : {}), openOnly: query.open === 'true', limit: query.limit });
      return c.json({ data }, 200);
    },
  );
