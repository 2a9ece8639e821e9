import { openApiDocument } from '@huying/api';
import openapiTS, { astToString } from 'openapi-typescript';

const banner = `/**
 * Generated from the Huying API's OpenAPI document by scripts/generate-types.ts. Do not edit:
 * change the API's schemas and regenerate.
 */
`;

export async function renderApiTypes(): Promise<string> {
  const document = openApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { exportType: true, alphabetize: false, defaultNonNullable: false });
  return banner + astToString(ast);
}
