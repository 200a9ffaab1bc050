import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Locale } from '../i18n/messages';

export interface ThemeChoice {
  mode: 'light' | 'dark';
  primaryColor?: string;
  locale: Locale;
  /**
   * Where dialogs and menus mount. Inside a shadow root they must stay inside it, or they
   * would render into the host's <body> without the editor's styles.
   */
  portalContainer?: HTMLElement;
}

// Datafor's console blue, used when the host gives no colour.
const DATAFOR_BLUE = '#1f6fd6';

export function buildTheme({ mode, primaryColor, locale, portalContainer }: ThemeChoice): Theme {
  const portal = portalContainer ? { defaultProps: { container: portalContainer } } : undefined;
  return createTheme(
    {
      palette: {
        mode,
        primary: { main: primaryColor ?? (mode === 'dark' ? '#6ea8ff' : DATAFOR_BLUE) },
        ...(mode === 'light' ? { background: { default: '#f4f6f9' } } : {}),
      },
      typography: {
        fontFamily:
          'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
        h1: { fontSize: '1.25rem', fontWeight: 600 },
        h2: { fontSize: '1.05rem', fontWeight: 600 },
      },
      shape: { borderRadius: 6 },
      components: {
        ...(portal ? { MuiPopover: portal, MuiPopper: portal, MuiModal: portal } : {}),
        MuiTextField: { defaultProps: { size: 'small' } },
        MuiButtonBase: {
          styleOverrides: {
            // Keyboard users must always see where they are, also on dark backgrounds.
            root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 } },
          },
        },
      },
    },
    locale === 'zh-CN' ? zhCN : enUS,
  );
}
