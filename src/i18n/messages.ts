/**
 * Bilingual strings without a library: each feature folder keeps its own `messages.ts`
 * made with `defineMessages`, where every entry must carry both languages (a missing
 * translation is a type error, not a runtime surprise). This file has no React in it so the
 * domain layer (shared with the server) can use it; `i18n.tsx` adds the React context.
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

export function translate(entry: Translation, locale: Locale, vars?: Record<string, string | number>): string {
  return interpolate(locale === 'zh-CN' ? entry.zh : entry.en, vars);
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
