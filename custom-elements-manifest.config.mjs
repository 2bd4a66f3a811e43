/**
 * `@defineElement('tag')` (src/define-element.ts) defines the elements in place of Lit's
 * `@customElement`, which the analyzer's Lit support recognises by name; this plugin reads it the
 * same way, so that every element keeps its tag name and definition in the manifest.
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/explorer.ts', 'src/view/**', 'src/export/**', 'src/styles/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineElementDecorator()],
};
