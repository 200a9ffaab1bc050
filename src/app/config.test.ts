import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, EditorConfigError, parseEditorConfig, readPageConfig } from './config';

describe('parseEditorConfig', () => {
  it('defaults to the same origin and nobody trusted', () => {
    expect(parseEditorConfig(undefined)).toEqual(DEFAULT_CONFIG);
  });

  it('accepts a context path, origins, locale, theme and colour, trimming trailing slashes', () => {
    expect(
      parseEditorConfig({
        apiBase: '/datafor/',
        trustedOrigins: ['https://console.example.com/', 'http://127.0.0.1:8081'],
        locale: 'zh-CN',
        theme: 'dark',
        primaryColor: '#1d6fdc',
      }),
    ).toEqual({
      apiBase: '/datafor',
      trustedOrigins: ['https://console.example.com', 'http://127.0.0.1:8081'],
      locale: 'zh-CN',
      theme: 'dark',
      primaryColor: '#1d6fdc',
    });
  });

  it('accepts a full origin as API base', () => {
    expect(parseEditorConfig({ apiBase: 'https://bi.example.com:28080/datafor' }).apiBase).toBe(
      'https://bi.example.com:28080/datafor',
    );
  });

  it.each([
    [{ apiBase: 'javascript:alert(1)' }, 'apiBase'],
    [{ apiBase: '//evil.example.com' }, 'apiBase'],
    [{ apiBase: 'datafor' }, 'apiBase'],
    [{ trustedOrigins: ['*'] }, 'trustedOrigins.0'],
    [{ trustedOrigins: ['https://a.example.com/path'] }, 'trustedOrigins.0'],
    [{ locale: 'fr' }, 'locale'],
    [{ theme: 'blue' }, 'theme'],
    [{ primaryColor: 'red; background: url(x)' }, 'primaryColor'],
  ])('refuses %j naming the field', (raw, field) => {
    expect(() => parseEditorConfig(raw)).toThrowError(EditorConfigError);
    expect(() => parseEditorConfig(raw)).toThrowError(field);
  });

  it('lets later sources override earlier ones only where they say something', () => {
    const page = parseEditorConfig({ apiBase: '/datafor', theme: 'dark' });
    expect(parseEditorConfig({ theme: 'light' }, page)).toEqual({ apiBase: '/datafor', trustedOrigins: [], theme: 'light' });
  });
});

describe('readPageConfig', () => {
  const pageWith = (content: string | null) =>
    ({
      querySelector: (selector: string) =>
        content === null || selector !== 'meta[name="datafor-editor-config"]' ? null : { content },
    }) as unknown as Document;

  it('uses the defaults without the meta tag or with an empty one', () => {
    expect(readPageConfig(pageWith(null))).toEqual(DEFAULT_CONFIG);
    expect(readPageConfig(pageWith('  '))).toEqual(DEFAULT_CONFIG);
  });

  it('reads the JSON of the meta tag', () => {
    expect(readPageConfig(pageWith('{"apiBase": "/datafor", "trustedOrigins": ["https://c.example.com"]}'))).toEqual({
      apiBase: '/datafor',
      trustedOrigins: ['https://c.example.com'],
    });
  });

  it('says the tag is not JSON instead of silently using defaults', () => {
    expect(() => readPageConfig(pageWith('{apiBase: /datafor}'))).toThrowError(/not JSON/);
  });
});
