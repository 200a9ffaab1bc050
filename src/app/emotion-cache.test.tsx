import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { CacheProvider } from '@emotion/react';
import Button from '@mui/material/Button';
import { createEditorStyleCache, refusedRuleTest } from './emotion-cache';

/** A browser that knows only WebKit's vendor pseudos, as Chromium and Safari do. */
const webkitOnly = (pseudo: string) => pseudo.includes('-webkit-');

function insertedCss(container: HTMLElement): string {
  return [...container.querySelectorAll('style')]
    .map((style) => style.textContent + [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join(''))
    .join('\n');
}

describe('the editor style cache', () => {
  it('leaves out the rules whose selector the browser refuses, and inserts the others', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const cache = createEditorStyleCache(container, webkitOnly);
    render(
      <CacheProvider value={cache}>
        <Button>Save</Button>
      </CacheProvider>,
    );
    const css = insertedCss(container);
    // MUI's ButtonBase writes `&::-moz-focus-inner { border-style: none }`.
    expect(css).not.toContain('-moz-focus-inner');
    expect(css).toMatch(/cursor:\s*pointer/);
    expect(css).toContain('datafor-');
  });

  it('prefixes user-select for Safari and nothing else', () => {
    const container = document.createElement('div');
    document.body.append(container);
    render(
      <CacheProvider value={createEditorStyleCache(container, webkitOnly)}>
        <Button>Save</Button>
      </CacheProvider>,
    );
    const css = insertedCss(container).replace(/\s+/g, '');
    // ButtonBase: `userSelect: 'none'`, `display: 'inline-flex'`, `transition: …`.
    expect(css).toMatch(/-webkit-user-select:none;user-select:none/);
    expect(css).toMatch(/display:inline-flex/);
    expect(css).not.toMatch(/-webkit-(box|inline-flex|transition)|-ms-flex/);
  });

  it('asks once per distinct pseudo, and lets at-rules and plain rules through', () => {
    const supports = vi.fn(webkitOnly);
    const refused = refusedRuleTest(supports);
    expect(refused('.a::-moz-placeholder{opacity:0.42;}')).toBe(true);
    expect(refused('label+.b .a:focus::-moz-placeholder{opacity:0;}')).toBe(true);
    expect(refused('.a:-ms-input-placeholder{opacity:0.42;}')).toBe(true);
    expect(refused('.a::-webkit-input-placeholder{opacity:0.42;}')).toBe(false);
    expect(refused('.a{content:"::-moz-placeholder";}')).toBe(false);
    expect(refused('@media (hover: none){.a::-moz-focus-inner{border:0;}}')).toBe(false);
    expect(refused('.a:hover{color:red;}')).toBe(false);
    expect(supports.mock.calls.map(([pseudo]) => pseudo)).toEqual(['::-moz-placeholder', ':-ms-input-placeholder', '::-webkit-input-placeholder']);
  });
});
