import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, StaffPrincipal } from '../../context.js';
import { forbidden } from '../../http/problems.js';
import { createRouter } from '../../http/router.js';
import { residentSiteAccess } from '../../http/site-key.js';
import { requireStaff } from '../../http/staff-auth.js';
import {
  authenticateKiosk,
  createKiosk,
  getKiosk,
  kioskDeviceView,
  listKiosks,
  maxNotices,
  revokeKiosk,
  setKioskNotices,
  setKioskPin,
  type KioskRow,
} from '../../services/kiosks/kiosks.js';
import { loadUnit } from '../../services/units.js';
import { IdParams, jsonBody, jsonResponse, problemResponses } from '../schemas.js';

/** The header a kiosk sends its device key in. */
export const deviceKeyHeader = 'huying-device-key';

function setKiosk(c: Context<AppEnv>, kiosk: KioskRow): void {
  c.set('kiosk', kiosk);
  // The kiosk's registration names its city, as a site key does: requestCityId follows it.
  c.set('site', { key: `kiosk:${kiosk.id}`, cityId: kiosk.cityId, label: kiosk.hallName });
}

/**
 * In front of the resident endpoints: a request carrying a device key is a kiosk's (checked,
 * refused when unknown or revoked, whatever its origin); anything else goes through the site-key
 * rules. A kiosk is a browser on its own origin, so without this it would need a site key.
 */
export const residentOrKioskAccess = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header(deviceKeyHeader);
  if (key === undefined || c.req.method === 'OPTIONS' || c.req.header('authorization')) return residentSiteAccess(c, next);
  setKiosk(c, await authenticateKiosk(c.get('deps').database.db, key));
  await next();
});

/** The kiosk's own endpoints need its device key. */
const requireKiosk = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const key = c.req.header(deviceKeyHeader) ?? '';
  setKiosk(c, await authenticateKiosk(c.get('deps').database.db, key));
  await next();
});

const NoticeSchema = z.object({ zh: z.string().max(300), en: z.string().max(300) }).openapi('KioskNotice');
const NoticeInput = z.object({ zh: z.string().max(300).nullish(), en: z.string().max(300).nullish() }).strict();

const KioskSchema = z
  .object({
    id: z.uuid(),
    cityId: z.string(),
    label: z.string(),
    hallName: z.string(),
    hallNameEn: z.string().nullable(),
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    building: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    address: z.string(),
    keyPrefix: z.string().openapi({ description: 'The first characters of the device key, to tell keys apart.' }),
    notices: z.array(NoticeSchema),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().nullable().openapi({ description: 'When the kiosk last loaded its registration.' }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('Kiosk');

const KioskDeviceSchema = z
  .object({
    id: z.uuid(),
    label: z.string(),
    hallName: z.string(),
    hallNameEn: z.string().nullable(),
    city: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), hotline: z.string() }),
    unit: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
    place: z.object({ building: z.object({ id: z.uuid(), name: z.string() }).nullable(), address: z.string() }),
    notices: z.array(NoticeSchema),
    adminPin: z
      .object({ algorithm: z.literal('PBKDF2-SHA256'), iterations: z.number().int(), salt: z.string(), hash: z.string() })
      .openapi({ description: 'How the kiosk checks its staff PIN offline: PBKDF2-SHA256 of the PIN with this salt (base64), 32 bytes.' }),
  })
  .openapi('KioskDevice');

const pinSchema = z.string().regex(/^\d{4,8}$/, 'the admin PIN is 4 to 8 digits');

const CreateKioskBody = z
  .object({
    label: z.string().trim().min(1).max(100),
    hallName: z.string().trim().min(1).max(100),
    hallNameEn: z.string().trim().max(100).nullish(),
    unitId: z.uuid().openapi({ description: 'The community or street whose service hall the kiosk stands in.' }),
    buildingId: z.uuid().nullish().openapi({ description: 'The building the hall is in; its cases are filed there.' }),
    address: z.string().trim().max(300).nullish().openapi({ description: 'The hall’s address; required without a building.' }),
    pin: pinSchema.openapi({ description: 'The PIN that opens the kiosk’s staff corner.' }),
    notices: z.array(NoticeInput).max(maxNotices).optional(),
  })
  .strict()
  .openapi('CreateKiosk', {
    example: { label: '金晖社区党群服务中心 1号机', hallName: '金晖社区党群服务中心', hallNameEn: 'Jinhui Community Service Centre', unitId: '00000000-0000-4000-8000-000000000000', address: '招远市温泉街道金晖社区党群服务中心', pin: '2580' },
  });

const router = createRouter();
router.use('/kiosk/*', requireKiosk);
router.use('/staff/kiosks', requireStaff);
router.use('/staff/kiosks/*', requireStaff);

/** Registering and withdrawing kiosks is a platform administrator's call, like site keys. */
function requireAdmin(staff: StaffPrincipal): void {
  if (staff.role !== 'admin') throw forbidden('only a platform administrator registers and withdraws kiosks');
}

export const kiosksRoutes = router
  .openapi(
    createRoute({
      method: 'get',
      path: '/kiosk/device',
      tags: ['Kiosks'],
      summary: 'The calling kiosk’s registration',
      description: `A kiosk sends its device key in \`Huying-Device-Key\` on every request. This returns its hall, place, notices and the hash its staff corner checks the PIN against. 403 \`kiosk-key-invalid\` for an unknown key, \`kiosk-revoked\` for a withdrawn kiosk.`,
      responses: {
        200: jsonResponse('The kiosk', KioskDeviceSchema),
        ...problemResponses(403),
      },
    }),
    async (c) => {
      const { database, clock } = c.get('deps');
      c.header('cache-control', 'no-store');
      return c.json(await kioskDeviceView(database.db, clock, c.get('kiosk')!), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/staff/kiosks',
      tags: ['Kiosks'],
      summary: 'The city’s kiosks',
      security: [{ staffToken: [] }],
      responses: {
        200: jsonResponse('Kiosks', z.object({ data: z.array(KioskSchema) })),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff);
      return c.json({ data: await listKiosks(c.get('deps').database.db, staff.cityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/kiosks',
      tags: ['Kiosks'],
      summary: 'Register a kiosk',
      description: 'Returns the device key once: put it in the kiosk’s build (`VITE_HUYING_DEVICE_KEY`) or open the kiosk once with `?device-key=`. Only its hash is kept.',
      security: [{ staffToken: [] }],
      request: { body: jsonBody(CreateKioskBody) },
      responses: {
        201: jsonResponse('Registered', z.object({ kiosk: KioskSchema, deviceKey: z.string() })),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff);
      const body = c.req.valid('json');
      const created = await createKiosk(c.get('deps').database.db, { ...body, cityId: staff.cityId, createdByAccountId: staff.accountId });
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/staff/kiosks/{id}/notices',
      tags: ['Kiosks'],
      summary: 'Set the notices a kiosk shows between visitors',
      description: 'Administrators, and staff of the hall’s community or a unit above it.',
      security: [{ staffToken: [] }],
      request: { params: IdParams, body: jsonBody(z.object({ notices: z.array(NoticeInput).max(maxNotices) }).strict()) },
      responses: {
        200: jsonResponse('The kiosk', KioskSchema),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      const { id } = c.req.valid('param');
      const { db } = c.get('deps').database;
      const kiosk = await getKiosk(db, staff.cityId, id);
      if (staff.role !== 'admin') {
        const hallUnit = await loadUnit(db, staff.cityId, kiosk.unitId);
        if (!hallUnit.path.includes(staff.unit.id)) throw forbidden('only the hall’s own staff, the units above it and administrators set its notices');
      }
      return c.json(await setKioskNotices(db, staff.cityId, id, c.req.valid('json').notices), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/staff/kiosks/{id}/pin',
      tags: ['Kiosks'],
      summary: 'Change a kiosk’s staff PIN',
      description: 'The kiosk picks the new PIN up when it next loads its registration.',
      security: [{ staffToken: [] }],
      request: { params: IdParams, body: jsonBody(z.object({ pin: pinSchema }).strict()) },
      responses: {
        200: jsonResponse('The kiosk', KioskSchema),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff);
      const { id } = c.req.valid('param');
      return c.json(await setKioskPin(c.get('deps').database.db, staff.cityId, id, c.req.valid('json').pin), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/staff/kiosks/{id}/revoke',
      tags: ['Kiosks'],
      summary: 'Withdraw a kiosk',
      description: 'Its device key is refused from then on (within 30 seconds on other API processes); the kiosk says so on screen.',
      security: [{ staffToken: [] }],
      request: { params: IdParams },
      responses: {
        200: jsonResponse('Withdrawn', KioskSchema),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const staff = c.get('staff');
      requireAdmin(staff);
      const { id } = c.req.valid('param');
      const { database, clock } = c.get('deps');
      return c.json(await revokeKiosk(database.db, clock, staff.cityId, id), 200);
    },
  );
