/** What the HTTP benchmarks file: residents' reports written from the real citizen messages. */
import { readFileSync } from 'node:fs';
import type { TestCity } from '../../packages/api/src/testing/index.js';

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** The labelled citizen messages' texts, cut to the length a report may have. */
export const messageBodies: string[] = readFileSync(new URL('../../../shared/data/messages/messages-labelled.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { body: string }).body.slice(0, 1500))
  .filter((body) => body.length >= 10);

/** A new report's JSON body at one of the test city's buildings, of one of `kinds`. */
export const reportBody = (city: TestCity, kinds: readonly string[] = ['complaint', 'complaint', 'suggestion', 'help']) =>
  JSON.stringify({ kind: pick(kinds), buildingId: city.building(pick(['liangjingyuan-3', 'dongsheng-1'])), description: pick(messageBodies), contact: { phone: '13912345678' } });
