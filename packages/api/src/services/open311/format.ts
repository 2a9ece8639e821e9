/**
 * How Open311 GeoReport v2 answers look on the wire: the same documents as JSON or as XML (the
 * format is the extension of the resource, `.json` or `.xml`), and times in ISO 8601 with the
 * city's offset, as the specification requires.
 */
import { offsetMinutes } from '@huying/core';
import { XMLBuilder } from 'fast-xml-parser';

export const open311Formats = ['json', 'xml'] as const;
export type Open311Format = (typeof open311Formats)[number];

export const open311ContentTypes: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Splits `01.02.01.json` into the identifier and the format; null when the extension is neither. */
export function splitFormat(resource: string): { name: string; format: Open311Format } | null {
  const match = /^(.+)\.(json|xml)$/.exec(resource);
  return match ? { name: match[1]!, format: match[2] as Open311Format } : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as ISO 8601 in the city's zone, with its offset: `2026-03-02T09:00:00+08:00`. */
export function zonedIso(instant: Date, timeZone: string): string {
  const offset = offsetMinutes(timeZone, instant.getTime());
  const local = new Date(instant.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${sign}${pad(hours)}:${pad(minutes)}`;
}

/** XML has no null: an absent value is an empty element, as in the specification's examples. */
function withoutNulls(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutNulls(inner)]));
  return value;
}

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false });

/**
 * The XML of a document: `root` wraps `body`; an array inside becomes one element per entry under
 * its key (`{ service: [...] }` → `<service>…</service><service>…</service>`), as GeoReport v2
 * names them.
 */
export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: withoutNulls(body) }) as string}`;
}
