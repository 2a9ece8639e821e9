import { normalizeText } from '@huying/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { kbLexicon, type KbLexiconKind } from '../../db/schema/index.js';
import { invalid, notFound } from '../../http/problems.js';
import { forgetCityContext } from './city-context.js';
import { builtInLexicon, isBuiltIn, listLexicon, type LexiconEntry } from './lexicon.js';

/** Changes to a city's lexicon by its information officers; search sees them at once in this process. */

const termPattern = /^[\p{Script=Han}a-z0-9][\p{Script=Han}a-z0-9·]{0,19}$/u;

/** A lexicon word: one to twenty Han characters, letters or digits, compared as search compares them. */
export function lexiconTerm(field: string, raw: string): string {
  const term = normalizeText(raw.trim());
  if (!termPattern.test(term)) throw invalid(field, 'a lexicon word is 1–20 Chinese characters, letters or digits, without spaces or punctuation');
  return term;
}

/** Adds or changes a synonym, or adds a stop-word (switching a disabled built-in one back on). */
export async function putLexiconEntry(
  db: Database,
  input: { cityId: string; kind: KbLexiconKind; term: string; expansions: string[]; accountId: string; now: Date },
): Promise<LexiconEntry> {
  const term = lexiconTerm('term', input.term);
  const expansions = input.kind === 'synonym' ? [...new Set(input.expansions.map((value, index) => lexiconTerm(`expansions.${index}`, value)))] : [];
  if (input.kind === 'synonym' && expansions.length === 0) throw invalid('expansions', 'a synonym needs at least one statute word it stands for');
  const builtIn = isBuiltIn(input.kind, term);
  const builtInExpansions = input.kind === 'synonym' ? builtInLexicon.synonyms.get(term) : undefined;
  const sameAsBuiltIn = builtIn && (input.kind === 'stopword' || JSON.stringify(builtInExpansions) === JSON.stringify(expansions));
  if (sameAsBuiltIn) {
    // Back to the built-in entry: the city keeps no copy of it.
    await db.delete(kbLexicon).where(and(eq(kbLexicon.cityId, input.cityId), eq(kbLexicon.kind, input.kind), eq(kbLexicon.term, term)));
  } else {
    await db
      .insert(kbLexicon)
      .values({ cityId: input.cityId, kind: input.kind, term, expansions, disabled: false, updatedBy: input.accountId, updatedAt: input.now })
      .onConflictDoUpdate({
        target: [kbLexicon.cityId, kbLexicon.kind, kbLexicon.term],
        set: { expansions, disabled: false, updatedBy: input.accountId, updatedAt: input.now },
      });
  }
  forgetCityContext(input.cityId);
  return findEntry(db, input.cityId, input.kind, term);
}

/** Removes a city's own entry, or switches a built-in one off. */
export async function removeLexiconEntry(
  db: Database,
  input: { cityId: string; kind: KbLexiconKind; term: string; accountId: string; now: Date },
): Promise<void> {
  const term = lexiconTerm('term', input.term);
  if (isBuiltIn(input.kind, term)) {
    await db
      .insert(kbLexicon)
      .values({ cityId: input.cityId, kind: input.kind, term, expansions: [], disabled: true, updatedBy: input.accountId, updatedAt: input.now })
      .onConflictDoUpdate({
        target: [kbLexicon.cityId, kbLexicon.kind, kbLexicon.term],
        set: { expansions: sql`'{}'::text[]`, disabled: true, updatedBy: input.accountId, updatedAt: input.now },
      });
    forgetCityContext(input.cityId);
    return;
  }
  const deleted = await db
    .delete(kbLexicon)
    .where(and(eq(kbLexicon.cityId, input.cityId), eq(kbLexicon.kind, input.kind), eq(kbLexicon.term, term)))
    .returning({ term: kbLexicon.term });
  if (deleted.length === 0) throw notFound(`the ${input.kind} "${term}"`);
  forgetCityContext(input.cityId);
}

async function findEntry(db: Database, cityId: string, kind: KbLexiconKind, term: string): Promise<LexiconEntry> {
  const entry = (await listLexicon(db, cityId)).find((candidate) => candidate.kind === kind && candidate.term === term);
  if (!entry) throw notFound(`the ${kind} "${term}"`);
  return entry;
}
