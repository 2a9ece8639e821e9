export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Residents of the cities this platform serves read Chinese first. */
export const defaultLocale: Locale = 'zh-CN';

/**
 * A translated term: plain text, a function for text that embeds values, or a table of words by
 * key (the names of a case's statuses, say).
 */
export type Term = string | ((...args: never[]) => string) | Readonly<Record<string, string>>;

/**
 * One element's strings in every supported locale. The zh-CN table fixes the keys and the
 * argument types of each term; every other locale must match it exactly.
 */
export type TranslationTable<Terms extends Record<string, Term>> = {
  readonly [L in Locale]: Terms;
};

export function defineTranslations<Terms extends Record<string, Term>>(table: {
  readonly 'zh-CN': Terms;
  readonly en: NoInfer<Terms>;
}): TranslationTable<Terms> {
  return table;
}

/**
 * Maps a BCP 47 tag to the closest supported locale by its primary language, so `zh`,
 * `zh-Hans-CN` and `zh-TW` all read Chinese and `en-GB` reads English.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'en') return 'en';
  return defaultLocale;
}

/**
 * The `lang` that applies to an element: its own, or that of the nearest ancestor, looking
 * through shadow roots to their hosts the way the HTML language rules do for the light tree.
 */
export function inheritedLang(element: Element): string | null {
  let current: Element | null = element;
  while (current) {
    const declaring = current.closest('[lang]');
    if (declaring) return declaring.getAttribute('lang');
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
