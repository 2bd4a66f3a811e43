/**
 * The one definition of the widget's colours, for the light and the dark theme. The CSS
 * defaults of the panels are generated from it (styles/tokens.ts), and the canvas, which cannot
 * see CSS, gets the same values, overridden by whatever `--gov-*` custom properties the host
 * page sets (themeFromProperties).
 */
export interface Theme {
  /** Background of the diagram and the frame. */
  background: string;
  /** Background of bars and panels. */
  surface: string;
  text: string;
  mutedText: string;
  /** Borders of the frame, buttons and panels. */
  border: string;
  /** Links, switches and the current tab. */
  accent: string;
  /** Text on accent-coloured backgrounds. */
  accentText: string;
  focusRing: string;
  /** Error headings. */
  danger: string;
  /** Border of the selected body. */
  selection: string;
  /** The chain of command above the selection. */
  chainHighlight: string;
  /** What the selection oversees. */
  subordinateHighlight: string;
  /** A path between two bodies. */
  pathHighlight: string;
  /** Bodies and lines new in the year shown (at least 3:1 against the background). */
  addedHighlight: string;
  fontFamily: string;
  /** Node fill lightness: light themes draw pale fills with dark text, dark themes the reverse. */
  mode: 'light' | 'dark';
}

/** Theme keys that hold a colour (what the paint table may name). */
export type ThemeColor = Exclude<keyof Theme, 'mode' | 'fontFamily'>;

export const FONT_STACK = '"Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "DejaVu Sans", sans-serif';

const light = {
  background: '#ffffff',
  surface: '#f5f7fa',
  text: '#1b2430',
  mutedText: '#5b6675',
  border: '#d5dbe3',
  accentText: '#ffffff',
  danger: '#b42318',
  selection: '#d4380d',
  chainHighlight: '#0b5cad',
  subordinateHighlight: '#2f7d32',
  pathHighlight: '#b5179e',
  addedHighlight: '#5c940d',
} as const;

const dark = {
  background: '#14181f',
  surface: '#1d232c',
  text: '#e8edf3',
  mutedText: '#a3adba',
  border: '#36404d',
  accentText: '#0b1420',
  danger: '#ff7875',
  selection: '#ff7a45',
  chainHighlight: '#69b1ff',
  subordinateHighlight: '#73d13d',
  pathHighlight: '#f759ab',
  addedHighlight: '#a9e34b',
} as const;

// Links and switches share the chain's blue, and the focus ring the selection's orange, so that
// "where am I" reads the same in the panels and on the diagram.
export const LIGHT_THEME: Theme = {
  ...light,
  accent: light.chainHighlight,
  focusRing: light.selection,
  fontFamily: FONT_STACK,
  mode: 'light',
};

export const DARK_THEME: Theme = {
  ...dark,
  accent: dark.chainHighlight,
  focusRing: dark.selection,
  fontFamily: FONT_STACK,
  mode: 'dark',
};

/** The custom property a host page sets to override each theme value. */
export const THEME_PROPERTIES: Record<Exclude<keyof Theme, 'mode'>, `--gov-${string}`> = {
  background: '--gov-background',
  surface: '--gov-surface',
  text: '--gov-text',
  mutedText: '--gov-muted-text',
  border: '--gov-border',
  accent: '--gov-accent',
  accentText: '--gov-accent-text',
  focusRing: '--gov-focus-ring',
  danger: '--gov-danger',
  selection: '--gov-selection',
  chainHighlight: '--gov-chain',
  subordinateHighlight: '--gov-subordinate',
  pathHighlight: '--gov-path',
  addedHighlight: '--gov-added',
  fontFamily: '--gov-font-family',
};

/** Overrides `base` with whatever custom properties `read` returns non-empty. */
export function themeFromProperties(base: Theme, read: (property: string) => string): Theme {
  const theme: Theme = { ...base };
  for (const [key, property] of Object.entries(THEME_PROPERTIES) as [keyof typeof THEME_PROPERTIES, string][]) {
    const value = read(property).trim();
    if (value) theme[key] = value;
  }
  return theme;
}
