import type { ServiceGuideDetails } from '../../db/schema/index.js';
import { MalformedSourceError, type ParsedArticle, type ParsedDocument } from './document.js';
import { sha256 } from './policy-parser.js';

/**
 * Reads one government-service guide (办事指南) of ../shared/data/service-guides/guides.jsonl:
 * what a resident must bring, to which department, how long it takes and whom to call. Each
 * part of the guide becomes one provision, labelled as the guide labels it, so a search for
 * 材料 or 电话 lands on the right part.
 */

const absent = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && ['', '无', '-'].includes(value.trim()));
const textOf = (value: unknown): string | null => (absent(value) ? null : String(value).trim());

function materialsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(textOf).filter((item): item is string => item !== null);
  const single = textOf(value);
  return single ? single.split(/\n+/).map((item) => item.trim()).filter(Boolean) : [];
}

/** `line` is the raw JSON line (its hash recognises an unchanged guide); `lineNumber` names it in reports. */
export function parseServiceGuide(line: string, lineNumber: number): ParsedDocument {
  const sourceLabel = `guides.jsonl:${lineNumber}`;
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    record = parsed as Record<string, unknown>;
  } catch (error) {
    throw new MalformedSourceError(sourceLabel, `not a JSON object (${(error as Error).message})`);
  }
  const code = textOf(record.TASK_CODE);
  const title = textOf(record.TASK_NAME);
  const department = textOf(record.DEPT_NAME);
  if (!code || !title || !department) throw new MalformedSourceError(sourceLabel, 'a guide needs TASK_CODE, TASK_NAME and DEPT_NAME');

  const materials = materialsOf(record.material_intro);
  const guide: ServiceGuideDetails = {
    department,
    timeLimit: textOf(record.handle_time_limit),
    legalTimeLimit: textOf(record.handle_time),
    materials,
    consultPhone: textOf(record.consult_phone),
    complaintPhone: textOf(record.complain_phone),
    location: textOf(record.handle_location)?.replace(/^办理地点[:：]/, '') ?? null,
    coDepartments: textOf(record.co_department),
    serviceType: textOf(record.matter_type) ?? textOf(record.TASK_TYPE_TEXT),
    url: textOf(record.URL),
  };

  const objects = Array.isArray(record.service_object_name) ? record.service_object_name.map(String).join('、') : null;
  const sections: [label: string, body: string | null][] = [
    ['事项', [title, guide.serviceType && `事项类型：${guide.serviceType}`, objects && `服务对象：${objects}`, `实施部门：${department}`].filter(Boolean).join('\n')],
    ['受理条件', textOf(record.accept_standard)],
    ['申请材料', materials.length > 0 ? materials.map((item, index) => `${index + 1}. ${item}`).join('\n') : null],
    [
      '办理时限',
      [guide.timeLimit && `承诺办结时限：${guide.timeLimit}`, guide.legalTimeLimit && `法定办结时限：${guide.legalTimeLimit}`].filter(Boolean).join('\n') || null,
    ],
    ['办理地点', guide.location],
    ['咨询投诉', [guide.consultPhone && `咨询电话：${guide.consultPhone}`, guide.complaintPhone && `投诉电话：${guide.complaintPhone}`].filter(Boolean).join('\n') || null],
    ['联办部门', guide.coDepartments],
  ];
  const articles: ParsedArticle[] = sections
    .filter((section): section is [string, string] => !!section[1])
    .map(([label, body]) => ({ number: label, headings: [], body }));

  const area = textOf(record.AREA_CODE_TEXT) ?? '';
  const provinceMatch = /^(.+?省)/.exec(area);
  const cityMatch = /省(.+?市)$/.exec(area);
  const themes = Array.isArray(record.theme_category) ? record.theme_category.map(String).filter((theme) => theme !== '其他') : [];
  return {
    source: 'service_guide',
    sourceKey: `guides/${code}`,
    contentHash: sha256(line),
    title,
    subtitle: null,
    versionGroup: `guide|${code}`,
    versionDate: null,
    category: '办事指南',
    subcategory: themes[0] ?? guide.serviceType,
    region: cityMatch ? 'city' : 'province',
    province: provinceMatch?.[1] ?? null,
    locality: cityMatch?.[1] ?? null,
    issuingLevel: 'service_guide',
    issuer: department,
    promulgatedOn: null,
    effectiveOn: null,
    history: [],
    guide,
    articles,
  };
}
