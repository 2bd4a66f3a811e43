/*
 * Evaluated before anything else of the widget (its first import), so that Cytoscape.js can
 * register its canvas renderer on a page where another script has added enumerable properties
 * to Object.prototype (`Object.prototype.extend = …`, as old libraries did). Cytoscape copies a
 * base renderer's methods with `for…in`, meets the page's property, takes it for a clash and
 * registers no renderer at all, so nothing could ever be drawn. Such properties are made
 * non-enumerable while the widget's modules are evaluated, which is synchronous, and put back
 * as they were in the microtask right after: the page's own objects are changed only for that
 * moment. Properties the page added as non-enumerable, or locked, are left alone.
 */
const hidden: string[] = [];
for (const key in Object.prototype) {
  const property = Object.getOwnPropertyDescriptor(Object.prototype, key);
  if (!property?.configurable) continue;
  Object.defineProperty(Object.prototype, key, { ...property, enumerable: false });
  hidden.push(key);
}
if (hidden.length > 0) {
  queueMicrotask(() => {
    for (const key of hidden) {
      const property = Object.getOwnPropertyDescriptor(Object.prototype, key);
      if (property?.configurable) Object.defineProperty(Object.prototype, key, { ...property, enumerable: true });
    }
  });
}
