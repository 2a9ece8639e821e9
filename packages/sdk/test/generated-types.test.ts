import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiTypes } from '../scripts/render-api-types.js';

describe('generated API types', () => {
  it('match the API\'s current OpenAPI document (run `pnpm --filter @huying/sdk generate` if not)', async () => {
    const committed = readFileSync(new URL('../src/generated/api.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderApiTypes());
  });
});
