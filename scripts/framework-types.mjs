// Writes the element's typings for frameworks from dist/custom-elements.json, with maintained
// generators: JSX (React 19, Preact, Solid…), Vue 3's templates, and JetBrains IDEs' web-types.
// Only <governance-graph> is public: the gov-* elements inside its shadow root are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const PUBLIC_TAG = 'governance-graph';
const OUTDIR = 'dist/frameworks';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const internal = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName !== PUBLIC_TAG)
  .map((declaration) => declaration.name);

// Paths from dist/frameworks/ to what the package ships: the element's declarations.
const common = {
  outdir: OUTDIR,
  exclude: internal,
  globalTypePath: '../types/src/governance-graph.js',
  hideLogs: true,
};
generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts' });
generateJetBrainsWebTypes(manifest, {
  outdir: OUTDIR,
  exclude: internal,
  webTypesFileName: 'web-types.json',
  excludeCss: false,
  hideLogs: true,
  // The element is imported from the package's main entry, whatever file declared it.
  modulePathTemplate: () => 'governance-graph',
});
// React 19 reads a custom element's props from JSX.IntrinsicElements in its own module.
writeFileSync(
  `${OUTDIR}/react.d.ts`,
  `// <governance-graph> in React 19's JSX: \`import type {} from 'governance-graph/react';\` once in an app.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
console.log(
  `wrote ${OUTDIR}/jsx.d.ts, react.d.ts, vue.d.ts and web-types.json (${internal.length} internal elements left out)`,
);
