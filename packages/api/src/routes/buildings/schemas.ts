import { z } from '@hono/zod-openapi';
import { CaseKindSchema, CaseStatusSchema, UnitSummarySchema } from '../schemas.js';

export const BuildingSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable().openapi({ description: 'The building\'s code in the city\'s own register, if any' }),
    name: z.string(),
    address: z.string(),
    gridUnitId: z.uuid(),
    propertyUnitId: z.uuid().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .openapi('Building');

export const BuildingDetailSchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    name: z.string(),
    address: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    grid: UnitSummarySchema,
    community: UnitSummarySchema.nullable(),
    street: UnitSummarySchema.nullable(),
    property: UnitSummarySchema.nullable(),
  })
  .openapi('BuildingDetail');

export const PublicCaseSummarySchema = z
  .object({
    kind: CaseKindSchema,
    status: CaseStatusSchema,
    category: z.object({ level1: z.string(), level2: z.string(), level3: z.string() }).nullable(),
    holder: UnitSummarySchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('PublicCaseSummary', { description: 'An open problem at a building as the public sees it: no text, names, phones or tracking codes.' });

export const SignSummarySchema = z
  .object({
    id: z.uuid(),
    serial: z.number().int(),
    version: z.number().int(),
    kid: z.number().int(),
    status: z.enum(['valid', 'revoked']),
    issuedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revokedReason: z.string().nullable(),
    scans: z.object({ total: z.number().int(), last30Days: z.number().int() }),
  })
  .openapi('SignSummary');

export const IssuedSignSchema = z
  .object({ version: z.number().int(), serial: z.number().int(), issuedAt: z.iso.datetime(), token: z.string(), url: z.string() })
  .openapi('IssuedSign');

/** A building's detail without the internal path used for access checks. */
export const publicDetail = <T extends { gridPath: string[] }>({ gridPath: _path, ...rest }: T) => rest;
