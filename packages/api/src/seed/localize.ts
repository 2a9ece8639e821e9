/**
 * The messages come from another province with their places anonymised (西地省, A市, A3区, A7县,
 * K市…). In the demo they read as if written in Zhaoyuan: the anonymised main city becomes 招远市,
 * its districts the case's street, its counties a town, other cities real Shandong cities.
 */

/** Where a case is, for rewriting the places its text names. */
export interface CasePlaces {
  /** The street (街道) or town (镇) the case's building is in, or one chosen for the case. */
  district: string;
  /** A town for the source's counties (县) and county-level cities. */
  county: string;
}

/** Other anonymised cities, by letter: Shandong cities, so the text stays in one province. */
const otherCities: Record<string, string> = {
  B: '烟台市',
  C: '青岛市',
  D: '威海市',
  E: '潍坊市',
  F: '济南市',
  G: '淄博市',
  H: '日照市',
  I: '临沂市',
  J: '济宁市',
  K: '泰安市',
  L: '聊城市',
  M: '德州市',
};

const han = '[\\u4e00-\\u9fa5]';

export function localizeText(text: string, places: CasePlaces): string {
  return (
    text
      .replace(/西地省/g, '山东省')
      // A district and the street the source names inside it become the case's street.
      .replace(new RegExp(`A\\d+\\s*区(?:${han}{2,4}?街道(?:办事处|办)?)?`, 'g'), places.district)
      // A county (or county-level city) and the town inside it become a town of Zhaoyuan.
      .replace(new RegExp(`A\\d+\\s*[县市](?:${han}{2,3}?[镇乡])?`, 'g'), places.county)
      .replace(/A市/g, '招远市')
      .replace(/(?<![A-Za-z])([B-Z])\d+\s*([区县市])/g, (_match, _letter: string, level: string) => `某${level}`)
      .replace(/(?<![A-Za-z])([B-Z])市/g, (match, letter: string) => otherCities[letter] ?? match)
  );
}
