// Lifecycle runs whose heap and DOM counts Node compares: the same element removed and put back,
// and new elements inserted and removed.
import { nextFrame } from '../../src/canvas/frames.js';
import { ours } from './harness-ours.js';
import { canvasOf, clear, currentWidget, twoFrames } from './harness-stage.js';

/** Removes the widget and puts it back `n` times, letting it draw each time. */
export async function reconnect(n: number): Promise<void> {
  const el = currentWidget();
  const host = el.parentElement!;
  for (let i = 0; i < n; i++) {
    el.remove();
    await nextFrame();
    host.append(el);
    await el.updateComplete;
    await canvasOf(el).updateComplete;
    await twoFrames();
  }
}

/** `n` times: a new element is inserted, draws the held model, and is removed again. */
export async function freshElements(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await ours();
  clear();
}
