/**
 * Vite build plugin: leaves MUI's CSS-variables theme builder out of the bundle (about 4.4 KB
 * gzip of the first load, issue 10.7).
 *
 * `createTheme` from '@mui/material/styles' builds a CSS-variables theme only when asked to
 * (`cssVariables`), but imports that builder either way, and every styled component imports
 * `createTheme` for MUI's default theme. Nothing here asks for CSS variables: buildTheme
 * (theme.ts) passes a palette and no `cssVariables` or `colorSchemes`, and MUI's default theme
 * passes nothing, and for both createTheme returns `createThemeNoVars(…)` before reaching that
 * builder. So in the build, the one import of it from createTheme.mjs is answered by a stub
 * that says what happened if it is ever called. Tests and `npm run dev` use MUI unchanged.
 *
 * Build-time code: it runs in Node inside Vite and never reaches the browser.
 */
import type { Plugin } from 'vite';

const STUB_ID = '\0datafor:no-css-variables-theme';
const STUB = `export default function createThemeWithVars() {
  throw new Error('This build leaves out CSS-variables themes (src/app/theme-without-css-variables-plugin.ts): createTheme was asked for one.');
}
`;

/** Whether this import is createTheme.mjs importing the CSS-variables builder beside it. */
export function isCssVariablesThemeImport(source: string, importer: string | undefined): boolean {
  return source === './createThemeWithVars.mjs' && importer !== undefined && /[\\/]@mui[\\/]material[\\/]styles[\\/]createTheme\.mjs$/.test(importer);
}

export function themeWithoutCssVariables(): Plugin {
  return {
    name: 'datafor-theme-without-css-variables',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return isCssVariablesThemeImport(source, importer) ? STUB_ID : null;
    },
    load(id) {
      return id === STUB_ID ? STUB : null;
    },
  };
}
