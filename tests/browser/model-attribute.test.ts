import { afterEach, describe, expect, it } from 'vitest';
import type { GovernanceGraphElement } from '../../src/governance-graph.js';
import { nextEvent } from './helpers.js';
import nato from './nato.js';

/*
 * The model as an attribute: JSON text draws as the property would; an object that a framework
 * wrote as an attribute (React 19 and Vue do, for an element not yet defined when they render)
 * arrives as "[object Object]", and the box says to set the property instead.
 */

let el: GovernanceGraphElement | undefined;
afterEach(() => el?.remove());

/** A widget made from markup, as a page or a framework's renderer writes it. */
function fromMarkup(model: string): GovernanceGraphElement {
  const host = document.createElement('div');
  host.innerHTML = '<governance-graph style="display:block;width:900px;height:500px"></governance-graph>';
  const widget = host.firstElementChild as GovernanceGraphElement;
  widget.setAttribute('model', model);
  return widget;
}

describe('the model attribute', () => {
  it('draws the JSON text it holds', async () => {
    el = fromMarkup(JSON.stringify(nato));
    const ready = nextEvent<{ entities: number }>(el, 'gov-ready');
    document.body.append(el);
    expect((await ready).detail.entities).toBe(nato.entities.length);
  });

  it('says to set the property when it holds an object written as text', async () => {
    el = fromMarkup('[object Object]');
    const error = nextEvent<{ errors: { message: string }[] }>(el, 'gov-error');
    document.body.append(el);
    const [issue] = (await error).detail.errors;
    expect(issue?.message).toContain('set the model property');
    await el.updateComplete;
    const errors = el.shadowRoot?.querySelector('gov-errors');
    await (errors as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(errors?.shadowRoot?.textContent).toContain('"[object Object]", an object written as text');
  });
});
