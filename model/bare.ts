/**
 * The fields of `parts`, merged, on an object without a prototype: a field left out reads as
 * undefined even where another script has added that name to Object.prototype. For the
 * objects the model keeps and hands on (graph attributes, relation-type definitions).
 */
export function bare<T extends object>(...parts: Partial<T>[]): T {
  return Object.assign(Object.create(null) as T, ...parts);
}
