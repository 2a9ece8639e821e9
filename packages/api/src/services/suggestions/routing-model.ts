import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRoutingModel, RoutingClassifier, type RoutingModel } from '@huying/core';

/**
 * The routing model the API suggests with: trained from the public messages by
 * `scripts/train-routing-model.ts` and committed beside this file, so every process of a
 * deployment (and every test) suggests with the same model version.
 */
export const routingModelFile = fileURLToPath(new URL('./routing-model.json', import.meta.url));

let loaded: RoutingClassifier | undefined;

/** The shipped model, read and indexed once per process, on first use. */
export function routingClassifier(): RoutingClassifier {
  loaded ??= new RoutingClassifier(parseRoutingModel(JSON.parse(readFileSync(routingModelFile, 'utf8'))));
  return loaded;
}

/** The artifact's text: one node per line, so a retrained model's diff shows which categories moved. */
export function serializeRoutingModel(model: RoutingModel): string {
  const { levels, ...head } = model;
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const levelLines = levels.map((nodes) => `    [\n${nodes.map((node) => `      ${JSON.stringify(node)}`).join(',\n')}\n    ]`);
  return `{\n${lines.join(',\n')},\n  "levels": [\n${levelLines.join(',\n')}\n  ]\n}\n`;
}
