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

/**
 * Text of the "light" variants (badges, alert titles) on their pale tint of the same colour.
 * Mantine's shade 6 is below 4.5:1 there for every colour but violet; these are its shade 9,
 * darkened just enough (towards black) to reach 4.8:1 on the tint, its hover tint and white.
 */
const LIGHT_VARIANT_TEXT: Record<string, string> = {
  red: '#c52929', pink: '#a61e4d', grape: '#862e9c', violet: '#5f3dc4', indigo: '#364fc7', blue: '#1864ab',
  cyan: '#0b7285', teal: '#087756', green: '#267937', lime: '#4a760a', yellow: '#a65600', orange: '#bb3e0d',
};

/** Mantine's default "dimmed" grey is below 4.5:1 on white; use a darker one. */
export const massarCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(Object.entries(LIGHT_VARIANT_TEXT).map(([color, text]) => [`--mantine-color-${color}-light-color`, text])),
  },
  dark: {},
});
