import { posix } from 'node:path';

/**
 * Teaches the analyzer this package's conventions. Elements register through our own
 * `define(tag, Class)` (src/internal/define.ts), which it does not know; without this the
 * manifest would list no tag names.
 */
function huyingConventions() {
  return {
    name: 'huying-conventions',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const imported = context.imports?.find((entry) => entry.name === element.text);
      const module =
        imported && !imported.isBareModuleSpecifier
          ? posix.join(posix.dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts')
          : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        // The analyzer also reads `customElements.define(tag, element)` inside the helper
        // itself as a definition of a tag literally named "tag"; a real tag has a hyphen.
        moduleDoc.exports = moduleDoc.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
        );
        // `dispatchEvent(new HyErrorEvent(...))` is recorded as an event with no name, or named
        // after the variable passed to the constructor, beside the named one from the class's
        // @event tag. The @event tags are the documented events: keep only those.
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**'],
  outdir: '.',
  litelement: true,
  plugins: [huyingConventions()],
};
