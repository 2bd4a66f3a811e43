import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DARK_THEME, LIGHT_THEME, type Theme, themeFromProperties } from '../view/theme.js';

/** A theme the host asks for, or null to follow the reader's colour-scheme preference. */
export type ThemeChoice = 'light' | 'dark' | null;

function sameTheme(a: Theme, b: Theme): boolean {
  return (Object.keys(a) as (keyof Theme)[]).every((key) => a[key] === b[key]);
}

/**
 * The theme the canvas draws with: light or dark as the host asks (`choice()`, read on every
 * access, so a changed `theme` attribute is followed), otherwise as the reader prefers, with the
 * `--gov-*` custom properties the page sets on the host laid over it. Canvas drawing cannot see
 * CSS, so the properties are read here: on connection, when the preference or the choice changes.
 *
 * The prefers-color-scheme listener is bound while the host is connected. The same theme object
 * is given back until a value in it changes, so that what is derived from it can be kept.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly choice: () => ThemeChoice;
  private query: MediaQueryList | null = null;
  private value: Theme = LIGHT_THEME;
  /** The choice the value was resolved for; undefined when it must be resolved again. */
  private resolvedFor: ThemeChoice | undefined = undefined;

  constructor(host: ReactiveControllerHost & Element, choice: () => ThemeChoice) {
    this.host = host;
    this.choice = choice;
    host.addController(this);
  }

  /** The resolved theme. */
  get theme(): Theme {
    const choice = this.choice();
    if (choice !== this.resolvedFor) this.resolve(choice);
    return this.value;
  }

  hostConnected(): void {
    this.query = window.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
    this.query?.addEventListener('change', this.onChange);
    // The page may have set other custom properties while the host was away.
    this.resolvedFor = undefined;
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }

  private readonly onChange = (): void => {
    this.resolvedFor = undefined;
    this.host.requestUpdate();
  };

  private resolve(choice: ThemeChoice): void {
    this.resolvedFor = choice;
    const dark = choice === 'dark' || (choice === null && (this.query?.matches ?? false));
    const style = getComputedStyle(this.host);
    const theme = themeFromProperties(dark ? DARK_THEME : LIGHT_THEME, (p) => style.getPropertyValue(p));
    if (!sameTheme(theme, this.value)) this.value = theme;
  }
}
