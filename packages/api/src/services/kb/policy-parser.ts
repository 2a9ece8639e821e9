import { createHash } from 'node:crypto';
import type { KbIssuingLevel, KbRegion } from '../../db/schema/index.js';
import { MalformedSourceError, type ParsedArticle, type ParsedDocument } from './document.js';

/**
 * Reads one Markdown file of the policy corpus (LawRefBook layout, see
 * ../shared/data/policies/README.md): `# title`, optional `# subtitle`, the info block of
 * dates and bodies up to `<!-- INFO END -->`, then chapters (`##`), sections (`###`) and
 * articles that start with 第…条. Everything about the document that is not in the text —
 * category, region, issuing level, version date — comes from its path and title.
 */

const infoEnd = '<!-- INFO END -->';
const htmlComment = /<!--[\s\S]*?-->/g;
const articleStart = /^(第[零〇一二三四五六七八九十百千万两\d]+条(?:之[一二三四五六七八九十]+)?)(?:[\s\u3000]+(.*))?$/;
const enumerated = /^([一二三四五六七八九十百]+、)(.*)$/;
const chineseDate = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const fileDate = /\((\d{4}-\d{2}-\d{2})\)\.md$/;

/** Folders of national documents and the level of the body that issues them. */
const levelByCategory: Record<string, KbIssuingLevel> = {
  宪法: 'constitution',
  宪法相关法: 'law',
  民法典: 'law',
  民法商法: 'law',
  行政法: 'law',
  经济法: 'law',
  社会法: 'law',
  刑法: 'law',
  诉讼与非诉讼程序法: 'law',
  行政法规: 'administrative_regulation',
  部门规章: 'departmental_rule',
  司法解释: 'judicial_interpretation',
  案例: 'case',
};

/** Provincial-level municipalities are named with 市 and govern as provinces do. */
const municipalities = new Set(['北京', '上海', '天津', '重庆']);
export const provinceName = (short: string) => (municipalities.has(short) ? `${short}市` : `${short}省`);

export function isoDate(match: RegExpMatchArray | null): string | null {
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  // 2月30日 and the like are typos in a source, not dates.
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

export const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** Title text as people compare it: full-width forms folded, spaces gone. */
export const normalizeTitle = (title: string) => title.normalize('NFKC').replace(/\s+/g, '');

function clean(line: string): string {
  return line.replace(htmlComment, '').replace(/\u3000/g, ' ').trim();
}

/** Which territory a local regulation governs, from its title: the province, or a city in it. */
function localRegion(title: string, province: string): { region: KbRegion; locality: string | null } {
  const short = province.replace(/[省市]$/, '');
  if (title.startsWith(province) || title.startsWith(`中国（${short}）`) || title.startsWith(`中国(${short})`)) {
    return { region: 'province', locality: null };
  }
  const specialZone = /^(.{2,4}?)经济特区/.exec(title);
  if (specialZone) return { region: 'city', locality: `${specialZone[1]}市` };
  const city = /^(.{2,7}?(?:市|自治州|地区|盟))/.exec(title);
  if (city && !municipalities.has(short)) return { region: 'city', locality: city[1]! };
  return { region: 'province', locality: null };
}

interface Dates {
  promulgatedOn: string | null;
  effectiveOn: string | null;
}

const later = (current: string | null, date: string) => (current !== null && current > date ? current : date);

/** Promulgation: the latest adoption, amendment or publication in the info block; effect: a 施行 line, else the closing article. */
function documentDates(history: string[], articles: ParsedArticle[], level: KbIssuingLevel): Dates {
  let promulgatedOn: string | null = null;
  let effectiveOn: string | null = null;
  for (const line of history) {
    const date = isoDate(line.match(chineseDate));
    if (!date) continue;
    if (/施行/.test(line)) effectiveOn = later(effectiveOn, date);
    if (/通过|公布|发布|批准|修正|修订|印发|决定/.test(line) || !/施行/.test(line)) promulgatedOn = later(promulgatedOn, date);
  }
  if (!effectiveOn && level !== 'case') {
    for (let index = articles.length - 1; index >= 0 && index >= articles.length - 5; index--) {
      const body = articles[index]!.body;
      const explicit = /自(\d{4}年\d{1,2}月\d{1,2}日)起施行/.exec(body);
      if (explicit) {
        effectiveOn = isoDate(explicit[1]!.match(chineseDate));
        break;
      }
      if (/自(?:公布|发布)之日起施行/.test(body)) {
        effectiveOn = promulgatedOn;
        break;
      }
    }
  }
  return { promulgatedOn, effectiveOn };
}

/**
 * Splits the body into provisions, in document order: numbered articles where there are any;
 * text outside articles (a preamble, a case's sections, an amendment's items) as enumerated items
 * (一、…) or one provision per headed section.
 */
function parseBody(lines: string[]): ParsedArticle[] {
  const headings: string[] = [];
  const provisions: ParsedArticle[] = [];
  // The provision that following lines continue: an article, or a loose item or section.
  let current: ParsedArticle | null = null;
  let currentIsArticle = false;
  const open = (provision: ParsedArticle, isArticle: boolean) => {
    provisions.push(provision);
    current = provision;
    currentIsArticle = isArticle;
  };
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) continue;
    const heading = /^(#{2,6})\s*(.+)$/.exec(line);
    if (heading) {
      const depth = heading[1]!.length - 2;
      headings.length = Math.min(headings.length, depth);
      headings[depth] = heading[2]!.replace(/\s+/g, ' ').trim();
      current = null;
      continue;
    }
    const path = headings.filter(Boolean);
    const article = articleStart.exec(line);
    if (article) {
      open({ number: article[1]!, headings: path, body: line }, true);
      continue;
    }
    const item = currentIsArticle ? null : enumerated.exec(line);
    if (current && !item) {
      (current as ParsedArticle).body += `\n${line}`;
      continue;
    }
    open({ number: item ? item[1]! : (path.at(-1) ?? null), headings: path, body: line }, false);
  }
  return provisions;
}

/**
 * Parses one corpus file. `relativePath` is its path inside the corpus folder (with `/`), which
 * gives the category, region and version date. Throws `MalformedSourceError` for a file that is
 * not a document: no title, no info block, or no text.
 */
export function parsePolicyFile(relativePath: string, content: string): ParsedDocument {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const markerAt = text.indexOf(infoEnd);
  if (markerAt < 0) throw new MalformedSourceError(relativePath, `no "${infoEnd}" line ends the info block`);
  const headLines = text.slice(0, markerAt).replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').map(clean).filter(Boolean);
  const titles = headLines.filter((line) => /^#\s/.test(line)).map((line) => line.replace(/^#\s+/, '').trim());
  const title = titles[0];
  if (!title) throw new MalformedSourceError(relativePath, 'no "# title" line before the info block');
  const subtitle = titles[1] ?? null;
  const history = headLines.filter((line) => !line.startsWith('#'));
  const articles = parseBody(text.slice(markerAt + infoEnd.length).split('\n'));
  if (articles.length === 0) throw new MalformedSourceError(relativePath, 'the document has no text after the info block');

  const parts = relativePath.split('/');
  const folder = parts[0] ?? '';
  let category: string;
  let subcategory: string | null = null;
  let issuingLevel: KbIssuingLevel;
  let region: KbRegion = 'national';
  let province: string | null = null;
  let locality: string | null = null;
  let issuer: string | null = null;
  if (folder === 'DLC') {
    // DLC/<省>地方法规/地方性法规/<省>/<file>
    const short = parts[3] && parts.length > 4 ? parts[3] : (parts[1] ?? '').replace(/地方法规$/, '');
    if (!short) throw new MalformedSourceError(relativePath, 'a local regulation outside a province folder');
    category = '地方性法规';
    subcategory = short;
    issuingLevel = 'local_regulation';
    province = provinceName(short);
    ({ region, locality } = localRegion(normalizeTitle(title), province));
  } else {
    category = parts.length > 1 ? folder : '其他';
    subcategory = parts.length > 2 ? parts[1]! : null;
    issuingLevel = levelByCategory[category] ?? 'other';
    if (category === '部门规章') issuer = subcategory;
  }
  const dates = documentDates(history, articles, issuingLevel);
  const versionDate = fileDate.exec(relativePath)?.[1] ?? dates.promulgatedOn ?? dates.effectiveOn;
  return {
    source: 'policy',
    sourceKey: relativePath,
    contentHash: sha256(content),
    title,
    subtitle,
    versionGroup: [province ?? 'national', normalizeTitle(title), normalizeTitle(subtitle ?? '')].join('|'),
    versionDate,
    category,
    subcategory,
    region,
    province,
    locality,
    issuingLevel,
    issuer,
    ...dates,
    history,
    guide: null,
    articles,
  };
}
