import type { Core } from 'cytoscape';

/*
 * Waiting for the browser: one place for the frame and task helpers that the canvas, the
 * exporter, the benchmark and the tests all need, so that "drawn" means the same thing to each.
 */

/** Resolves at the next animation frame callback, before that frame's style, layout and paint. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves in a task of its own, after whatever input is waiting. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the next frame has been drawn and painted: a message posted from a frame
 * callback is delivered only after that frame's style, layout and paint. Closer than a second
 * frame callback, which would add up to a whole idle frame (16.7 ms) to short waits.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      void nextTask().then(resolve);
    }),
  );
}

/**
 * Resolves once Cytoscape has finished fading highlights in and gliding bodies to new places
 * (or after `maxFrames` frames), so that an export made right after a change shows where it
 * ends rather than a frame half-way. Transitions start a frame after the classes change, hence
 * the first two waits.
 */
export async function whenSettled(cy: Core, maxFrames = 120): Promise<void> {
  await nextFrame();
  await nextFrame();
  const moving = () =>
    cy
      .elements()
      .toArray()
      .some((e) => e.animated());
  for (let i = 0; i < maxFrames && moving(); i++) await nextFrame();
}
