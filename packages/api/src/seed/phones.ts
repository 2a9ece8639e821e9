/**
 * Phone numbers: the departments' real consult and complaint lines, read out of the free text of
 * the service guides, and synthetic numbers (in valid formats) for residents and local units.
 */
import type { Random } from './random.js';
import type { DemoPhone } from './types.js';
import type { ServiceGuide } from './sources.js';

/**
 * Pulls the numbers out of a guide's phone field. The field is free text: several numbers joined
 * by 、/；/, area codes written once for several numbers, international prefixes, extensions and
 * office hours. Local numbers without any area code in the field are left out, because the guides
 * come from many cities and guessing the code would invent a number.
 */
export function extractPhoneNumbers(field: string): string[] {
  const text = field
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    // Web addresses, mail addresses and account names carry digit runs that are not numbers.
    .replace(/https?:\/\/[^\s，。；、]+|[\w.-]+@[\w.-]+|[A-Za-z_][\w-]*\d[\w-]*/g, ' ')
    .replace(/[－–—]/g, '-')
    .replace(/(?<=\d{4}) (?=\d{4}(?!\d))/g, '')
    .replace(/\(\s*86\s*(\d{2,3})\s*\)\s*/g, '0$1-')
    .replace(/[（(]\s*(0\d{2,3})\s*[）)]\s*/g, '$1-')
    .replace(/(?:\+|\b)86[\s-]+(\d{2,3})[\s-]+(?=\d{7,8}\b)/g, '0$1-');
  const numbers: string[] = [];
  let areaCode: string | null = null;
  const token =
    /(?<!\d)(400[-\s]?\d{3,4}[-\s]?\d{3,4})(?!\d)|(?<!\d)(0\d{2,3})\s*-*\s*(\d{7,8}|12\d{3}|95\d{3,4})(?:-(\d{1,5}))?(?!\d)|(?<=^|[、，,；;/\s或：:])(\d{7,8})(?:-(\d{1,5}))?(?!\d)|(?<![\d-])(12\d{3}|95\d{3,4})(?!\d)/g;
  for (const match of text.matchAll(token)) {
    const [, businessLine, code, codedLocal, codedExtension, bareLocal, bareExtension, service] = match;
    if (businessLine) {
      const businessDigits = businessLine.replace(/\D/g, '');
      if (businessDigits.length === 10) numbers.push(`${businessDigits.slice(0, 3)}-${businessDigits.slice(3, 6)}-${businessDigits.slice(6)}`);
    } else if (code && codedLocal) {
      areaCode = code;
      if (isPlausibleLocal(code, codedLocal)) {
        numbers.push(`${code}-${codedLocal}${codedExtension && codedLocal.length > 6 ? `-${codedExtension}` : ''}`);
      }
    } else if (bareLocal && areaCode) {
      if (isPlausibleLocal(areaCode, bareLocal)) numbers.push(`${areaCode}-${bareLocal}${bareExtension ? `-${bareExtension}` : ''}`);
    } else if (service) {
      numbers.push(service);
    }
  }
  return numbers;
}

/** Three-digit area codes (010, 020…) go with eight-digit numbers; service numbers are short. */
function isPlausibleLocal(areaCode: string, local: string): boolean {
  if (local.length <= 6) return true;
  return areaCode.length === 3 ? local.length === 8 : true;
}

export const phoneLabels = { consult: '咨询电话', complaint: '投诉电话', duty: '值班电话' } as const;

/** How many numbers of each label a department shows: the ones its guides give most often. */
const numbersPerLabel = 3;

/** Each department's consult and complaint lines, most used first, without repeats. */
export function departmentPhones(guides: readonly ServiceGuide[]): Map<string, DemoPhone[]> {
  const tallies = new Map<string, { consult: Map<string, number>; complaint: Map<string, number> }>();
  const count = (tally: Map<string, number>, field: string) => {
    for (const number of extractPhoneNumbers(field)) tally.set(number, (tally.get(number) ?? 0) + 1);
  };
  for (const guide of guides) {
    let tally = tallies.get(guide.department);
    if (!tally) {
      tally = { consult: new Map(), complaint: new Map() };
      tallies.set(guide.department, tally);
    }
    count(tally.consult, guide.consultPhone);
    count(tally.complaint, guide.complainPhone);
  }
  // Map iteration keeps first-seen order, and the sort is stable: ties keep it too.
  const mostUsed = (tally: Map<string, number>) =>
    [...tally.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, numbersPerLabel)
      .map(([number]) => number);
  const phones = new Map<string, DemoPhone[]>();
  for (const [department, tally] of tallies) {
    phones.set(department, [
      ...mostUsed(tally.consult).map((number) => ({ label: phoneLabels.consult, number })),
      ...mostUsed(tally.complaint).map((number) => ({ label: phoneLabels.complaint, number })),
    ]);
  }
  return phones;
}

const mobilePrefixes = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '177', '180', '182', '183', '185', '186', '187', '188', '189', '198'];

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');

/** A synthetic mobile number in a valid format (13812345678). */
export function syntheticMobile(random: Random): string {
  return random.pick(mobilePrefixes) + digits(random, 8);
}

/** A synthetic Zhaoyuan landline: area code 0535, local numbers starting with 8. */
export function syntheticLandline(random: Random): string {
  return `0535-8${random.int(1, 2)}${digits(random, 5)}`;
}
