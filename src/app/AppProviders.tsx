/**
 * Everything the editor needs around it, the same for the standalone page, the iframe page
 * and the mounted module: runtime config, language, theme, server-state cache and session.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import ScopedCssBaseline from '@mui/material/ScopedCssBaseline';
// The provider MUI's own ThemeProvider hands a theme without CSS variables to (ours, see
// theme.ts); MUI's also carries the CSS-variables provider, 3 KB gzip of the first load unused.
import { GlobalStyles, ThemeProvider } from '@mui/system';
import useMediaQuery from '@mui/material/useMediaQuery';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiClientProvider } from '../api/ApiClientProvider';
import { createApiClient, isDataforError, type ApiClient } from '../api/client';
import { LocaleProvider, useLoadedLocale } from '../i18n/i18n';
import { resolveLocale, type Locale } from '../i18n/messages';
import type { EditorConfig } from './config';
import { SessionProvider } from './session';
import { createEditorStyleCache } from './emotion-cache';
import { AUTOFILL_KEYFRAMES, buildTheme } from './theme';

const MAX_NETWORK_RETRIES = 2;

export function createEditorQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only a dropped connection is worth retrying; a 4xx or a refusal will not change.
        retry: (failureCount, error) => isDataforError(error) && error.kind === 'network' && failureCount < MAX_NETWORK_RETRIES,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

const ConfigContext = createContext<EditorConfig | null>(null);

export function useEditorConfig(): EditorConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useEditorConfig must be used inside <AppProviders>');
  return config;
}

interface LocaleControl {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleControlContext = createContext<LocaleControl | null>(null);

export function useLocaleControl(): LocaleControl {
  const control = useContext(LocaleControlContext);
  if (!control) throw new Error('useLocaleControl must be used inside <AppProviders>');
  return control;
}

const LOCALE_STORAGE_KEY = 'datafor-editor.locale';

function rememberedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be blocked (sandboxed iframes, privacy modes); the choice then lasts the visit.
  }
}

export interface AppProvidersProps {
  config: EditorConfig;
  /** The page may create these before its first render (to prefetch); else one of each per mount. */
  queryClient?: QueryClient;
  apiClient?: ApiClient;
  /** Where emotion writes its <style> tags: the shadow root for the mounted module. */
  styleContainer?: Node;
  /** Where dialogs and menus mount (inside the shadow root for the mounted module). */
  portalContainer?: HTMLElement;
  /** Embedded in a host page: no global CSS reset. */
  scoped?: boolean;
  /** Remember the user's language switch for the next visit (standalone page only). */
  rememberLanguage?: boolean;
  /** The iframe page: dialogs open in the part of the frame the host shows. */
  dialogsInVisibleBand?: boolean;
  children: ReactNode;
}

export function AppProviders({
  config,
  queryClient,
  apiClient,
  styleContainer,
  portalContainer,
  scoped = false,
  rememberLanguage = false,
  dialogsInVisibleBand = false,
  children,
}: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createEditorQueryClient());
  // Created once per mount from the configuration it was mounted with.
  const [api] = useState(() => apiClient ?? createApiClient({ apiBase: config.apiBase }));
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });

  const wantedLocale: Locale =
    chosenLocale ??
    (config.locale ? config.locale : resolveLocale(rememberLanguage ? rememberedLocale() : null, navigator.languages));
  // Chinese strings are fetched on demand (src/i18n/messages.ts): nothing renders before the
  // first language is here, and a switch shows the old language until the new one is.
  const loadedLocale = useLoadedLocale(wantedLocale);
  const locale = loadedLocale ?? wantedLocale;

  const localeControl = useMemo<LocaleControl>(
    () => ({
      locale,
      setLocale: (next) => {
        setChosenLocale(next);
        if (rememberLanguage) rememberLocale(next);
      },
    }),
    [locale, rememberLanguage],
  );

  const mode = config.theme === 'dark' || (config.theme !== 'light' && prefersDark) ? 'dark' : 'light';
  const [hostFontSize] = useState(() => (scoped ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 : undefined));
  const theme = useMemo(
    () =>
      buildTheme({ mode, primaryColor: config.primaryColor, portalContainer, dialogsInVisibleBand, htmlFontSize: hostFontSize }),
    [mode, config.primaryColor, portalContainer, dialogsInVisibleBand, hostFontSize],
  );

  const emotionCache = useMemo(() => createEditorStyleCache(styleContainer), [styleContainer]);

  useEffect(() => {
    if (!scoped) document.documentElement.lang = locale;
  }, [locale, scoped]);

  const Baseline = scoped ? ScopedCssBaseline : null;
  if (loadedLocale === null) return null;

  return (
    <ConfigContext.Provider value={config}>
      <LocaleControlContext.Provider value={localeControl}>
        <LocaleProvider locale={locale}>
          <CacheProvider value={emotionCache}>
            <ThemeProvider theme={theme}>
              <GlobalStyles styles={AUTOFILL_KEYFRAMES} />
              <QueryClientProvider client={client}>
                <ApiClientProvider client={api}>
                  <SessionProvider>
                    {Baseline ? (
                      <Baseline lang={locale} sx={{ minHeight: '100%' }}>
                        {children}
                      </Baseline>
                    ) : (
                      <>
                        <CssBaseline enableColorScheme />
                        {children}
                      </>
                    )}
                  </SessionProvider>
                </ApiClientProvider>
              </QueryClientProvider>
            </ThemeProvider>
          </CacheProvider>
        </LocaleProvider>
      </LocaleControlContext.Provider>
    </ConfigContext.Provider>
  );
}
