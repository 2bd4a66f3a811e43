/**
 * `@defineElement('tag')` (src/define-element.ts) defines the elements in place of Lit's
 * `@customElement`, which the analyzer's Lit support recognises by name; this plugin reads it the
 * same way, so that the element keeps its tag name and definition in the manifest.
 */
function defineElementDecorator() {
  return {
    name: 'define-element-decorator',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decorator = node.modifiers?.find(
        (modifier) =>
          ts.isDecorator(modifier) &&
          ts.isCallExpression(modifier.expression) &&
          modifier.expression.expression.getText() === 'defineElement',
      );
      const tag = decorator?.expression.arguments[0];
      if (!tag || !ts.isStringLiteral(tag)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: node.name.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/** The module the package's main entry is built from, and the file it is built to (vite.npm.config.ts). */
const SOURCE = 'src/governance-graph.ts';
const ENTRY = 'dist/npm/governance-graph.js';

/**
 * The manifest describes the package as installed: the public element only, in the file that
 * defines and exports it. The analyzer reads the sources, so it names `src/governance-graph.ts`
 * (not shipped) and whatever else that module declares or re-exports (the model's types, which
 * have no runtime export); this keeps the element's class and its definition, at the entry.
 */
function shippedEntry() {
  return {
    name: 'shipped-entry',
    packageLinkPhase({ customElementsManifest }) {
      const module = customElementsManifest.modules.find((m) => m.path === SOURCE);
      if (!module) throw new Error(`custom-elements manifest: no module ${SOURCE}`);
      const declarations = (module.declarations ?? []).filter((d) => d.customElement);
      const names = new Set(declarations.map((d) => d.name));
      const exports = (module.exports ?? [])
        .filter((e) => e.declaration.module === SOURCE && names.has(e.declaration.name))
        .map((e) => ({ ...e, declaration: { ...e.declaration, module: ENTRY } }));
      customElementsManifest.modules = [{ ...module, path: ENTRY, declarations, exports }];
    },
  };
}

export default {
  // The host alone: the gov-* elements inside its shadow root and the helper modules are not public.
  globs: [SOURCE],
  outdir: 'dist',
  litelement: true,
  plugins: [defineElementDecorator(), shippedEntry()],
};
