import type { Database } from '../db/client.js';
import { hotlineDirectoryOf } from '../seed/hotlines.js';
import { importHotlines } from '../services/hotline/directory.js';

/**
 * A small hotline directory for the test city: the command centre's 12345 and the real consult
 * and complaint numbers two service guides give for the test city's water and housing
 * departments (the operator's page and its tests choose from these).
 */
export const hotlineGuideFixtures = [
  { department: '市水务局', consultPhone: '020-37628755', complainPhone: '020-37627229' },
  { department: '市住房和城乡建设局', consultPhone: '020-83133283、020-83134746', complainPhone: '020-83133283' },
];

export async function installHotlineDirectory(db: Database, cityId: string): Promise<number> {
  const { added } = await importHotlines(db, cityId, hotlineDirectoryOf(hotlineGuideFixtures, { unitName: '指挥中心', hotline: '12345' }));
  return added;
}
