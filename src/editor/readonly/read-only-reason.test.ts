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

describe('readOnlyReason with the signed-in user type known', () => {
  it('gives a Reader the user-type reason, not a hedge between two', () => {
    expect(readOnlyReason({ userType: 'SYS_Reader', listed: [{ canEdit: false }] })).toBe('reader-user-type');
  });
  it('tells a Creator or Administrator that Edit is missing on this connection, even if they can edit none', () => {
    expect(readOnlyReason({ userType: 'SYS_Creator', listed: [{ canEdit: false }, { canEdit: false }] })).toBe('no-edit-permission');
    expect(readOnlyReason({ userType: 'Administrator', listed: [{ canEdit: false }] })).toBe('no-edit-permission');
  });
  it('names the Reader type on a refusal when the session knows it', () => {
    expect(readOnlyReason({ userType: 'SYS_Reader', forbiddenMessage: 'CONNECTION_WRITE_FORBIDDEN: no' })).toBe('reader-user-type');
  });
});
