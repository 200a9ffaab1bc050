import { describe, expect, it } from 'vitest';
import { ERROR_PREFIXES } from '../connection/wire';
import { describeError } from './error-messages';
import { DataforError, type DataforErrorKind } from './client';

const KINDS: DataforErrorKind[] = [
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'bad-request',
  'invalid-response',
  'network',
  'timeout',
  'aborted',
  'server',
];

describe('describeError', () => {
  it('gives every kind its own words in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const messages = KINDS.map((kind) => describeError(new DataforError(kind), locale).message);
      expect(new Set(messages).size).toBe(KINDS.length);
      const titles = KINDS.map((kind) => describeError(new DataforError(kind), locale).title);
      expect(new Set(titles).size).toBe(KINDS.length);
    }
    expect(describeError(new DataforError('network'), 'zh-CN').message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives every documented prefix its own words, keeping the raw message and code', () => {
    const en = ERROR_PREFIXES.map((prefix) =>
      describeError(new DataforError('forbidden', { code: '500', serverMessage: `${prefix}: details` }), 'en'),
    );
    expect(new Set(en.map((d) => d.message)).size).toBe(ERROR_PREFIXES.length);
    en.forEach((d, i) => {
      expect(d.code).toBe(ERROR_PREFIXES[i]);
      expect(d.raw).toBe(`${ERROR_PREFIXES[i]}: details`);
    });
    const zh = ERROR_PREFIXES.map((prefix) => describeError(new DataforError('forbidden', { serverMessage: prefix }), 'zh-CN'));
    expect(new Set(zh.map((d) => d.message)).size).toBe(ERROR_PREFIXES.length);
  });

  it('says the documented sentence for a write refusal', () => {
    const error = new DataforError('forbidden', { serverMessage: 'CONNECTION_WRITE_FORBIDDEN' });
    expect(describeError(error, 'en').message).toBe("You don't have permission to edit this connection.");
    expect(describeError(error, 'zh-CN').message).toBe('您没有编辑此连接的权限。');
  });

  it("quotes a server's plain-text reason", () => {
    const d = describeError(new DataforError('server', { code: '500', serverMessage: 'connection not found' }), 'en');
    expect(d.message).toContain('connection not found');
    expect(d.code).toBe('500');
  });

  it('keeps technical detail as raw and falls back to the HTTP status as code', () => {
    const d = describeError(new DataforError('invalid-response', { status: 200, detail: '<html>' }), 'en');
    expect(d.raw).toBe('<html>');
    expect(d.code).toBe('200');
  });

  it('describes errors that are not DataforErrors', () => {
    const d = describeError(new Error('boom'), 'en');
    expect(d.title).toBe('Something went wrong');
    expect(d.raw).toBe('boom');
  });
});
