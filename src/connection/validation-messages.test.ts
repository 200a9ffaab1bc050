import { describe, expect, it } from 'vitest';
import { parseValidationMessage, validationMessage, validationMessages, validationMessageText } from './validation-messages';

describe('validation messages', () => {
  it('encode keys with vars and decode them in both languages', () => {
    const message = validationMessage('pool.exceedsLimit', { name: 'maxIdle', other: 'maxActive', limit: '200' });
    expect(message).toBe('pool.exceedsLimit|{"name":"maxIdle","other":"maxActive","limit":"200"}');
    expect(validationMessageText(message, 'en')).toBe('maxIdle cannot be more than maxActive (200).');
    expect(validationMessageText(message, 'zh-CN')).toBe('maxIdle 不能大于 maxActive（200）。');
  });

  it('decodes a plain key', () => {
    expect(validationMessageText('port.outOfRange', 'en')).toBe('The port must be between 1 and 65535.');
    expect(validationMessageText('port.outOfRange', 'zh-CN')).toBe('端口必须在 1 到 65535 之间。');
  });

  it('gives "" for no message and shows foreign messages as they are', () => {
    expect(validationMessageText(undefined, 'en')).toBe('');
    expect(validationMessageText('Invalid input: expected string', 'zh-CN')).toBe('Invalid input: expected string');
    expect(validationMessageText('a|not json', 'en')).toBe('a|not json');
    expect(parseValidationMessage('x|[1]')).toEqual({ key: 'x|[1]', vars: undefined });
  });

  it('has Chinese text for every key, different from the English', () => {
    for (const [key, { en, zh }] of Object.entries(validationMessages)) {
      expect(en, key).not.toBe('');
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
