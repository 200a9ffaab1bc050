import { describe, expect, it } from 'vitest';
import { interpolate, resolveLocale, translate } from './messages';

describe('i18n', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Saved {name} in {ms} ms {x}', { name: 'pg', ms: 12 })).toBe('Saved pg in 12 ms {x}');
  });
  it('translates into both languages', () => {
    const entry = { en: 'Save', zh: '保存' };
    expect(translate(entry, 'en')).toBe('Save');
    expect(translate(entry, 'zh-CN')).toBe('保存');
  });
  it('prefers the explicit locale, then the browser, then English', () => {
    expect(resolveLocale('zh', ['en-US'])).toBe('zh-CN');
    expect(resolveLocale(undefined, ['fr-FR', 'zh-TW'])).toBe('zh-CN');
    expect(resolveLocale(null, ['fr-FR'])).toBe('en');
    expect(resolveLocale('en-GB', ['zh-CN'])).toBe('en');
  });
});
