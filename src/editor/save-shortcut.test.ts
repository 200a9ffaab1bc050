import { describe, expect, it } from 'vitest';
import { isSaveShortcut } from './save-shortcut';

const key = (over: Partial<Parameters<typeof isSaveShortcut>[0]>) => ({
  key: 's',
  code: 'KeyS',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('isSaveShortcut', () => {
  it('is Ctrl+S and ⌘S, upper or lower case, and the S key on another layout', () => {
    expect(isSaveShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key({ metaKey: true }))).toBe(true);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 'S' }))).toBe(true);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 'ы' }))).toBe(true);
  });
  it('is not a plain s, nor Ctrl+Shift+S or Ctrl+Alt+S, nor another Ctrl key', () => {
    expect(isSaveShortcut(key({}))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 'd', code: 'KeyD' }))).toBe(false);
  });
});
