// Writes the element's typings for frameworks from dist/custom-elements.json, with maintained
// generators: JSX (React 19, Preact, Solid…), Vue 3's templates, and JetBrains IDEs' web-types.
// The manifest describes <governance-graph> alone (custom-elements-manifest.config.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const PUBLIC_TAG = 'governance-graph';
const OUTDIR = 'dist/frameworks';
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
if (elements.length !== 1 || elements[0].tagName !== PUBLIC_TAG) {
  throw new Error(`dist/custom-elements.json: expected <${PUBLIC_TAG}> alone, found ${elements.map((d) => d.tagName)}`);
}
const [element] = elements;

// A getter (`governanceGraph`, `graphView`) cannot be set, so it is no prop of a template or of
// JSX; the generators list every public field, so they are given the settable ones only. The
// manifest itself and the web-types keep them, for completion on the element in code.
const settable = structuredClone(manifest);
for (const declaration of settable.modules.flatMap((module) => module.declarations ?? [])) {
  declaration.members = declaration.members?.filter((member) => !member.readonly);
}

// Paths from dist/frameworks/ to what the package ships: the element's declarations.
const common = { outdir: OUTDIR, globalTypePath: '../types/src/governance-graph.js', hideLogs: true };
generateJsxTypes(settable, { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(settable, { ...common, fileName: 'vue.d.ts' });
generateJetBrainsWebTypes(manifest, {
  outdir: OUTDIR,
  webTypesFileName: 'web-types.json',
  excludeCss: false,
  hideLogs: true,
  // The element is imported from the package's main entry, whatever file declared it.
  modulePathTemplate: () => 'governance-graph',
});

// Vue's templates give `@gov-select` to a component as the prop `onGovSelect` (camelised, as
// `toHandlerKey` in @vue/shared), but custom-element-vuejs-integration (1.4, no option for it)
// declares `"ongov-select"`, which no listener matches: renamed here, each event by name.
const camelised = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
let vue = readFileSync(`${OUTDIR}/vue.d.ts`, 'utf8');
for (const { name } of element.events ?? []) {
  const declared = `"on${name}"?:`;
  if (!vue.includes(declared)) throw new Error(`${OUTDIR}/vue.d.ts: no ${declared} to rename`);
  const key = camelised(name);
  vue = vue.replace(declared, `on${key[0].toUpperCase()}${key.slice(1)}?:`);
}
writeFileSync(`${OUTDIR}/vue.d.ts`, vue);

// React 19 reads a custom element's props from JSX.IntrinsicElements in its own module. React's
// props of any HTML element (className, style, ref to the element, onClick, role,
// suppressHydrationWarning…) come with the element's own, which React 19 sets as properties
// (`model`) and whose events it listens to as `ongov-select`.
writeFileSync(
  `${OUTDIR}/react.d.ts`,
  `// <governance-graph> in React 19's JSX: \`import type {} from 'governance-graph/react';\` once in an app.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GovernanceGraphElement } from '../types/src/governance-graph.js';
import type { GovernanceGraphElementProps } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${PUBLIC_TAG}': DetailedHTMLProps<HTMLAttributes<GovernanceGraphElement>, GovernanceGraphElement> &
        GovernanceGraphElementProps;
    }
  }
}
`,
);
console.log(`wrote ${OUTDIR}/jsx.d.ts, react.d.ts, vue.d.ts and web-types.json`);
