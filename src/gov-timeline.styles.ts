import { css } from 'lit';

/**
 * The year slider's own height, whatever the year: the list of changes scrolls inside it, so the
 * slider stays under the pointer from one year to the next. Room for the top row, the slider
 * with its ticks, the heading and about three changes.
 */
export const TIMELINE_HEIGHT_PX = 156;
/** Chromium's range thumb is 16 px wide: its centre travels from 8 px in to 8 px short of the end. */
const THUMB_PX = 16;

export const timelineStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto auto minmax(0, 1fr);
    height: ${TIMELINE_HEIGHT_PX}px;
    --_thumb: ${THUMB_PX}px;
  }
  .top {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  output {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .top button {
    margin-inline-start: auto;
  }
  .scale {
    position: relative;
    height: 40px;
  }
  input[type='range'] {
    display: block;
    width: 100%;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  /* Ticks and year labels under the thumb's centre at each value (--at: 0 to 1 along the range). */
  .tick,
  .mark {
    position: absolute;
    left: calc(var(--_thumb) / 2 + (100% - var(--_thumb)) * var(--at));
    transform: translateX(-50%);
  }
  .tick {
    top: 22px;
    width: 2px;
    height: 6px;
    background: var(--_muted);
  }
  .tick.all {
    background: var(--_accent);
    height: 8px;
  }
  .mark {
    top: 24px;
    font-size: 11px;
    line-height: 1;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    padding-top: 6px;
  }
  .mark.first {
    transform: none;
    left: 0;
  }
  .mark.all {
    transform: none;
    left: auto;
    right: 0;
  }
  h2 {
    font-size: 13px;
    font-weight: 600;
    margin: 4px 0 2px;
  }
  .key {
    font-weight: 400;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 10px;
    margin-inline: 4px 3px;
    vertical-align: -1px;
    border: 3px solid var(--_added);
    border-radius: 3px;
  }
  ul {
    margin: 0;
    padding-inline-start: 18px;
    font-size: 13px;
    overflow-y: auto;
    min-height: 0;
  }
  .note {
    margin: 0;
    font-size: 13px;
    color: var(--_muted);
  }
`;
