import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY_FONT_FAMILY } from './fonts';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe("index.html's font warm-up", () => {
  it('lays out the body font stack the theme uses, in the root the app replaces, hidden from everyone', () => {
    const root = indexHtml.slice(indexHtml.indexOf('<div id="root">'), indexHtml.indexOf('</body>'));
    const warmUp = /<div aria-hidden="true" style="position: absolute; visibility: hidden; font-family: ([^"]+)">/.exec(root);
    expect(warmUp?.[1]?.replaceAll('&quot;', '"')).toBe(BODY_FONT_FAMILY);
  });

  it('includes Chinese text marked as such, for the CJK fallback font the language button needs', () => {
    expect(indexHtml).toMatch(/<span lang="zh-CN">中文<\/span>/);
  });
});
