import { describe, expect, it } from 'vitest';
import { serverWordsAfterSave } from './saved-message';

describe('serverWordsAfterSave', () => {
  it('drops the plain "success" a good save answers with, in any case, and empty answers', () => {
    for (const msg of ['success', 'SUCCESS', ' Success. ', 'ok', '成功', '', null, undefined]) {
      expect(serverWordsAfterSave(msg), String(msg)).toBeNull();
    }
  });
  it('keeps words that say something more', () => {
    expect(serverWordsAfterSave('saved; the pool restarts in 30 s')).toBe('saved; the pool restarts in 30 s');
  });
});
