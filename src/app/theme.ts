import { createTheme, type Theme } from '@mui/material/styles';
import { BODY_FONT_FAMILY, MONOSPACE_FONT_FAMILY } from './fonts';

export interface ThemeChoice {
  mode: 'light' | 'dark';
  primaryColor?: string;
  /**
   * Where dialogs and menus mount. Inside a shadow root they must stay inside it, or they
   * would render into the host's <body> without the editor's styles.
   */
  portalContainer?: HTMLElement;
  /**
   * In an iframe sized to its content, a dialog centred in the frame can sit far outside the
   * part the host shows. The iframe page keeps the visible band in CSS variables; dialogs use it.
   */
  dialogsInVisibleBand?: boolean;
  /**
   * The host page's root font size: MUI sizes text in rem, so a host with `html { font-size:
   * 10px }` would shrink a mounted editor unless the theme compensates.
   */
  htmlFontSize?: number;
}

declare module '@mui/material/styles' {
  interface TypographyVariants {
    /**
     * Code-like values (option names, URLs, pool parameter names, review values): one font list
     * for all. In `sx`, `fontFamily: 'fontFamilyMonospace'` resolves to it (sx looks fontFamily
     * values up in theme.typography); styled components and inline styles read it from the theme.
     */
    fontFamilyMonospace: string;
  }
  interface TypographyVariantsOptions {
    fontFamilyMonospace?: string;
  }
}

// MUI's own names (InputBase): its inputs tell autofill from these animations' start events.
const AUTOFILL = 'mui-auto-fill';
const AUTOFILL_CANCEL = 'mui-auto-fill-cancel';

/**
 * The autofill keyframes every MUI input otherwise injects for itself, for one GlobalStyles at
 * the root. Non-empty, as MUI writes them: Emotion's production build drops empty keyframes.
 */
export const AUTOFILL_KEYFRAMES = {
  [`@keyframes ${AUTOFILL}`]: { from: { animationName: AUTOFILL } },
  [`@keyframes ${AUTOFILL_CANCEL}`]: { from: { animationName: AUTOFILL_CANCEL } },
};

export const VISIBLE_TOP_VAR = '--datafor-visible-top';
export const VISIBLE_HEIGHT_VAR = '--datafor-visible-height';

// Close to Datafor's console blue, dark enough for 4.5:1 text contrast on the light header.
const DATAFOR_BLUE = '#1565c0';

export function buildTheme({ mode, primaryColor, portalContainer, dialogsInVisibleBand, htmlFontSize }: ThemeChoice): Theme {
  const portal = portalContainer ? { defaultProps: { container: portalContainer } } : undefined;
  return createTheme(
    {
      palette: {
        mode,
        // MUI's default threshold (3) puts white text on orange warning buttons at 3.1:1; WCAG AA
        // asks 4.5:1 for normal-size text, so let MUI pick dark text wherever white falls short.
        contrastThreshold: 4.5,
        primary: { main: primaryColor ?? (mode === 'dark' ? '#6ea8ff' : DATAFOR_BLUE) },
        ...(mode === 'light' ? { background: { default: '#f4f6f9' } } : {}),
      },
      typography: {
        ...(htmlFontSize ? { htmlFontSize } : {}),
        fontFamily: BODY_FONT_FAMILY,
        fontFamilyMonospace: MONOSPACE_FONT_FAMILY,
        h1: { fontSize: '1.25rem', fontWeight: 600 },
        h2: { fontSize: '1.05rem', fontWeight: 600 },
        // Datafor's console writes buttons in sentence case; capitals also garble mixed-language labels.
        button: { textTransform: 'none', fontWeight: 600 },
      },
      shape: { borderRadius: 6 },
      components: {
        ...(portal ? { MuiPopover: portal, MuiPopper: portal, MuiModal: portal } : {}),
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiFormHelperText: {
          styleOverrides: {
            // Read-only mode disables every field, but its help still explains the field (e.g. how
            // the password is kept): keep it readable instead of MUI's faint disabled grey.
            root: ({ theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }),
          },
        },
        ...(dialogsInVisibleBand
          ? {
              MuiDialog: {
                styleOverrides: {
                  root: {
                    top: `var(${VISIBLE_TOP_VAR}, 0px)`,
                    bottom: 'auto',
                    height: `var(${VISIBLE_HEIGHT_VAR}, 100%)`,
                  },
                },
              },
            }
          : {}),
        // MUI's inputs each mount a global style sheet of two autofill keyframes: 30-odd <style>
        // elements (and their CSS work) in the first render of a form, all alike. The keyframes
        // are injected once for the whole app instead (AUTOFILL_KEYFRAMES, AppProviders.tsx), and
        // the animations that let an input notice the browser's autofill stay as MUI sets them.
        MuiInputBase: {
          defaultProps: { disableInjectingGlobalStyles: true },
          styleOverrides: {
            input: {
              animationName: AUTOFILL_CANCEL,
              animationDuration: '10ms',
              '&:-webkit-autofill': { animationDuration: '5000s', animationName: AUTOFILL },
            },
          },
        },
        MuiButtonBase: {
          styleOverrides: {
            // Keyboard users must always see where they are, also on dark backgrounds.
            root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 } },
          },
        },
      },
    },
    // No MUI locale pack: none of the components it translates (pagination, autocomplete,
    // rating, breadcrumbs, closable alerts) is used, and its zh-CN pack builds an
    // Intl.NumberFormat while the bundle loads (~13 ms before the first render).
  );
}
