import { css } from 'lit';

export const layoutStyles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 420px;
    /* Its border inside its height, so height: 100% fills a container without overflowing it. */
    box-sizing: border-box;
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    isolation: isolate;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * A host page's rules reach the element itself (think * { font: 30px serif !important }) and
   * everything it inherits from it. The frame starts from initial values and sets its own, so
   * nothing inherited from the page leaks into the widget.
   */
  .frame,
  .status,
  .error-frame {
    all: initial;
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
    color: var(--_text);
  }
  .frame {
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(260px, 340px);
    grid-template-rows: auto minmax(0, 1fr) auto;
    grid-template-areas:
      'header header'
      'canvas aside'
      'footer footer';
  }
  header {
    grid-area: header;
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 8px 12px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
    flex-wrap: wrap;
  }
  header h1 {
    font-size: 16px;
    margin: 0;
    flex: 1 1 120px;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  header gov-search {
    flex: 0 1 280px;
    min-width: 140px;
  }
  header .tools {
    display: flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  header .tools + gov-export-menu {
    margin-inline-start: -6px;
  }
  /*
   * The drawing fills the stage above the warning bar, which takes its own room at the foot rather
   * than lying over the drawing: the first view and Fit then frame what the reader can see, and
   * folding the bar away gives the room back (the canvas re-frames on the resize).
   */
  .stage {
    grid-area: canvas;
    position: relative;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  gov-canvas {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  .stage:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  aside {
    grid-area: aside;
    border-inline-start: 1px solid var(--_border);
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--_bg);
  }
  [role='tablist'] {
    display: flex;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    flex: 1;
    border: none;
    border-radius: 0;
    background: none;
    padding: 8px 4px;
    border-bottom: 3px solid transparent;
    color: var(--_muted);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  [role='tabpanel'] {
    overflow: auto;
    padding: 12px 14px;
    flex: 1;
    min-height: 0;
  }
  footer {
    grid-area: footer;
    border-top: 1px solid var(--_border);
    padding: 6px 12px;
    background: var(--_surface);
  }
  footer:empty {
    display: none;
  }
  .tooltip {
    position: absolute;
    z-index: 4;
    transform: translateX(-50%);
    max-width: 280px;
    padding: 6px 9px;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    font-size: 12px;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: var(--_shadow);
  }
  .tooltip span {
    display: block;
    opacity: 0.85;
  }
  .error-frame {
    position: absolute;
    inset: 0;
    overflow: auto;
  }
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
  }
  progress {
    width: 200px;
  }
  /* A large model's phase, over the drawing being replaced or drawn; clicks go through to it. */
  .status.over-drawing {
    inset: auto 0 16px;
    pointer-events: none;
  }
  .over-drawing .phase {
    padding: 8px 14px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .phase p {
    margin: 0 0 4px;
  }
  .phase .step {
    font-size: 12px;
  }
  /*
   * The panel starts folded, so that the first view gives the whole width to the org chart; a
   * selection (or the Panel button) unfolds it beside the drawing, or below it on narrow widths.
   */
  @container (min-width: 641px) {
    .frame:not(.panel-open) {
      grid-template-columns: minmax(0, 1fr) 0;
    }
    .frame:not(.panel-open) aside {
      display: none;
    }
  }
  @container (max-width: 640px) {
    .frame {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto;
      grid-template-areas: 'header' 'canvas' 'aside' 'footer';
    }
    header gov-search {
      flex: 1 1 100%;
      order: 4;
    }
    /* One row of buttons that scrolls sideways, rather than three rows taking the drawing's room. */
    header .tools {
      flex: 1 1 100%;
      flex-wrap: nowrap;
      overflow-x: auto;
      scrollbar-width: thin;
    }
    header .tools > * {
      flex: none;
    }
    header .tools {
      order: 3;
    }
    /* Beside the title, so that they cost no row of their own; Export last, so its menu opens leftwards
       within the widget, and outside the scrolling row, which would cut the menu off. */
    .panel-toggle {
      order: 1;
    }
    gov-export-menu {
      order: 2;
    }

    .frame.panel-open {
      grid-template-rows: auto minmax(0, 1fr) minmax(0, 1.2fr) auto;
    }
    aside {
      border-inline-start: none;
      border-top: 1px solid var(--_border);
    }
    aside.collapsed [role='tabpanel'] {
      display: none;
    }
  }
`;
