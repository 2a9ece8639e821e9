import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout, SHA-1 of a name) for a named thing in a city, so that
 * installing the same city twice finds the same rows instead of duplicating them.
 */
export function stableId(...nameParts: string[]): string {
  const bytes = createHash('sha1').update(nameParts.join('\u001f')).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
