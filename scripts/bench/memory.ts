import type { CDPSession } from 'playwright';
import type { MemorySnapshot } from './figures.js';

/**
 * Used JS heap after two full collections, and the page's DOM node and listener counts. Waits
 * half a second first: Cytoscape's debounced timers (texture refinement, redraw queue) hold a
 * removed instance, and so its element, for up to a few hundred milliseconds.
 */
export async function memory(cdp: CDPSession): Promise<MemorySnapshot> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}
