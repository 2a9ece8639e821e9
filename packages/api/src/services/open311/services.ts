/**
 * Open311 service types from the city's request taxonomy: one service per active category (its
 * code is the category code), plus `other` for requests the command centre classifies itself.
 * A service's attributes are the questions our intake asks beyond Open311's own fields.
 */
import { caseKinds, urgencies, type CaseKind } from '@huying/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { categories, units } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';

/** The service for requests without a category: the command centre classifies them. */
export const unclassifiedServiceCode = 'other';

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime';
  keywords: string | null;
  group: string | null;
}

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311Attribute[];
}

const kindNames: Record<CaseKind, string> = {
  complaint: '投诉/反映 complaint',
  help: '求助 request for help',
  consultation: '咨询 question',
  suggestion: '建议 suggestion',
  praise: '表扬 praise',
};

/**
 * What our intake asks beyond Open311's fields: the kind of request (it decides the time limits
 * and whether a reply is rated), how urgent it is, and a short title for the units' lists.
 */
export const intakeAttributes: Open311Attribute[] = [
  {
    variable: true,
    code: 'kind',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'one key of the list; complaint when left out',
    order: 1,
    description: '诉求类型 What kind of request is this?',
    values: caseKinds.map((kind) => ({ key: kind, name: kindNames[kind] })),
  },
  {
    variable: true,
    code: 'urgency',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'normal when left out',
    order: 2,
    description: '紧急程度 Is it urgent (a danger to people or property now)?',
    values: urgencies.map((urgency) => ({ key: urgency, name: urgency === 'urgent' ? '紧急 urgent' : '一般 normal' })),
  },
  {
    variable: true,
    code: 'title',
    datatype: 'string',
    required: false,
    datatype_description: 'at most 200 characters; the first line of the description when left out',
    order: 3,
    description: '标题 A short title for the request',
  },
];

type CategoryRow = { code: string; level1: string; level2: string; level3: string; ownerName: string | null };

function serviceOf(row: CategoryRow): Open311Service {
  const owner = row.ownerName ? `; handled by ${row.ownerName}` : '';
  return {
    service_code: row.code,
    service_name: row.level3,
    description: `${row.level1} / ${row.level2} / ${row.level3}${owner}`,
    metadata: true,
    type: 'realtime',
    keywords: [row.level2, row.level3].join(','),
    group: row.level1,
  };
}

const unclassifiedService: Open311Service = {
  service_code: unclassifiedServiceCode,
  service_name: '其他诉求 Other requests',
  description: 'Anything the other services do not name: the city command centre classifies and dispatches it.',
  metadata: true,
  type: 'realtime',
  keywords: null,
  group: null,
};

const categoryColumns = {
  id: categories.id,
  code: categories.code,
  level1: categories.level1,
  level2: categories.level2,
  level3: categories.level3,
  ownerName: units.name,
};

/** The city's services, in taxonomy order, then `other`. */
export async function listOpen311Services(db: Database, cityId: string): Promise<Open311Service[]> {
  const rows = await db
    .select(categoryColumns)
    .from(categories)
    .leftJoin(units, eq(units.id, categories.ownerUnitId))
    .where(and(eq(categories.cityId, cityId), eq(categories.active, true)))
    .orderBy(asc(categories.code));
  return [...rows.map(serviceOf), unclassifiedService];
}

/**
 * The active category behind a service code (null for `other`); a 404 for a code the city does
 * not offer, so nothing is filed under a retired or unknown category.
 */
export async function findServiceCategory(db: Database, cityId: string, serviceCode: string): Promise<{ id: string; service: Open311Service } | null> {
  if (serviceCode === unclassifiedServiceCode) return null;
  const [row] = await db
    .select(categoryColumns)
    .from(categories)
    .leftJoin(units, eq(units.id, categories.ownerUnitId))
    .where(and(eq(categories.cityId, cityId), eq(categories.code, serviceCode), eq(categories.active, true)));
  if (!row) throw notFound(`service_code "${serviceCode}" in this jurisdiction`);
  return { id: row.id, service: serviceOf(row) };
}

export async function open311ServiceDefinition(db: Database, cityId: string, serviceCode: string): Promise<Open311ServiceDefinition> {
  await findServiceCategory(db, cityId, serviceCode);
  return { service_code: serviceCode, attributes: intakeAttributes };
}
