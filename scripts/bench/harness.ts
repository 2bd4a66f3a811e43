// The page `npm run bench` drives: the widget and d3-org-chart drawing the same trees in the same
// browser, plus the widget's selection, export, layout and lifecycle figures, offered to Node as
// `window.bench` (see page-api.ts for what each function returns).
import { d3OrgChart } from './harness-d3.js';
import { exportPng, exportSvg } from './harness-export.js';
import {
  armClick,
  clickResult,
  clickTarget,
  dragStart,
  selectApi,
  selectPainted,
  startFrames,
  stopFrames,
  viewPan,
} from './harness-interaction.js';
import { layout } from './harness-layout.js';
import { freshElements, reconnect } from './harness-lifecycle.js';
import { ours } from './harness-ours.js';
import { clear, currentWidget, settle } from './harness-stage.js';
import type { BenchPage } from './page-api.js';

const api: BenchPage = {
  ours,
  d3OrgChart,
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
  exportSvg,
  exportPng,
  reconnect,
  freshElements,
  layout,
  clear,
};
window.bench = api;
