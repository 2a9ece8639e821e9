/**
 * Reading the shared real data (`messages/`, `service-guides/`). The files are read as they are;
 * the few irregularities they have (a duplicated id, three spellings of a timestamp, padded
 * department names) are absorbed here so the rest of the build sees clean records.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type MessageSource = 'replies' | 'labelled' | 'votes';

/** A local wall-clock time as written in the source, without a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface SourceMessage {
  id: string;
  source: MessageSource;
  subject: string;
  body: string;
  time: WallClock;
  /** The official reply, for messages from `messages-replies.jsonl`. */
  reply: string | null;
  replyTime: WallClock | null;
  /** The level-1 category, for messages from `messages-labelled.jsonl`. */
  level1: string | null;
}

export interface TaxonomyRow {
  level1: string;
  level2: string;
  level3: string;
}

export interface ServiceGuide {
  department: string;
  consultPhone: string;
  complainPhone: string;
}

export interface SourceData {
  categories: TaxonomyRow[];
  messages: SourceMessage[];
  departments: string[];
  guides: ServiceGuide[];
}

/**
 * Messages whose numeric id ends in 0 or 5 are the evaluation split (see data/README.md): the
 * build may show their texts as cases but must not derive anything (names, rules) from them.
 */
export function isEvaluationMessage(id: string): boolean {
  return /[05]$/.test(id);
}

/** `2019/4/25 9:32:09`, `2018/4/24` and `2019-04-08T08:37:20.000Z` all occur. */
export function parseWallClock(text: string): WallClock | null {
  const match = /^(\d{4})\D(\d{1,2})\D(\d{1,2})(?:\D+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  };
}

/** Milliseconds between two wall-clock times of the same zone. */
export function wallClockDifference(from: WallClock, to: WallClock): number {
  const epoch = (clock: WallClock) =>
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return epoch(to) - epoch(from);
}

async function readJsonLines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const textField = (record: Record<string, unknown>, field: string): string => {
  const value = record[field];
  return typeof value === 'string' ? value : '';
};

async function readMessages(dataDir: string, source: MessageSource): Promise<SourceMessage[]> {
  const records = await readJsonLines(join(dataDir, 'messages', `messages-${source}.jsonl`));
  const messages: SourceMessage[] = [];
  for (const record of records) {
    const time = parseWallClock(textField(record, 'time'));
    const subject = textField(record, 'subject').trim();
    const body = textField(record, 'body').trim();
    if (!time || !subject) continue;
    const reply = textField(record, 'reply').trim();
    messages.push({
      id: textField(record, 'id'),
      source,
      subject,
      body: body || subject,
      time,
      reply: reply || null,
      replyTime: parseWallClock(textField(record, 'replyTime')),
      level1: textField(record, 'category') || null,
    });
  }
  return messages;
}

export async function readSourceData(dataDir: string): Promise<SourceData> {
  const [categoryRecords, replies, labelled, votes, departmentsText, guideRecords] = await Promise.all([
    readJsonLines(join(dataDir, 'messages', 'categories.jsonl')),
    readMessages(dataDir, 'replies'),
    readMessages(dataDir, 'labelled'),
    readMessages(dataDir, 'votes'),
    readFile(join(dataDir, 'service-guides', 'departments.txt'), 'utf8'),
    readJsonLines(join(dataDir, 'service-guides', 'guides.jsonl')),
  ]);

  // One labelled id occurs twice with two different labels: the first one wins, so keys stay unique.
  const seen = new Set<string>();
  const messages = [...replies, ...labelled, ...votes].filter((message) => {
    if (seen.has(message.id)) return false;
    seen.add(message.id);
    return true;
  });

  return {
    categories: categoryRecords.map((record) => ({
      level1: textField(record, 'level1').trim(),
      level2: textField(record, 'level2').trim(),
      level3: textField(record, 'level3').trim(),
    })),
    messages,
    departments: [...new Set(departmentsText.split('\n').map((line) => line.trim()).filter(Boolean))],
    guides: guideRecords.map((record) => ({
      department: textField(record, 'DEPT_NAME').trim(),
      consultPhone: textField(record, 'consult_phone'),
      complainPhone: textField(record, 'complain_phone'),
    })),
  };
}
