/**
 * Colours the canvas needs. Canvas drawing cannot see CSS, so the element reads these from its
 * `--gov-*` custom properties once per theme change and hands them to the style builder.
 */
export interface Theme {
  background: string;
  text: string;
  mutedText: string;
  nodeBorder: string;
  selection: string;
  chainHighlight: string;
  subordinateHighlight: string;
  pathHighlight: string;
  fontFamily: string;
  /** Node fill lightness: light themes draw pale fills with dark text, dark themes the reverse. */
  mode: 'light' | 'dark';
}

export const FONT_STACK = '"Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "DejaVu Sans", sans-serif';

export const LIGHT_THEME: Theme = {
  background: '#ffffff',
  text: '#1b2430',
  mutedText: '#5b6675',
  nodeBorder: '#5b6675',
  selection: '#d4380d',
  chainHighlight: '#0b5cad',
  subordinateHighlight: '#2f7d32',
  pathHighlight: '#b5179e',
  fontFamily: FONT_STACK,
  mode: 'light',
};

export const DARK_THEME: Theme = {
  background: '#14181f',
  text: '#e8edf3',
  mutedText: '#a3adba',
  nodeBorder: '#a3adba',
  selection: '#ff7a45',
  chainHighlight: '#69b1ff',
  subordinateHighlight: '#73d13d',
  pathHighlight: '#f759ab',
  fontFamily: FONT_STACK,
  mode: 'dark',
};

/** The custom property each theme colour is read from. */
export const THEME_PROPERTIES: Record<Exclude<keyof Theme, 'mode'>, string> = {
  background: '--gov-background',
  text: '--gov-text',
  mutedText: '--gov-muted-text',
  nodeBorder: '--gov-node-border',
  selection: '--gov-selection',
  chainHighlight: '--gov-chain',
  subordinateHighlight: '--gov-subordinate',
  pathHighlight: '--gov-path',
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
