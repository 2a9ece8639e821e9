import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from '../db/client.js';
import { readCorpus } from '../services/kb/corpus.js';
import { importKnowledgeBase, type ImportReport } from '../services/kb/import.js';
import { putKbSettings } from '../services/kb/settings.js';

/** The small knowledge base the API's tests use: real excerpts of the corpus, two guides, two malformed sources. */
export const knowledgeBaseFixtures = fileURLToPath(new URL('../../test/fixtures/kb', import.meta.url));

/** Imports a knowledge base into a test city (the fixtures by default) and makes 烟台市 local, as for 招远. */
export async function installKnowledgeBase(database: DatabaseHandle, cityId: string, folder = knowledgeBaseFixtures): Promise<ImportReport> {
  const report = await importKnowledgeBase(database, { cityId, sources: readCorpus(folder) });
  await putKbSettings(database.db, cityId, ['招远市', '烟台市'], new Date());
  return report;
}
