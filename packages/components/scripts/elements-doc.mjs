#!/usr/bin/env node
/**
 * Writes docs/elements.md, the element reference, from custom-elements.json (which the
 * analyzer builds from the classes' JSDoc: run `pnpm --filter @huying/components docs`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const target = fileURLToPath(new URL('../../../docs/elements.md', import.meta.url));

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');

const tags = new Map();
for (const module of manifest.modules) {
  for (const entry of module.exports ?? []) {
    if (entry.kind === 'custom-element-definition') tags.set(`${entry.declaration.module}#${entry.declaration.name}`, entry.name);
  }
}

const sections = [];
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    const tag = tags.get(`${module.path}#${element.name}`);
    if (!element.customElement || !tag) continue;
    const lines = [`## \`<${tag}>\``, '', cell(element.summary), '', (element.description ?? '').trim(), ''];
    const attributes = (element.attributes ?? []).filter((attribute) => attribute.name);
    if (attributes.length) {
      lines.push('| attribute | property | type | default | |', '|---|---|---|---|---|');
      for (const attribute of attributes) {
        lines.push(`| ${code(attribute.name)} | ${code(attribute.fieldName)} | ${code(cell(attribute.type?.text))} | ${code(cell(attribute.default))} | ${cell(attribute.description)} |`);
      }
      lines.push('');
    }
    const properties = (element.members ?? []).filter((member) => member.kind === 'field' && !member.attribute && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && member.description);
    if (properties.length) {
      lines.push('| property (no attribute) | type | |', '|---|---|---|');
      for (const property of properties) lines.push(`| ${code(property.name)} | ${code(cell(property.type?.text))} | ${cell(property.description)} |`);
      lines.push('');
    }
    const methods = (element.members ?? []).filter((member) => member.kind === 'method' && member.privacy !== 'private' && member.privacy !== 'protected' && member.description && !member.name.startsWith('form'));
    if (methods.length) {
      lines.push('| method | |', '|---|---|');
      for (const method of methods) lines.push(`| ${code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`)} | ${cell(method.description)} |`);
      lines.push('');
    }
    for (const [title, items, name] of [
      ['event', element.events, (item) => item.name],
      ['CSS part', element.cssParts, (item) => item.name],
      ['CSS custom property', element.cssProperties, (item) => item.name],
    ]) {
      if (!items?.length) continue;
      lines.push(`| ${title} | |`, '|---|---|');
      for (const item of items) lines.push(`| ${code(name(item))}${item.type?.text ? ` (${cell(item.type.text)})` : ''} | ${cell(item.description)} |`);
      lines.push('');
    }
    sections.push(lines.join('\n'));
  }
}

writeFileSync(
  target,
  `# Element reference\n\nGenerated from \`packages/components/custom-elements.json\`, which is built from the elements' JSDoc; do not edit by hand: run \`pnpm --filter @huying/components docs\`. How to put the elements on a page: [embedding.md](embedding.md).\n\n${sections.join('\n')}`,
);
console.log(`wrote ${target} (${sections.length} elements)`);
