// The widget's benchmark page, which `npm run bench` opens afresh for every cold draw: the draw,
// then the selection, panning, export and lifecycle figures on the widget it drew, offered to
// Node as `window.bench` (see page-api.ts for what each function returns).
import { exportPng, exportSvg } from './harness-export.js';
import {
  armClick,
  clickResult,
  clickTarget,
  dragStart,
  fitPainted,
  selectApi,
  selectPainted,
  startFrames,
  stopFrames,
  viewPan,
} from './harness-interaction.js';
import { freshElements, reconnect } from './harness-lifecycle.js';
import { hold, ours } from './harness-ours.js';
import { clear, currentWidget, settle } from './harness-stage.js';
import type { BenchPage } from './page-api.js';

const api: BenchPage = {
  hold,
  ours,
  settle: () => settle(currentWidget()),
  selectPainted,
  selectApi,
  clickTarget,
  armClick,
  clickResult,
  startFrames,
  stopFrames,
  dragStart,
  viewPan,
  fitPainted,
  exportSvg,
  exportPng,
  reconnect,
  freshElements,
  clear,
};
window.bench = api;
