/** Tags this copy of the module found defined by another, each told once. */
const heldElsewhere = new Set<string>();

/**
 * `@defineElement('gov-canvas')`: Lit's `@customElement`, except that a tag the page has already
 * defined is left as it is. A page may load this module twice (two copies of the package in one
 * bundle, or the script tag of two widgets pointing at different URLs), and a second
 * `customElements.define` of the same name throws, which would stop the second copy's every later
 * statement; skipping it leaves the first copy's elements, which draw the second's markup as well.
 * Two copies of different versions thus run whichever loaded first: one `console.info` per tag
 * says so (information, not a warning: the page works). Where there is no registry at all (a
 * server rendering a page without Lit's DOM shim), nothing is defined and nothing throws.
 */
export function defineElement(tag: string) {
  // Both decorator forms, as Lit's own: TypeScript's experimental one (class only) and the
  // standard one (class and context).
  return (element: CustomElementConstructor, context?: ClassDecoratorContext): void => {
    const define = () => {
      const registry = globalThis.customElements as CustomElementRegistry | undefined;
      const held = registry?.get(tag);
      if (registry && !held) registry.define(tag, element);
      else if (held && held !== element && !heldElsewhere.has(tag)) {
        heldElsewhere.add(tag);
        console.info(
          `<${tag}> was already defined by another copy of governance-graph, which draws every <${tag}> of this page; an app should load one copy.`,
        );
      }
    };
    if (context) context.addInitializer(define);
    else define();
  };
}
