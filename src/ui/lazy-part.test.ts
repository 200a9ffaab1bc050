import { describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { failedModuleUrl, lazyPart } from './lazy-part';

const Part: ComponentType<{ title: string }> = () => null;

describe('lazyPart', () => {
  it('loads once and remembers the component', async () => {
    const loader = vi.fn(async () => ({ default: Part }));
    const part = lazyPart(loader);
    expect(part.loaded()).toBeUndefined();
    await expect(part.load()).resolves.toBe(Part);
    await expect(part.load()).resolves.toBe(Part);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(part.loaded()).toBe(Part);
  });

  it('fetches again after a failure instead of failing forever', async () => {
    const loader = vi
      .fn<() => Promise<{ default: typeof Part }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: Part });
    const part = lazyPart(loader);
    await expect(part.load()).rejects.toThrow('Failed to fetch');
    expect(part.loaded()).toBeUndefined();
    await expect(part.load()).resolves.toBe(Part);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('names the script a failed import was fetching, same origin only', () => {
    const origin = 'https://bi.example.com';
    const chromium = new TypeError('Failed to fetch dynamically imported module: https://bi.example.com/assets/Review-abc.js');
    const firefox = new TypeError('error loading dynamically imported module: https://bi.example.com/assets/Review-abc.js?retry=1');
    expect(failedModuleUrl(chromium, origin)).toBe('https://bi.example.com/assets/Review-abc.js');
    expect(failedModuleUrl(firefox, origin)).toBe('https://bi.example.com/assets/Review-abc.js');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), origin)).toBeUndefined();
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'), origin)).toBeUndefined();
  });
});
