import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { UnitKind } from '@huying/core';
import { and, eq, or } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { buildings, units } from '../db/schema/index.js';
import { getCity } from '../services/directory.js';
import { listSigningKeys, retireSigningKey, rotateSigningKey } from '../services/qr/keys.js';
import { reissueSign, revokeSign, scanUrl } from '../services/qr/signs.js';
import { buildingsInScope, signContents, type SignScope } from '../services/signage/contents.js';
import { signsPerPageChoices, type SignsPerPage } from '../services/signage/layout.js';
import { renderSignsPdf, renderSignsSvg } from '../services/signage/render.js';
import { withDatabase } from './database.js';
import { ProgressBar } from './progress.js';

export const signsUsage = `  huying signs building <id|code|name> [options]
  huying signs community|street <id|name> [options]
  huying signs city [options]          print the current sign of each building (issuing
                                       version 1 where none exists): --format pdf|svg,
                                       --per-page 1|4|9, --out FILE (a folder for svg),
                                       --city ID, --public-url URL
  huying signs reissue <building> --reason TEXT
                                       reprint: a new version; the old QR code stops working
  huying signs revoke <building> --reason TEXT
                                       withdraw the building's sign without a replacement
  huying qr-keys list|rotate|retire <kid> [--force] [--city ID]
                                       the city's QR signing keys: rotate adds a key for new
                                       signs; retire stops a key verifying (refused while valid
                                       signs use it, unless --force)`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UsageError extends Error {}

async function findBuilding(db: Database, cityId: string, reference: string): Promise<{ id: string; name: string }> {
  const rows = await db
    .select({ id: buildings.id, name: buildings.name })
    .from(buildings)
    .where(
      and(
        eq(buildings.cityId, cityId),
        uuidPattern.test(reference) ? eq(buildings.id, reference.toLowerCase()) : or(eq(buildings.code, reference), eq(buildings.name, reference)),
      ),
    )
    .limit(5);
  if (rows.length === 1) return rows[0]!;
  throw new UsageError(rows.length === 0 ? `no building "${reference}" in ${cityId}` : `${rows.length} buildings are called "${reference}"; give its id or code`);
}

async function findUnit(db: Database, cityId: string, kind: UnitKind, reference: string): Promise<{ id: string; name: string }> {
  const rows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.cityId, cityId), eq(units.kind, kind), uuidPattern.test(reference) ? eq(units.id, reference.toLowerCase()) : eq(units.name, reference)))
    .limit(5);
  if (rows.length === 1) return rows[0]!;
  throw new UsageError(rows.length === 0 ? `no ${kind} "${reference}" in ${cityId}` : `${rows.length} ${kind}s are called "${reference}"; give its id`);
}

const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_');

export function runSigns(config: Config, args: string[]): Promise<number> {
  return signsCommand(config, args).catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  });
}

const signCount = (count: number) => `${count} sign${count === 1 ? '' : 's'}`;

async function signsCommand(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      city: { type: 'string' },
      format: { type: 'string', default: 'pdf' },
      'per-page': { type: 'string', default: '1' },
      out: { type: 'string' },
      'public-url': { type: 'string' },
      reason: { type: 'string' },
    },
  });
  const [action, reference] = positionals;
  const perPage = Number(values['per-page']) as SignsPerPage;
  if (!action || !['building', 'community', 'street', 'city', 'reissue', 'revoke'].includes(action)) throw new UsageError(`usage:\n${signsUsage}`);
  if (action !== 'city' && !reference) throw new UsageError(`say which ${action === 'reissue' || action === 'revoke' ? 'building' : action}`);
  if (!signsPerPageChoices.includes(perPage)) throw new UsageError('--per-page is 1, 4 or 9');
  if (values.format !== 'pdf' && values.format !== 'svg') throw new UsageError('--format is pdf or svg');
  const cityId = values.city ?? config.defaultCityId;
  const publicUrl = values['public-url'] ?? config.publicUrl;

  return withDatabase(config, async ({ db }) => {
    const city = await getCity(db, cityId);
    if (action === 'reissue' || action === 'revoke') {
      if (!values.reason || values.reason.trim().length < 2) throw new UsageError('give a --reason (it is kept with the sign\'s history)');
      const building = await findBuilding(db, cityId, reference!);
      if (action === 'revoke') {
        const revoked = await revokeSign(db, cityId, building.id, { reason: values.reason.trim(), now: new Date() });
        console.log(`${building.name}: sign version ${revoked.version} withdrawn; its QR code is refused from now on`);
        return 0;
      }
      const { sign, token } = await reissueSign(db, cityId, building.id, { reason: values.reason.trim(), now: new Date() });
      console.log(`${building.name}: sign version ${sign.version} issued (${scanUrl(publicUrl, token)}); the previous version is refused from now on`);
      console.log(`print it: huying signs building ${building.id}`);
      return 0;
    }

    let scope: SignScope;
    let label: string;
    if (action === 'building') {
      const building = await findBuilding(db, cityId, reference!);
      scope = { kind: 'building', buildingId: building.id };
      label = building.name;
    } else if (action === 'community' || action === 'street') {
      const unit = await findUnit(db, cityId, action, reference!);
      scope = { kind: action, unitId: unit.id };
      label = unit.name;
    } else {
      scope = { kind: 'city' };
      label = city.name;
    }
    const rows = await buildingsInScope(db, cityId, scope);
    if (rows.length === 0) throw new UsageError(`${label} has no buildings`);
    const { contents, warnings } = await signContents(db, cityId, rows, publicUrl);
    for (const warning of warnings) console.warn(`warning: ${warning}`);
    const progress = new ProgressBar('rendering signs');
    const base = `signs-${safeFileName(label)}`;
    if (values.format === 'svg') {
      const folder = resolve(values.out ?? base);
      mkdirSync(folder, { recursive: true });
      const pageCount = Math.ceil(contents.length / perPage);
      for (let page = 0; page < pageCount; page++) {
        const onPage = contents.slice(page * perPage, (page + 1) * perPage);
        const name = perPage === 1 ? `${safeFileName(onPage[0]!.buildingName)}-${onPage[0]!.serial}.svg` : `page-${String(page + 1).padStart(4, '0')}.svg`;
        writeFileSync(join(folder, name), renderSignsSvg(onPage, perPage));
        progress.update(Math.min(contents.length, (page + 1) * perPage), contents.length);
      }
      console.log(`${signCount(contents.length)} for ${label} in ${pageCount} SVG file${pageCount === 1 ? '' : 's'} in ${folder}`);
      return 0;
    }
    const file = resolve(values.out ?? `${base}.pdf`);
    const { pages } = await renderSignsPdf(contents, createWriteStream(file), {
      perPage,
      title: `${label} · 有呼必应一码通`,
      onProgress: (done, total) => progress.update(done, total),
    });
    console.log(`${signCount(contents.length)} for ${label} on ${pages} A4 page${pages === 1 ? '' : 's'}: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB)`);
    return 0;
  });
}

export async function runQrKeys(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { city: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const [action, kidText] = positionals;
  const cityId = values.city ?? config.defaultCityId;
  if (!action || !['list', 'rotate', 'retire'].includes(action) || (action === 'retire' && !/^\d{1,3}$/.test(kidText ?? ''))) {
    console.error(`usage:\n  huying qr-keys list|rotate|retire <kid> [--force] [--city ID]`);
    return 2;
  }
  return withDatabase(config, async ({ db }) => {
    await getCity(db, cityId);
    if (action === 'rotate') {
      const key = await rotateSigningKey(db, cityId);
      console.log(`key ${key.kid} added for ${cityId}: new and reissued signs use it; older keys still verify until retired`);
    } else if (action === 'retire') {
      const key = await retireSigningKey(db, cityId, Number(kidText), { force: values.force ?? false, now: new Date() });
      console.log(`key ${key.kid} retired${key.validSigns > 0 ? `; ${key.validSigns} signs signed with it are refused from now on` : ''}`);
    }
    for (const key of await listSigningKeys(db, cityId)) {
      console.log(`  key ${key.kid}  created ${key.createdAt.toISOString()}  ${key.retiredAt ? `retired ${key.retiredAt.toISOString()}` : 'active'}  ${key.validSigns} valid signs`);
    }
    return 0;
  });
}

