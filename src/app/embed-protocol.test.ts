import { describe, expect, it, vi } from 'vitest';
import { acceptHostMessage, EDITOR_MESSAGE_SOURCE, postToHost } from './embed-protocol';

const trusted = ['https://console.example.com'];

describe('acceptHostMessage', () => {
  it('accepts open and setLocale from a trusted origin', () => {
    expect(acceptHostMessage({ origin: trusted[0]!, data: { type: 'open', name: 'foodmart2' } }, trusted)).toEqual({
      type: 'open',
      name: 'foodmart2',
    });
    expect(acceptHostMessage({ origin: trusted[0]!, data: { type: 'setLocale', locale: 'zh-CN' } }, trusted)).toEqual({
      type: 'setLocale',
      locale: 'zh-CN',
    });
  });

  it('ignores every other origin, including look-alikes and opaque ones', () => {
    for (const origin of ['https://evil.example.com', 'https://console.example.com.evil.io', 'null', 'http://console.example.com']) {
      expect(acceptHostMessage({ origin, data: { type: 'open', name: 'x' } }, trusted)).toBeNull();
    }
  });

  it('ignores malformed commands', () => {
    for (const data of [null, 'open', { type: 'open' }, { type: 'open', name: '' }, { type: 'setLocale', locale: 'fr' }, { type: 'eval' }]) {
      expect(acceptHostMessage({ origin: trusted[0]!, data }, trusted)).toBeNull();
    }
  });

  it('trusts nobody when no origin is configured', () => {
    expect(acceptHostMessage({ origin: trusted[0]!, data: { type: 'open', name: 'x' } }, [])).toBeNull();
  });
});

describe('postToHost', () => {
  it('posts a tagged message to each trusted origin and never to "*"', () => {
    const postMessage = vi.fn();
    postToHost({ postMessage }, ['https://a.example.com', 'https://b.example.com'], { type: 'saved', name: 'n', id: 'i' });
    expect(postMessage.mock.calls).toEqual([
      [{ source: EDITOR_MESSAGE_SOURCE, type: 'saved', name: 'n', id: 'i' }, 'https://a.example.com'],
      [{ source: EDITOR_MESSAGE_SOURCE, type: 'saved', name: 'n', id: 'i' }, 'https://b.example.com'],
    ]);
  });

  it('posts nothing when nobody is trusted', () => {
    const postMessage = vi.fn();
    postToHost({ postMessage }, [], { type: 'ready', name: null });
    expect(postMessage).not.toHaveBeenCalled();
  });
});
