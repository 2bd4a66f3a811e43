import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '../../src/define-element.js';

/*
 * Each element is defined once, whatever loads the module again (a copy that finds its tag held
 * by another says so, once), and nothing throws where there is no registry at all (Node without
 * Lit's DOM shim). Two copies on a real page: see tests/scripts/package-install.test.ts.
 */

class First {}
class Second {}
const element = (c: unknown) => c as CustomElementConstructor;

/** A registry that behaves as the browser's: a second define of a name throws. */
function registry() {
  const defined = new Map<string, CustomElementConstructor>();
  return {
    defined,
    get: (tag: string) => defined.get(tag),
    define(tag: string, ctor: CustomElementConstructor) {
      if (defined.has(tag)) throw new DOMException(`the name "${tag}" has already been used`, 'NotSupportedError');
      defined.set(tag, ctor);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('defineElement', () => {
  it('defines a tag once and leaves the first definition when the module runs again', () => {
    const page = registry();
    vi.stubGlobal('customElements', page);
    defineElement('gov-test')(element(First));
    expect(() => defineElement('gov-test')(element(Second))).not.toThrow();
    expect(page.defined.get('gov-test')).toBe(First);
  });

  it('says once per tag, as information, that another copy holds it', () => {
    const page = registry();
    vi.stubGlobal('customElements', page);
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn');
    defineElement('gov-held')(element(First));
    defineElement('gov-held')(element(First));
    expect(info).not.toHaveBeenCalled();
    defineElement('gov-held')(element(Second));
    defineElement('gov-held')(element(Second));
    defineElement('gov-other')(element(First));
    defineElement('gov-other')(element(Second));
    expect(info.mock.calls).toEqual([
      [expect.stringMatching(/^<gov-held> was already defined by another copy/)],
      [expect.stringMatching(/^<gov-other> was already defined by another copy/)],
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('defines through the standard decorators’ initializer too', () => {
    const page = registry();
    vi.stubGlobal('customElements', page);
    const initializers: (() => void)[] = [];
    const context = { addInitializer: (f: () => void) => initializers.push(f) } as unknown as ClassDecoratorContext;
    defineElement('gov-test')(element(First), context);
    expect(page.defined.size).toBe(0);
    for (const run of initializers) run();
    expect(page.defined.get('gov-test')).toBe(First);
  });

  it('does nothing where there is no registry', () => {
    vi.stubGlobal('customElements', undefined);
    expect(() => defineElement('gov-test')(element(First))).not.toThrow();
  });
});
