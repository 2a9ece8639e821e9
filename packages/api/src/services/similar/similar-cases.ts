import { createHash, randomBytes } from 'node:crypto';
import { cjkTerms, normalizePhone, openStatuses, type CaseKind, type CaseStatus, type UnitKind } from '@huying/core';
import { and, count, desc, eq, gt, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppDependencies } from '../../context.js';
import type { Database } from '../../db/client.js';
import { buildings, caseFollowers, cases, categories, units } from '../../db/schema/index.js';
import { invalid, notFound, ProblemError } from '../../http/problems.js';
import { runOnce } from '../idempotency.js';

/**
 * Duplicate suggestions and following. While a resident describes a problem, the open cases that
 * are probably the same one (same category, same building or community) are offered, so they can
 * follow one instead of filing another. Only what anyone may know is shown: the category, the
 * place, the status and the unit handling it; never another resident's words, who they are, or
 * the tracking code, which stays theirs. A case is named by `ref`, its id.
 */

export interface PublicCaseView {
  ref: string;
  kind: CaseKind;
  status: CaseStatus;
  open: boolean;
  category: { id: string; level1: string; level2: string; level3: string } | null;
  building: { id: string; name: string } | null;
  holder: { name: string; kind: UnitKind };
  /** Residents who said "me too". */
  followers: number;
  createdAt: string;
  updatedAt: string;
}

export interface SimilarCase extends PublicCaseView {
  /** `building`: at the same building; `community`: elsewhere in the same community. */
  nearness: 'building' | 'community';
}

/** Open cases older than this are not offered: a problem reported long ago is likely another one now. */
const lookbackMs = 60 * 24 * 60 * 60 * 1000;
const candidatesToScore = 200;
/** Below this, a case of another category is not suggested on its text alone. */
const textOnlyThreshold = 0.3;

/** The share of terms two texts have in common (Dice coefficient on CJK bigrams and Latin words). */
export function textSimilarity(draft: string, text: string): number {
  const a = new Set(cjkTerms(draft));
  const b = new Set(cjkTerms(text));
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The public view of cases, in the order of `ids`. */
export async function publicCaseViews(db: Database, ids: readonly string[]): Promise<PublicCaseView[]> {
  if (ids.length === 0) return [];
  const holder = alias(units, 'holder');
  const [rows, counts] = await Promise.all([
    db
      .select({
        case: { id: cases.id, kind: cases.kind, status: cases.status, createdAt: cases.createdAt, updatedAt: cases.updatedAt },
        category: { id: categories.id, level1: categories.level1, level2: categories.level2, level3: categories.level3 },
        building: { id: buildings.id, name: buildings.name },
        holder: { name: holder.name, kind: holder.kind },
      })
      .from(cases)
      .innerJoin(holder, eq(holder.id, cases.holderUnitId))
      .leftJoin(categories, eq(categories.id, cases.categoryId))
      .leftJoin(buildings, eq(buildings.id, cases.buildingId))
      .where(inArray(cases.id, [...ids])),
    db.select({ caseId: caseFollowers.caseId, followers: count() }).from(caseFollowers).where(inArray(caseFollowers.caseId, [...ids])).groupBy(caseFollowers.caseId),
  ]);
  return ids.flatMap((id) => {
    const row = rows.find((candidate) => candidate.case.id === id);
    if (!row) return [];
    return [
      {
        ref: row.case.id,
        kind: row.case.kind,
        status: row.case.status,
        open: openStatuses.includes(row.case.status),
        category: row.category?.id ? row.category : null,
        building: row.building?.id ? row.building : null,
        holder: row.holder,
        followers: counts.find((entry) => entry.caseId === id)?.followers ?? 0,
        createdAt: row.case.createdAt.toISOString(),
        updatedAt: row.case.updatedAt.toISOString(),
      },
    ];
  });
}

export async function findSimilarCases(
  deps: Pick<AppDependencies, 'database' | 'clock'>,
  input: { cityId: string; buildingId: string; categoryId?: string | undefined; text?: string | undefined; limit: number },
): Promise<SimilarCase[]> {
  const { db } = deps.database;
  const grid = alias(units, 'grid');
  const [place] = await db
    .select({ communityId: grid.parentId })
    .from(buildings)
    .innerJoin(grid, eq(grid.id, buildings.gridUnitId))
    .where(and(eq(buildings.id, input.buildingId), eq(buildings.cityId, input.cityId)));
  if (!place) throw invalid('buildingId', 'no such building in this city');

  // The community's buildings: those whose grid hangs under the same community unit.
  const communityBuildings = db
    .select({ id: buildings.id })
    .from(buildings)
    .innerJoin(grid, eq(grid.id, buildings.gridUnitId))
    .where(place.communityId ? eq(grid.parentId, place.communityId) : eq(buildings.id, input.buildingId));
  const candidates = await db
    .select({ id: cases.id, buildingId: cases.buildingId, categoryId: cases.categoryId, title: cases.title, description: cases.description })
    .from(cases)
    .where(
      and(
        eq(cases.cityId, input.cityId),
        inArray(cases.status, [...openStatuses]),
        gt(cases.createdAt, new Date(deps.clock.now().getTime() - lookbackMs)),
        or(eq(cases.buildingId, input.buildingId), inArray(cases.buildingId, communityBuildings)),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(candidatesToScore);

  const ranked = candidates
    .map((candidate) => ({
      id: candidate.id,
      sameBuilding: candidate.buildingId === input.buildingId,
      sameCategory: input.categoryId !== undefined && candidate.categoryId === input.categoryId,
      similarity: input.text ? textSimilarity(input.text, `${candidate.title} ${candidate.description}`) : 0,
    }))
    .filter(({ sameCategory, similarity }) => sameCategory || similarity >= textOnlyThreshold)
    // Same building first, then same category, then the closer text; ties keep the newer case first.
    .sort((a, b) => Number(b.sameBuilding) - Number(a.sameBuilding) || Number(b.sameCategory) - Number(a.sameCategory) || b.similarity - a.similarity)
    .slice(0, input.limit);
  const views = await publicCaseViews(db, ranked.map(({ id }) => id));
  return views.map((view, index) => ({ ...view, nearness: ranked[index]!.sameBuilding ? 'building' : 'community' }));
}

export interface FollowReceipt {
  /** Shown once, like a case's secret: it opens the follower's view of the case. */
  followToken: string;
  followUrl: string;
  case: PublicCaseView;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const followTokenPattern = /^[A-Za-z0-9_-]{24}$/;

/**
 * "Me too": the resident joins an open case rather than filing a duplicate, and gets a follow
 * link of their own. A phone, if given, follows a case once (following again renews the link);
 * an Idempotency-Key makes a retried tap count once.
 */
export async function followCase(
  deps: AppDependencies,
  input: { ref: string; cityId: string; phone: string | null | undefined; idempotencyKey: string | null },
): Promise<FollowReceipt> {
  const { db } = deps.database;
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) throw invalid('contact.phone', 'not a valid mainland China mobile or landline number');

  const follow = async (tx: Database) => {
    const [row] = await tx.select({ id: cases.id, cityId: cases.cityId, status: cases.status }).from(cases).where(eq(cases.id, input.ref)).for('update');
    if (!row || row.cityId !== input.cityId) throw notFound('the case');
    if (!openStatuses.includes(row.status)) {
      throw new ProblemError('case-not-open', 'this case has already been answered; if the problem is still there, please report it as a new case');
    }
    const followToken = randomBytes(18).toString('base64url');
    await tx
      .insert(caseFollowers)
      .values({ id: crypto.randomUUID(), cityId: row.cityId, caseId: row.id, tokenHash: hashToken(followToken), contactPhone: phone, createdAt: deps.clock.now() })
      .onConflictDoUpdate({ target: [caseFollowers.caseId, caseFollowers.contactPhone], set: { tokenHash: hashToken(followToken) } });
    const [view] = await publicCaseViews(tx, [row.id]);
    return { status: 201, body: { followToken, followUrl: `${deps.publicUrl}/track?follow=${followToken}`, case: view! } };
  };
  const result = await db.transaction((tx) =>
    input.idempotencyKey ? runOnce(tx, { scope: `cases:follow:${input.ref}`, key: input.idempotencyKey, request: { phone } }, () => follow(tx)) : follow(tx),
  );
  return result.body;
}

/** The case a follow token opens. */
export async function followedCaseId(db: Database, token: string): Promise<string> {
  if (!followTokenPattern.test(token)) throw invalid('token', 'a follow token has 24 letters, digits, - or _');
  const [row] = await db.select({ caseId: caseFollowers.caseId }).from(caseFollowers).where(eq(caseFollowers.tokenHash, hashToken(token)));
  if (!row) throw notFound('a followed case for this link');
  return row.caseId;
}
