import type { CaseKind } from '@huying/sdk';
import { html, nothing } from 'lit';
import { caseWords } from './case-words.js';
import { defineTranslations, type Locale } from './locale.js';

/** Every kind of case, in the order they are offered: the commonest first. */
export const caseKinds: readonly CaseKind[] = ['complaint', 'help', 'consultation', 'suggestion', 'praise'];

const kindChoiceWords = defineTranslations({
  'zh-CN': { legend: '诉求类型' },
  en: { legend: 'Kind of request' },
});

export interface KindChoiceOptions {
  locale: Locale;
  chosen: CaseKind;
  choose: (kind: CaseKind) => void;
  /** A line under each kind's name saying what it is for; left out where those choosing know the kinds well. */
  hints?: Readonly<Record<CaseKind, string>>;
}

/**
 * The kind of a case as a group of radio buttons under a legend, one labelled choice a kind, so
 * the arrow keys move between kinds and screen readers name the group. The element lays out
 * `.kinds` in its own styles.
 */
export function kindChoice({ locale, chosen, choose, hints }: KindChoiceOptions) {
  const words = caseWords[locale];
  return html`<fieldset>
    <legend>${kindChoiceWords[locale].legend}</legend>
    <div class="choices kinds">
      ${caseKinds.map(
        (kind) => html`<label class="choice-row">
          <input type="radio" name="kind" .value=${kind} .checked=${chosen === kind} @change=${() => choose(kind)} />
          <span>${words.kind[kind]}${hints ? html`<span class="hint">${hints[kind]}</span>` : nothing}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
