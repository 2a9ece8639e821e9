/**
 * Names the demo city borrows from the messages: residential estates (小区, 花园, 苑, 家园…) and
 * property companies (…物业). Only messages outside the evaluation split are read, so nothing
 * built here depends on the texts kept for evaluation.
 */
import { isEvaluationMessage, type SourceMessage } from './sources.js';

const han = '[\\u4e00-\\u9fa5]';

/** What an estate's name ends with, longest first so `国际城` wins over `城`. */
const estateSuffixes = ['国际城', '花园', '家园', '新村', '公寓', '华庭', '佳苑', '嘉园', '雅苑', '名苑', '花城', '新城', '山庄', '华府', '苑', '府', '湾'];

/**
 * What may stand right before an estate name: an (anonymised) place, a road or house number,
 * punctuation, or a word that introduces a place.
 */
const estateLead = `(?:^|[^\\u4e00-\\u9fa5]|[区县市镇路街号村]|街道|位于|住在|地处|坐落在|我是|业主|投诉)`;

const estatePattern = new RegExp(
  `${estateLead}(${han}{2,4}?(?:${estateSuffixes.join('|')}))(?=小区|[0-9一二三四五六七八九十]+[栋期号幢]|[^\\u4e00-\\u9fa5]|业主|居民|住户|物业|$)`,
  'g',
);

/** Characters and words that show a match is a phrase of the sentence, not a name. */
const notInNames =
  /[我你他她们的了是在有这那该此其被把将对给向与和及或也都就还又很太要想会能可请求问说个些么吗呢啊吧政委]|小区|社区|公司|业主|影响|周边|整个|附近|开发|物业|房子|家里|县城|公里|平方|年前|多年|建设|管理|单位|部门|领导|问题|情况|反映|投诉|咨询|希望|严重|安置|人民|城市|工程|项目|医院|学校|广场|商城|中心|大道|市场|街道|门前|重建|美丽|文明|商品|商业|住宅|城后|^[东西南北中上下前后新老大小]{2}/;

/**
 * Words that run into a name from the sentence before it (`位于熊家湾`, `包括缆子湾`, `A3区景城苑`):
 * everything up to and including the last of them is cut off.
 */
const leadIn =
  /^.*(?:[省市区县镇乡村路街道号栋期年月日到入于至过离属现因如象]|如今|包括|目前|乃至|进入|关于|横跨|侵犯|穿过|看看|导致|位于|靠近|多户|负责|加上|开通|责怪|解决|依靠|相信|通过|经过|收归|集体|尊重|配合|谢谢|感谢|长房|片)/;

function cleanEstate(candidate: string): string | null {
  const name = candidate.replace(leadIn, '');
  const stem = name.replace(new RegExp(`(?:${estateSuffixes.join('|')})$`), '');
  if (stem.length < 2 || notInNames.test(stem) || /[A-Za-z0-9]/.test(name)) return null;
  return name;
}

/**
 * Estate names found in the messages, in order of first appearance. The same message order
 * always yields the same list.
 */
export function extractEstateNames(messages: readonly SourceMessage[]): string[] {
  const names = new Set<string>();
  for (const message of messages) {
    if (isEvaluationMessage(message.id)) continue;
    for (const text of [message.subject, message.body]) {
      for (const match of text.matchAll(estatePattern)) {
        const name = match[1] && cleanEstate(match[1]);
        if (name) names.add(name);
      }
    }
  }
  return withoutLeadInVariants([...names]);
}

/**
 * Drops a name when a shorter name in the list ends it (`保障凯乐国际城` beside `凯乐国际城`):
 * the extra characters are a word of the sentence the shorter match left behind.
 */
function withoutLeadInVariants(names: readonly string[]): string[] {
  const all = new Set(names);
  return names.filter((name) => {
    for (let start = 1; start <= name.length - 2; start++) {
      if (all.has(name.slice(start))) return false;
    }
    return true;
  });
}

/** `XX物业服务有限公司`, `XX物业管理有限公司`, `XX物业有限公司`, `XX物业公司`. */
const propertyPattern = new RegExp(`(${han}{2,8})物业(服务|管理)?(?:有限)?(?:责任)?公司`, 'g');

/** Everything up to the last of these belongs to the sentence before the brand. */
const propertyLeadIn =
  /^.*(?:如今|[省市区县镇的由向给到和与是诉对将为找于以称现月进跟去受属在]|街道|下属|指定了一家|成立了|同意|审视|联系|引导|投标|进行)/;

/** Words of the sentence that the brand slot catches when no brand is named. */
const notBrands =
  /由于|年来|加之|解决|今天|近日|实际|包括|所以|当时|几年|证据|服务|内定|三家|入围|难道|作为|目前|霸道|车棚|菜地|袒偏|偏担|监管|违规|加建|接受|填补|自行|方式|报到|一级|二级|三级|前期|现有|新老|原来|原有|涉黑|无作为|同一|两个|二个|选聘|聘请|更换|公开|华庭/;

/** The brand: the two to four characters before 物业 once any lead-in words are cut off. */
function propertyBrand(run: string): string | null {
  const brand = run.replace(propertyLeadIn, '');
  if (brand.length < 2 || brand.length > 4) return null;
  if (notInNames.test(brand) || notBrands.test(brand) || /[0-9A-Za-z]/.test(brand)) return null;
  return brand;
}

export interface PropertyCompanyName {
  brand: string;
  name: string;
}

/**
 * Property companies named in the messages, cleaned to `品牌物业服务有限公司` or the form the
 * messages use most (物业管理有限公司…), in order of first appearance.
 */
export function extractPropertyCompanies(messages: readonly SourceMessage[]): PropertyCompanyName[] {
  const forms = new Map<string, Map<string, number>>();
  for (const message of messages) {
    if (isEvaluationMessage(message.id)) continue;
    for (const text of [message.subject, message.body]) {
      for (const match of text.matchAll(propertyPattern)) {
        const brand = match[1] && propertyBrand(match[1]);
        if (!brand) continue;
        const form = match[2] ?? '服务';
        const tally = forms.get(brand) ?? new Map<string, number>();
        tally.set(form, (tally.get(form) ?? 0) + 1);
        forms.set(brand, tally);
      }
    }
  }
  const brands = new Set(withoutLeadInVariants([...forms.keys()]));
  return [...forms.entries()].filter(([brand]) => brands.has(brand)).map(([brand, tally]) => {
    const form = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '服务';
    return { brand, name: `${brand}物业${form}有限公司` };
  });
}
