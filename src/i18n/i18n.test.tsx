import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type * as Messages from './messages';
import type { Locale } from './messages';

// The built app's situation: Chinese in a chunk of its own, fetched on demand. From source every
// entry carries its Chinese, so the loading is stood in for here.
const chinese = vi.hoisted(() => ({
  loaded: false,
  pending: [] as { resolve: () => void; reject: (error: Error) => void }[],
}));

vi.mock('./messages', async (importOriginal) => {
  const actual = await importOriginal<typeof Messages>();
  return {
    ...actual,
    isLocaleLoaded: (locale: Locale) => locale === 'en' || chinese.loaded,
    loadLocale: () =>
      new Promise<void>((resolve, reject) => {
        chinese.pending.push({
          resolve: () => {
            chinese.loaded = true;
            resolve();
          },
          reject,
        });
      }),
  };
});

const { useLoadedLocale } = await import('./i18n');

function Shown({ wanted }: { wanted: Locale }) {
  const locale = useLoadedLocale(wanted);
  return <p>{locale ?? 'nothing yet'}</p>;
}

afterEach(() => {
  chinese.loaded = false;
  chinese.pending = [];
});

describe('useLoadedLocale', () => {
  it('renders nothing in Chinese before its strings are here, then Chinese', async () => {
    render(<Shown wanted="zh-CN" />);
    expect(screen.getByText('nothing yet')).toBeInTheDocument();
    await act(async () => chinese.pending[0]?.resolve());
    expect(screen.getByText('zh-CN')).toBeInTheDocument();
  });

  it('keeps English on screen while a switch to Chinese fetches its strings', async () => {
    const { rerender } = render(<Shown wanted="en" />);
    rerender(<Shown wanted="zh-CN" />);
    expect(screen.getByText('en')).toBeInTheDocument();
    await act(async () => chinese.pending[0]?.resolve());
    expect(screen.getByText('zh-CN')).toBeInTheDocument();
    // Back and forth once loaded: no fetch, no wait.
    rerender(<Shown wanted="en" />);
    rerender(<Shown wanted="zh-CN" />);
    expect(screen.getByText('zh-CN')).toBeInTheDocument();
    expect(chinese.pending).toHaveLength(1);
  });

  it('falls back to English when the strings cannot be fetched, and tries again on the next choice', async () => {
    const { rerender } = render(<Shown wanted="zh-CN" />);
    await act(async () => chinese.pending[0]?.reject(new Error('offline')));
    expect(screen.getByText('en')).toBeInTheDocument();
    rerender(<Shown wanted="en" />);
    rerender(<Shown wanted="zh-CN" />);
    expect(chinese.pending).toHaveLength(2);
    await act(async () => chinese.pending[1]?.resolve());
    expect(screen.getByText('zh-CN')).toBeInTheDocument();
  });
});
