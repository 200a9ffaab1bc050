/**
 * Bilingual strings without a library: each feature folder keeps its own `messages.ts`
 * made with `defineMessages`, where every entry must carry both languages (a missing
 * translation is a type error, not a runtime surprise). This file has no React in it so the
 * domain layer (shared with the server) can use it; `i18n.tsx` adds the React context.
 *
 * The production build ships only English with each entry: `chinese-chunk-plugin.ts` moves
 * every literal `zh` into one chunk, `./chinese.ts`, loaded by `loadLocale('zh-CN')`. Read an
 * entry's Chinese through `translate` or `chineseOf`, never as `entry.zh`.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type Translation = { en: string; zh: string };
export type MessageTable = Record<string, Translation>;

export function defineMessages<const M extends MessageTable>(messages: M): M {
  return messages;
}

/** Fills `{name}` placeholders. Unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in vars ? String(vars[key]) : whole,
  );
}

/** Defined (true) by the build that moves the Chinese strings into their own chunk. */
declare const __DATAFOR_CHINESE_APART__: boolean | undefined;
const CHINESE_APART = typeof __DATAFOR_CHINESE_APART__ !== 'undefined' && __DATAFOR_CHINESE_APART__;

/** Chinese by English text, once `./chinese.ts` is loaded. */
let chineseByEnglish: Readonly<Record<string, string>> | undefined;
let chineseLoading: Promise<void> | undefined;

/** Whether `locale`'s strings are at hand, so a render in it shows no stand-in English. */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || !CHINESE_APART || chineseByEnglish !== undefined;
}

/** Fetches `locale`'s strings once; a failed fetch is forgotten, so the next call tries again. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  chineseLoading ??= import('./chinese').then(
    (module) => {
      chineseByEnglish = module.default;
    },
    (error: unknown) => {
      chineseLoading = undefined;
      throw error;
    },
  );
  return chineseLoading;
}

/** The entry's Chinese; its English until the Chinese chunk is loaded. */
export function chineseOf(entry: Translation): string {
  // In the built app `zh` is absent from most entries (see the file comment), whatever the type says.
  return (entry.zh as string | undefined) ?? chineseByEnglish?.[entry.en] ?? entry.en;
}

export function translate(entry: Translation, locale: Locale, vars?: Record<string, string | number>): string {
  return interpolate(locale === 'zh-CN' ? chineseOf(entry) : entry.en, vars);
}

/** Picks the locale from an explicit choice, then the browser's languages. */
export function resolveLocale(requested?: string | null, browserLanguages: readonly string[] = []): Locale {
  const candidates = [requested, ...browserLanguages].filter((l): l is string => !!l);
  for (const c of candidates) {
    const lower = c.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
