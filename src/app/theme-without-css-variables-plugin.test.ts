import { describe, expect, it } from 'vitest';
import { createTheme } from '@mui/material/styles';
import { isCssVariablesThemeImport } from './theme-without-css-variables-plugin';
import { buildTheme } from './theme';

describe('leaving out CSS-variables themes', () => {
  it('stubs only createTheme.mjs importing the CSS-variables builder', () => {
    const createThemeFile = '/app/node_modules/@mui/material/styles/createTheme.mjs';
    expect(isCssVariablesThemeImport('./createThemeWithVars.mjs', createThemeFile)).toBe(true);
    expect(isCssVariablesThemeImport('./createThemeWithVars.mjs', 'C:\\app\\node_modules\\@mui\\material\\styles\\createTheme.mjs')).toBe(true);
    // extendTheme, or anything else importing it, keeps the real one.
    expect(isCssVariablesThemeImport('./createThemeWithVars.mjs', '/app/node_modules/@mui/material/styles/index.mjs')).toBe(false);
    expect(isCssVariablesThemeImport('./createThemeNoVars.mjs', createThemeFile)).toBe(false);
    expect(isCssVariablesThemeImport('./createThemeWithVars.mjs', undefined)).toBe(false);
  });

  it('every theme the app builds has no CSS variables, so it never needs the builder the build leaves out', () => {
    for (const mode of ['light', 'dark'] as const) {
      for (const choice of [{ mode }, { mode, dialogsInVisibleBand: true, htmlFontSize: 10, primaryColor: '#336699' }]) {
        const theme = buildTheme(choice);
        expect(theme.palette.mode).toBe(mode);
        // A CSS-variables theme carries `vars` and `cssVariables`; createThemeNoVars makes neither.
        expect(theme).not.toHaveProperty('vars');
        expect(theme).not.toHaveProperty('cssVariables');
      }
    }
    // MUI's default theme, which every styled component falls back to.
    expect(createTheme()).not.toHaveProperty('vars');
    // And asking for CSS variables is what would reach it.
    expect(createTheme({ cssVariables: true })).toHaveProperty('vars');
  });
});
