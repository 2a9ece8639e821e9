import type { UnitKind } from '@huying/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { buildings, units } from '../../db/schema/index.js';
import { ProblemError, type FieldError } from '../../http/problems.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { buildingUpsertSet } from './upsert.js';

/**
 * Importing a city's building register from CSV or JSON Lines. Every row is checked before
 * anything is written; one bad row refuses the whole file (with every bad row's line and reason),
 * and the good file is written in one transaction. The natural key is the building's `code` when
 * the row has one, otherwise its grid and name: importing the same file again updates in place.
 */

export type ImportFormat = 'csv' | 'jsonl';

export const importFields = ['code', 'name', 'address', 'grid', 'property', 'latitude', 'longitude'] as const;
type ImportField = (typeof importFields)[number];

/** Column names a register exported from a Chinese office system may use. */
const fieldAliases: Record<string, ImportField> = {
  code: 'code',
  编码: 'code',
  楼栋编码: 'code',
  name: 'name',
  名称: 'name',
  楼栋名称: 'name',
  address: 'address',
  地址: 'address',
  grid: 'grid',
  网格: 'grid',
  property: 'property',
  物业: 'property',
  物业公司: 'property',
  latitude: 'latitude',
  lat: 'latitude',
  纬度: 'latitude',
  longitude: 'longitude',
  lng: 'longitude',
  lon: 'longitude',
  经度: 'longitude',
};

const requiredFields: ImportField[] = ['name', 'address', 'grid'];

interface RawRow {
  line: number;
  values: Partial<Record<ImportField, unknown>>;
}

export interface ImportRowError {
  line: number;
  field: string | null;
  message: string;
}

export interface ImportReport {
  format: ImportFormat;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
}

export interface ImportOptions {
  cityId: string;
  text: string;
  format?: ImportFormat;
  /** Validate and count only; write nothing. */
  dryRun?: boolean;
  /** Only grids under this unit may receive buildings (an administrator's own subtree). */
  scopeUnitId?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Most errors a refusal lists; the count says how many there were in all. */
const maxReportedErrors = 200;

export class BuildingImportError extends ProblemError {
  constructor(readonly rowErrors: ImportRowError[]) {
    const shown = rowErrors.slice(0, maxReportedErrors);
    const first = rowErrors[0]!;
    super(
      'import-rejected',
      rowErrors.length === 1
        ? `line ${first.line}${first.field ? ` (${first.field})` : ''}: ${first.message}`
        : `${rowErrors.length} rows are not valid, the first on line ${first.line}: ${first.message}`,
      {
        errors: shown.map((error): FieldError => ({ field: `line ${error.line}${error.field ? `: ${error.field}` : ''}`, message: error.message })),
        extensions: { rowErrors: shown, errorCount: rowErrors.length },
      },
    );
  }
}

export function detectFormat(text: string, fileName?: string): ImportFormat {
  if (fileName && /\.(jsonl|ndjson)$/i.test(fileName)) return 'jsonl';
  if (fileName && /\.csv$/i.test(fileName)) return 'csv';
  return text.replace(/^\ufeff/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

function readRows(text: string, format: ImportFormat, errors: ImportRowError[]): RawRow[] {
  if (format === 'jsonl') {
    const rows: RawRow[] = [];
    text
      .replace(/^\ufeff/, '')
      .split(/\r?\n/)
      .forEach((lineText, index) => {
        const line = index + 1;
        if (!lineText.trim()) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(lineText);
        } catch {
          errors.push({ line, field: null, message: 'not valid JSON' });
          return;
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          errors.push({ line, field: null, message: 'each line is one JSON object' });
          return;
        }
        const values: RawRow['values'] = {};
        for (const [key, value] of Object.entries(parsed)) {
          const field = fieldAliases[key.trim().toLowerCase()];
          if (!field) errors.push({ line, field: key, message: `unknown field; use ${importFields.join(', ')}` });
          else values[field] = value;
        }
        rows.push({ line, values });
      });
    return rows;
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      errors.push({ line: error.line, field: null, message: error.message.replace(/^line \d+: /, '') });
      return [];
    }
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return [];
  const columns = header.fields.map((name) => fieldAliases[name.trim().toLowerCase()]);
  header.fields.forEach((name, index) => {
    if (!columns[index]) errors.push({ line: header.line, field: name, message: `unknown column; use ${importFields.join(', ')}` });
  });
  for (const field of requiredFields) {
    if (!columns.includes(field)) errors.push({ line: header.line, field, message: 'the header has no such column' });
  }
  return body.map((record) => {
    if (record.fields.length !== header.fields.length) {
      errors.push({ line: record.line, field: null, message: `has ${record.fields.length} fields, the header ${header.fields.length}` });
    }
    const values: RawRow['values'] = {};
    record.fields.forEach((value, index) => {
      const field = columns[index];
      if (field && value.trim() !== '') values[field] = value;
    });
    return { line: record.line, values };
  });
}

interface ValidRow {
  line: number;
  code: string | null;
  name: string;
  address: string;
  gridUnitId: string;
  propertyUnitId: string | null;
  latitude: number | null;
  longitude: number | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters would corrupt printed signs and CSV exports.
const controlCharacters = /[\u0000-\u001f\u007f]/;

interface UnitIndex {
  byId: Map<string, { id: string; kind: UnitKind; name: string; path: string[] }>;
  idsByName: Map<string, string[]>;
}

function indexUnits(rows: { id: string; kind: UnitKind; name: string; path: string[] }[], kind: UnitKind): UnitIndex {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const idsByName = new Map<string, string[]>();
  for (const row of rows) {
    if (row.kind !== kind) continue;
    idsByName.set(row.name, [...(idsByName.get(row.name) ?? []), row.id]);
  }
  return { byId, idsByName };
}

/** A grid by id, by name when the name is unique, or by its path of names (街道/社区/网格). */
function findUnit(reference: string, kind: UnitKind, index: UnitIndex): { id: string } | { problem: string } {
  const what = kind === 'grid' ? 'grid' : 'property company';
  if (uuidPattern.test(reference)) {
    const unit = index.byId.get(reference.toLowerCase());
    return unit && unit.kind === kind ? { id: unit.id } : { problem: `no ${what} with id ${reference} in this city` };
  }
  const parts = reference.split('/').map((part) => part.trim()).filter(Boolean);
  const candidates = (index.idsByName.get(parts.at(-1) ?? '') ?? []).filter((id) => {
    if (parts.length === 1) return true;
    const names = index.byId.get(id)!.path.map((ancestor) => index.byId.get(ancestor)?.name);
    // Each named ancestor must appear on the unit's path, in order.
    let position = 0;
    for (const name of parts.slice(0, -1)) {
      position = names.indexOf(name, position);
      if (position < 0) return false;
      position++;
    }
    return true;
  });
  if (candidates.length === 1) return { id: candidates[0]! };
  if (candidates.length === 0) return { problem: `no ${what} named "${reference}" in this city` };
  return { problem: `${candidates.length} ${what}s are named "${reference}"; give the path (街道/社区/网格) or the id` };
}

function text(row: RawRow, field: ImportField, max: number, errors: ImportRowError[], required: boolean): string | null {
  const value = row.values[field];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) errors.push({ line: row.line, field, message: 'is required' });
    return null;
  }
  if (typeof value !== 'string' && !(field === 'code' && typeof value === 'number')) {
    errors.push({ line: row.line, field, message: 'must be text' });
    return null;
  }
  const trimmed = String(value).trim().normalize('NFC');
  if (trimmed.length > max) errors.push({ line: row.line, field, message: `is longer than ${max} characters` });
  else if (controlCharacters.test(trimmed)) errors.push({ line: row.line, field, message: 'contains control characters (tabs, line breaks)' });
  else if (field === 'code' && /\s/.test(trimmed)) errors.push({ line: row.line, field, message: 'a code has no spaces' });
  else return trimmed;
  return null;
}

function coordinate(row: RawRow, field: 'latitude' | 'longitude', limit: number, errors: ImportRowError[]): number | null {
  const value = row.values[field];
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d{1,3}(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || Math.abs(number) > limit) {
    errors.push({ line: row.line, field, message: `must be a decimal number between -${limit} and ${limit}` });
    return null;
  }
  return number;
}

export async function importBuildings(db: Database, options: ImportOptions): Promise<ImportReport> {
  const format = options.format ?? detectFormat(options.text);
  const errors: ImportRowError[] = [];
  const rawRows = readRows(options.text, format, errors);
  if (rawRows.length === 0 && errors.length === 0) errors.push({ line: 1, field: null, message: 'the file has no buildings' });

  const unitRows = await db
    .select({ id: units.id, kind: units.kind, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.cityId, options.cityId), inArray(units.kind, ['city', 'street', 'community', 'grid', 'property'])));
  const grids = indexUnits(unitRows, 'grid');
  const properties = indexUnits(unitRows, 'property');
  const existing = await db.select().from(buildings).where(eq(buildings.cityId, options.cityId));
  const byCode = new Map(existing.filter((row) => row.code).map((row) => [row.code!, row]));
  const gridNameKey = (gridUnitId: string, name: string) => `${gridUnitId}\u001f${name}`;
  const byGridName = new Map(existing.map((row) => [gridNameKey(row.gridUnitId, row.name), row]));

  const valid: ValidRow[] = [];
  const seenCodes = new Map<string, number>();
  const seenGridNames = new Map<string, number>();
  rawRows.forEach((row, index) => {
    const before = errors.length;
    const code = text(row, 'code', 64, errors, false);
    const name = text(row, 'name', 100, errors, true);
    const address = text(row, 'address', 300, errors, true);
    const gridReference = text(row, 'grid', 200, errors, true);
    const propertyReference = text(row, 'property', 200, errors, false);
    const latitude = coordinate(row, 'latitude', 90, errors);
    const longitude = coordinate(row, 'longitude', 180, errors);
    if ((latitude === null) !== (longitude === null) && errors.length === before) {
      errors.push({ line: row.line, field: latitude === null ? 'latitude' : 'longitude', message: 'give both coordinates or neither' });
    }
    let gridUnitId: string | null = null;
    if (gridReference) {
      const found = findUnit(gridReference, 'grid', grids);
      if ('problem' in found) errors.push({ line: row.line, field: 'grid', message: found.problem });
      else if (options.scopeUnitId && !grids.byId.get(found.id)!.path.includes(options.scopeUnitId)) {
        errors.push({ line: row.line, field: 'grid', message: 'this grid is outside your unit' });
      } else gridUnitId = found.id;
    }
    let propertyUnitId: string | null = null;
    if (propertyReference) {
      const found = findUnit(propertyReference, 'property', properties);
      if ('problem' in found) errors.push({ line: row.line, field: 'property', message: `${found.problem}; add the company as a unit first` });
      else propertyUnitId = found.id;
    }
    if (code) {
      const earlier = seenCodes.get(code);
      if (earlier) errors.push({ line: row.line, field: 'code', message: `the same code as line ${earlier}` });
      seenCodes.set(code, row.line);
    }
    if (gridUnitId && name) {
      const key = gridNameKey(gridUnitId, name);
      const earlier = seenGridNames.get(key);
      if (earlier) errors.push({ line: row.line, field: 'name', message: `line ${earlier} has a building of the same name in the same grid` });
      seenGridNames.set(key, row.line);
    }
    if (errors.length === before) {
      valid.push({ line: row.line, code, name: name!, address: address!, gridUnitId: gridUnitId!, propertyUnitId, latitude, longitude });
    }
    options.onProgress?.(index + 1, rawRows.length * 2);
  });

  // Match each row to the building it updates, and check it collides with no other.
  const writes: (typeof buildings.$inferInsert)[] = [];
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  const targetedBy = new Map<string, number>();
  for (const row of valid) {
    const sameGridName = byGridName.get(gridNameKey(row.gridUnitId, row.name));
    let target = row.code ? byCode.get(row.code) : sameGridName;
    if (row.code && !target && sameGridName) {
      if (sameGridName.code) {
        errors.push({ line: row.line, field: 'code', message: `the grid already has "${row.name}" under code ${sameGridName.code}` });
        continue;
      }
      // A building registered without a code gets the code the register now gives it.
      target = sameGridName;
    }
    if (target && sameGridName && sameGridName.id !== target.id) {
      const renamedInThisFile = valid.some(
        (other) => other !== row && sameGridName.code !== null && other.code === sameGridName.code && (other.name !== row.name || other.gridUnitId !== row.gridUnitId),
      );
      if (!renamedInThisFile) {
        errors.push({ line: row.line, field: 'name', message: `another building in that grid is already named "${row.name}"` });
        continue;
      }
    }
    if (target) {
      const earlier = targetedBy.get(target.id);
      if (earlier) {
        errors.push({ line: row.line, field: null, message: `updates the same building as line ${earlier}` });
        continue;
      }
      targetedBy.set(target.id, row.line);
    }
    const values = {
      id: target?.id ?? crypto.randomUUID(),
      cityId: options.cityId,
      code: row.code ?? target?.code ?? null,
      name: row.name,
      address: row.address,
      gridUnitId: row.gridUnitId,
      propertyUnitId: row.propertyUnitId,
      latitude: row.latitude,
      longitude: row.longitude,
    };
    if (!target) inserted++;
    else if (
      target.code === values.code &&
      target.name === values.name &&
      target.address === values.address &&
      target.gridUnitId === values.gridUnitId &&
      target.propertyUnitId === values.propertyUnitId &&
      target.latitude === values.latitude &&
      target.longitude === values.longitude
    ) {
      unchanged++;
      continue;
    } else updated++;
    writes.push(values);
  }
  if (errors.length > 0) throw new BuildingImportError(errors.sort((a, b) => a.line - b.line));

  const report: ImportReport = { format, rows: valid.length, inserted, updated, unchanged, dryRun: options.dryRun ?? false };
  if (options.dryRun || writes.length === 0) {
    options.onProgress?.(rawRows.length * 2, rawRows.length * 2);
    return report;
  }
  const batchSize = 500;
  try {
    await db.transaction(async (tx) => {
      for (let start = 0; start < writes.length; start += batchSize) {
        await tx
          .insert(buildings)
          .values(writes.slice(start, start + batchSize))
          .onConflictDoUpdate({
            target: buildings.id,
            set: { ...buildingUpsertSet, code: sql`excluded.code` },
          });
        options.onProgress?.(rawRows.length + Math.round((Math.min(writes.length, start + batchSize) / writes.length) * rawRows.length), rawRows.length * 2);
      }
    });
  } catch (error) {
    // Renaming buildings into each other's names in one file trips the unique index part-way.
    if ((error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new BuildingImportError([{ line: 1, field: null, message: 'two buildings would end up with the same code, or the same name in one grid; rename in two steps' }]);
    }
    throw error;
  }
  options.onProgress?.(rawRows.length * 2, rawRows.length * 2);
  return report;
}
