import { describe, expect, it } from 'vitest';
import { readOnlyReason } from './read-only-reason';

describe('readOnlyReason', () => {
  it('names the Reader user type when the server refusal mentions it', () => {
    expect(readOnlyReason({ forbiddenMessage: 'CONNECTION_WRITE_FORBIDDEN: user type SYS_Reader cannot edit' })).toBe(
      'reader-user-type',
    );
  });
  it('reports a refusal on save even when the list said Edit was allowed', () => {
    expect(
      readOnlyReason({ listed: [{ canEdit: true }], forbiddenMessage: 'CONNECTION_WRITE_FORBIDDEN: no Edit on sales' }),
    ).toBe('refused-on-save');
  });
  it('tells an account that can edit nothing from a missing permission on one connection', () => {
    expect(readOnlyReason({ listed: [{ canEdit: false }, { canEdit: false }] })).toBe('view-only-account');
    expect(readOnlyReason({ listed: [{ canEdit: false }, { canEdit: true }] })).toBe('no-edit-permission');
  });
  it('falls back to the per-connection reason when the list is unknown or empty', () => {
    expect(readOnlyReason({})).toBe('no-edit-permission');
    expect(readOnlyReason({ listed: [] })).toBe('no-edit-permission');
  });
});
