/** React side of the bilingual strings: the current locale and `useMessages`. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { isLocaleLoaded, loadLocale, translate, type Locale, type MessageTable, type Translation } from './messages';

export * from './messages';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * The locale to render in: `wanted` once its strings are loaded (see `loadLocale`). Until then
 * the locale shown before stays, so a switch changes every label at once when they are all
 * here; on the first render there is none yet (null). If the strings cannot be fetched, the
 * page stays in (or falls back to) English, and choosing the language again retries.
 */
export function useLoadedLocale(wanted: Locale): Locale | null {
  const ready = isLocaleLoaded(wanted);
  const [shown, setShown] = useState<Locale | null>(ready ? wanted : null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLocale(wanted).then(
      () => live && setShown(wanted),
      () => live && setShown((previous) => previous ?? 'en'),
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready ? wanted : shown;
}

export type Translator<M extends MessageTable> = (key: keyof M, vars?: Record<string, string | number>) => string;

/** `const t = useMessages(editorMessages); t('save')`. */
export function useMessages<M extends MessageTable>(messages: M): Translator<M> {
  const locale = useLocale();
  return useCallback(
    (key: keyof M, vars?: Record<string, string | number>) => translate(messages[key] as Translation, locale, vars),
    [messages, locale],
  );
}
