import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** One design language for the three apps: system fonts (nothing to download), AA contrast. */
export const massarTheme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above the 4.5:1 contrast ratio.
  primaryShade: { light: 8, dark: 6 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
  headings: { fontFamily: 'inherit' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
});

/** Mantine's default "dimmed" grey is below 4.5:1 on white; use a darker one. */
export const massarCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
