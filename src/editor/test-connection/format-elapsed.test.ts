import { describe, expect, it } from 'vitest';
import { formatElapsed } from './format-elapsed';

describe('formatElapsed', () => {
  it('shows milliseconds below one second', () => {
    expect(formatElapsed(0, 'en')).toBe('0 ms');
    expect(formatElapsed(849.6, 'en')).toBe('850 ms');
    expect(formatElapsed(999, 'zh-CN')).toBe('999 毫秒');
  });
  it('shows one decimal below ten seconds and whole seconds above', () => {
    expect(formatElapsed(1000, 'en')).toBe('1.0 s');
    expect(formatElapsed(1234, 'en')).toBe('1.2 s');
    expect(formatElapsed(10_400, 'en')).toBe('10 s');
    expect(formatElapsed(30_000, 'zh-CN')).toBe('30 秒');
  });
  it('never shows a negative time', () => {
    expect(formatElapsed(-5, 'en')).toBe('0 ms');
  });
});
