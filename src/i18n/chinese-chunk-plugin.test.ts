import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chineseChunk, chineseDictionary, findChineseEntries, stripChinese } from './chinese-chunk-plugin';
import type * as Messages from './messages';

const strip = (code: string, dictionary = chineseDictionary([{ code, filename: 'm.ts' }])) =>
  stripChinese(code, 'm.ts', dictionary);

describe('stripChinese', () => {
  it('takes out each literal zh wherever it stands, leaving valid code with everything else in place', () => {
    const code = [
      'export const m = {',
      "  last: { en: 'Save', zh: '保存' },",
      "  first: { zh: '删除', en: 'Delete' },",
      "  middle: { en: 'Close', zh: `关闭`, hint: 'x' },",
      '  multiline: {',
      "    en: 'Sign in',",
      "    zh: '登录',",
      '  },',
      '};',
    ].join('\n');
    const stripped = strip(code);
    expect(stripped).toBeDefined();
    expect(stripped).not.toMatch(/zh|保存|删除|关闭|登录/);
    expect(stripped).toHaveLength(code.length);
    expect(stripped?.split('\n').map((line) => line.length)).toEqual(code.split('\n').map((line) => line.length));
    // Still one object with the same English, parsed by the same parser the build uses.
    expect(findChineseEntries(stripped ?? '', 'm.ts')).toEqual([]);
    expect(stripped).toContain("last: { en: 'Save'");
    expect(stripped).toMatch(/first: \{ +en: 'Delete' \}/);
    expect(stripped).toMatch(/middle: \{ en: 'Close', +hint: 'x' \}/);
  });

  it('leaves alone entries built at run time and English with two Chinese renderings', () => {
    const code = [
      "const a = { en: 'Open', zh: '打开' };",
      "const b = { en: 'Open', zh: '开启' };",
      'const c = (v: string) => ({ en: v, zh: v });',
      "const d = { en: 'Copy', zh: '复制' };",
    ].join('\n');
    const dictionary = chineseDictionary([{ code, filename: 'm.ts' }]);
    expect([...dictionary]).toEqual([['Copy', '复制']]);
    const stripped = strip(code, dictionary);
    expect(stripped).toContain("'打开'");
    expect(stripped).toContain("'开启'");
    expect(stripped).toContain('zh: v');
    expect(stripped).not.toContain('复制');
  });

  it('returns undefined when there is nothing to take out', () => {
    expect(strip("const x = { en: 'Only English' };")).toBeUndefined();
  });
});

describe('a build with the plugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'chinese-chunk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('ships English in the entry chunk and reaches the Chinese through loadLocale', async () => {
    const src = join(root, 'src');
    mkdirSync(join(src, 'i18n'), { recursive: true });
    mkdirSync(join(src, 'feature'), { recursive: true });
    // The real runtime; a feature's messages and an entry as the app writes them.
    for (const file of ['messages.ts', 'chinese.ts']) copyFileSync(join(import.meta.dirname, file), join(src, 'i18n', file));
    writeFileSync(
      join(src, 'feature', 'messages.ts'),
      "import { defineMessages } from '../i18n/messages';\n" +
        "export const featureMessages = defineMessages({ save: { en: 'Save {name}', zh: '保存{name}' }, close: { en: 'Close', zh: '关闭' } });\n",
    );
    writeFileSync(
      join(src, 'main.ts'),
      "export { isLocaleLoaded, loadLocale, translate } from './i18n/messages';\nexport { featureMessages } from './feature/messages';\n",
    );
    const outDir = join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [chineseChunk(src)],
      build: { outDir, minify: false, lib: { entry: join(src, 'main.ts'), formats: ['es'], fileName: () => 'main.js' } },
    });

    const entrySource = readFileSync(join(outDir, 'main.js'), 'utf8');
    expect(entrySource).toContain('Save {name}');
    expect(entrySource).not.toMatch(/保存|关闭/);
    const others = readdirSync(outDir).filter((file) => file !== 'main.js' && /\.m?js$/.test(file));
    expect(others.some((file) => readFileSync(join(outDir, file), 'utf8').includes('保存{name}'))).toBe(true);

    type Built = typeof Messages & { featureMessages: { save: { en: string; zh: string }; close: { en: string; zh: string } } };
    const built = (await import(pathToFileURL(join(outDir, 'main.js')).href)) as Built;
    const { featureMessages: m } = built;
    expect(built.isLocaleLoaded('en')).toBe(true);
    expect(built.isLocaleLoaded('zh-CN')).toBe(false);
    expect(built.translate(m.save, 'en', { name: 'pg' })).toBe('Save pg');
    await built.loadLocale('zh-CN');
    expect(built.isLocaleLoaded('zh-CN')).toBe(true);
    expect(built.translate(m.save, 'zh-CN', { name: 'pg' })).toBe('保存pg');
    expect(built.translate(m.close, 'zh-CN')).toBe('关闭');
  });
});
