import { css } from 'lit';

/**
 * The year slider's own height, whatever the year: the list of changes scrolls inside it, so the
 * slider stays under the pointer from one year to the next. Wide, the changes sit beside the
 * slider (room for the heading and three changes); narrow, below it.
 */
export const TIMELINE_HEIGHT_PX = { wide: 80, narrow: 156 } as const;
/** The width from which the changes sit beside the slider. */
const WIDE_FROM_PX = 640;
/** Chromium's range thumb is 16 px wide: its centre travels from 8 px in to 8 px short of the end. */
const THUMB_PX = 16;

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_thumb: ${THUMB_PX}px;
  }
  .layout {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    height: ${TIMELINE_HEIGHT_PX.narrow}px;
  }
  @container (min-width: ${WIDE_FROM_PX}px) {
    .layout {
      grid-template-rows: minmax(0, 1fr);
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: 24px;
      height: ${TIMELINE_HEIGHT_PX.wide}px;
    }
  }
  .changes {
    display: flex;
    flex-direction: column;
    min-height: 0;
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
  /* The track the thumb's centre travels: from half a thumb in to half a thumb short of the end. */
  .ticks {
    position: absolute;
    top: 22px;
    left: calc(var(--_thumb) / 2);
    width: calc(100% - var(--_thumb));
    height: 8px;
    overflow: visible;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .tick.all {
    stroke: var(--_accent);
  }
  .mark {
    position: absolute;
    top: 30px;
    font-size: 11px;
    line-height: 1;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .mark.first {
    left: 0;
  }
  .mark.all {
    right: 0;
  }
  h2 {
    font-size: 13px;
    font-weight: 600;
    margin: 2px 0;
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
    flex: 1;
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
