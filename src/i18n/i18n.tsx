/** React side of the bilingual strings: the current locale and `useMessages`. */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { translate, type Locale, type MessageTable, type Translation } from './messages';

export * from './messages';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
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
