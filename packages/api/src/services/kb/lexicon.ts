import { normalizeText } from '@huying/core';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { kbLexicon, type KbLexiconKind } from '../../db/schema/index.js';
import { defaultStopwords, defaultSynonyms } from './default-lexicon.js';

/** What search reads: resident words → statute words, and the words a query drops. */
export interface Lexicon {
  synonyms: ReadonlyMap<string, readonly string[]>;
  stopwords: ReadonlySet<string>;
}

export type LexiconOrigin = 'built_in' | 'edited' | 'custom';

export interface LexiconEntry {
  kind: KbLexiconKind;
  term: string;
  expansions: string[];
  origin: LexiconOrigin;
  /** A built-in entry the city switched off; it stays listed so it can be switched on again. */
  disabled: boolean;
  updatedAt: string | null;
}

export const builtInLexicon: Lexicon = {
  synonyms: new Map(Object.entries(defaultSynonyms).map(([term, expansions]) => [normalizeText(term), expansions.map(normalizeText)])),
  stopwords: new Set(defaultStopwords.map(normalizeText)),
};

export const isBuiltIn = (kind: KbLexiconKind, term: string) =>
  kind === 'synonym' ? builtInLexicon.synonyms.has(term) : builtInLexicon.stopwords.has(term);

/** Every entry of a city's lexicon: the built-in ones with the city's changes applied, then its own. */
export async function listLexicon(db: Database, cityId: string): Promise<LexiconEntry[]> {
  const overrides = await db.select().from(kbLexicon).where(eq(kbLexicon.cityId, cityId));
  const byKey = new Map(overrides.map((row) => [`${row.kind}:${row.term}`, row]));
  const entries: LexiconEntry[] = [];
  const builtIns: [KbLexiconKind, string, readonly string[]][] = [
    ...[...builtInLexicon.synonyms].map(([term, expansions]) => ['synonym', term, expansions] as [KbLexiconKind, string, readonly string[]]),
    ...[...builtInLexicon.stopwords].map((term) => ['stopword', term, []] as [KbLexiconKind, string, readonly string[]]),
  ];
  for (const [kind, term, expansions] of builtIns) {
    const override = byKey.get(`${kind}:${term}`);
    byKey.delete(`${kind}:${term}`);
    entries.push({
      kind,
      term,
      expansions: override && !override.disabled ? override.expansions : [...expansions],
      origin: override && !override.disabled ? 'edited' : 'built_in',
      disabled: override?.disabled ?? false,
      updatedAt: override?.updatedAt.toISOString() ?? null,
    });
  }
  for (const row of byKey.values()) {
    entries.push({ kind: row.kind, term: row.term, expansions: row.expansions, origin: 'custom', disabled: row.disabled, updatedAt: row.updatedAt.toISOString() });
  }
  return entries.sort((a, b) => a.kind.localeCompare(b.kind) || a.term.localeCompare(b.term, 'zh-CN'));
}

/** The lexicon search uses for a city. */
export async function loadLexicon(db: Database, cityId: string): Promise<Lexicon> {
  const overrides = await db
    .select({ kind: kbLexicon.kind, term: kbLexicon.term, expansions: kbLexicon.expansions, disabled: kbLexicon.disabled })
    .from(kbLexicon)
    .where(eq(kbLexicon.cityId, cityId));
  if (overrides.length === 0) return builtInLexicon;
  const synonyms = new Map(builtInLexicon.synonyms);
  const stopwords = new Set(builtInLexicon.stopwords);
  for (const row of overrides) {
    if (row.kind === 'synonym') {
      if (row.disabled) synonyms.delete(row.term);
      else synonyms.set(row.term, row.expansions);
    } else if (row.disabled) stopwords.delete(row.term);
    else stopwords.add(row.term);
  }
  return { synonyms, stopwords };
}
