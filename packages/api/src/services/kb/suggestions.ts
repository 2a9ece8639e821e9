import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { notFound } from '../../http/problems.js';
import { searchKnowledgeBase, type KbSearchPage } from './search.js';

/**
 * Articles that may answer a case, found from the resident's own words (title and description):
 * what the officer on duty sees first when a consultation arrives, to answer it on the spot.
 */
export async function caseSuggestions(db: Database, cityId: string, caseId: string, limit: number): Promise<KbSearchPage> {
  const [found] = await db.select({ title: cases.title, description: cases.description, cityId: cases.cityId }).from(cases).where(eq(cases.id, caseId));
  if (!found || found.cityId !== cityId) throw notFound('the case');
  const text = found.description.startsWith(found.title.replace(/…$/, '')) ? found.description : `${found.title}\n${found.description}`;
  return searchKnowledgeBase(db, { cityId, q: text, limit });
}
