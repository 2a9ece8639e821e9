import { cjkTerms } from '../text/cjk.js';

/** What a routing suggestion reads: the case's title and description. */
export interface CaseText {
  title: string;
  description: string;
}

/**
 * The anonymised place codes of the public messages the model learns from ("A市A3区", "K8县"
 * become the Latin terms `a`, `a3`, `k8`). No real case contains them, and a model that learnt
 * them would route by which anonymised city wrote, so they are not terms.
 */
const anonymisedPlaceCode = /^[a-z]\d{0,2}$/;

/**
 * The terms of a case and their weights: bigram counts, damped (`1 + log count`) so that a word
 * repeated ten times in a long complaint does not outvote everything else, with the title's
 * terms counting `titleWeight` times: a resident's title usually names the problem.
 */
export function caseTermWeights(text: CaseText, titleWeight: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (source: string, weight: number) => {
    for (const term of cjkTerms(source)) {
      if (anonymisedPlaceCode.test(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(text.title, titleWeight);
  add(text.description, 1);
  const weights = new Map<string, number>();
  for (const [term, count] of counts) weights.set(term, count <= 1 ? count : 1 + Math.log(count));
  return weights;
}
