/**
 * Regenerates src/generated/api.ts from the API's OpenAPI document, so the client's types are the
 * server's own. Run: pnpm --filter @huying/sdk generate
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiTypes } from './render-api-types.js';

const target = fileURLToPath(new URL('../src/generated/api.ts', import.meta.url));
writeFileSync(target, await renderApiTypes());
console.log(`wrote ${target}`);
