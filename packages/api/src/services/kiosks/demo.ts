import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import { upsertKiosk, type KioskSummary } from './kiosks.js';

/** The demo city's kiosk, which `npm start` builds the kiosk app with. */
export const demoKioskKey = 'hy_kiosk_zhaoyuan_jinhui_demo';
/** The PIN of its staff corner (documented in docs/kiosk.md; change it with `huying kiosks pin`). */
export const demoKioskPin = '2580';

/** One kiosk in the service hall of 金晖社区, the community the article names. */
export async function seedDemoKiosk(db: Database, cityId: string): Promise<KioskSummary | null> {
  const [community] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.cityId, cityId), eq(units.kind, 'community'), eq(units.name, '金晖社区')));
  if (!community) return null;
  return upsertKiosk(db, {
    cityId,
    key: demoKioskKey,
    pin: demoKioskPin,
    label: '金晖社区党群服务中心 1号机',
    hallName: '金晖社区党群服务中心',
    hallNameEn: 'Jinhui Community Service Centre',
    unitId: community.id,
    address: '招远市温泉街道金晖社区党群服务中心',
    notices: [
      { zh: '办事时间：周一至周五 上午 8:30—12:00，下午 1:30—5:30', en: 'Opening hours: Monday to Friday, 8:30–12:00 and 13:30–17:30' },
      { zh: '小区里的问题，在这里点“反映问题”，24 小时都能提交', en: 'A problem in your neighbourhood? Tap “Report a problem” — any time, day or night' },
      { zh: '拨打 12345 热线，也可以反映问题、查询进度', en: 'You can also call the 12345 hotline to report a problem or follow one' },
    ],
  });
}
