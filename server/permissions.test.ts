import { describe, expect, it } from 'vitest';
import { USER_TYPES, type UserType } from '../src/connection/wire';
import { decide, effectiveCodes, mayCreateContent, refusalMessage, type Action, type Caller, type ConnectionAcl } from './permissions';

const admin: Caller = { username: 'admin', userType: 'Administrator' };
const creator: Caller = { username: 'creator', userType: 'SYS_Creator' };
const reader: Caller = { username: 'reader', userType: 'SYS_Reader' };

const sorted = (codes: Set<string>) => [...codes].sort();

describe('effectiveCodes', () => {
  it('gives an Administrator every code, with or without an ACL entry', () => {
    expect(sorted(effectiveCodes(admin, {}))).toEqual(['0', '1', '2', '3', '4']);
  });

  it('gives a creator what the ACL grants, Read with any grant, and everything with Full control', () => {
    expect(sorted(effectiveCodes(creator, {}))).toEqual([]);
    expect(sorted(effectiveCodes(creator, { creator: ['1'] }))).toEqual(['0', '1']);
    expect(sorted(effectiveCodes(creator, { creator: ['2'] }))).toEqual(['0', '2']);
    expect(sorted(effectiveCodes(creator, { creator: ['4'] }))).toEqual(['0', '1', '2', '3', '4']);
    expect(sorted(effectiveCodes(creator, { reader: ['4'] }))).toEqual([]);
  });

  it('gives a SYS_Reader Read at most, whatever the ACL says', () => {
    expect(sorted(effectiveCodes(reader, { reader: ['0', '1', '2', '3', '4'] }))).toEqual(['0']);
    expect(sorted(effectiveCodes(reader, {}))).toEqual([]);
  });
});

describe('decide', () => {
  const cases: [Caller, ConnectionAcl | null, Action, boolean | string][] = [
    [admin, {}, 'read', true],
    [admin, {}, 'edit', true],
    [admin, {}, 'delete', true],
    [admin, null, 'create', true],
    [creator, null, 'create', true],
    [reader, null, 'create', 'CONNECTION_CREATE_FORBIDDEN'],
    [creator, { creator: ['0'] }, 'read', true],
    [creator, {}, 'read', 'CONNECTION_READ_FORBIDDEN'],
    [creator, { creator: ['0'] }, 'edit', 'CONNECTION_WRITE_FORBIDDEN'],
    [creator, { creator: ['0', '1'] }, 'edit', true],
    [creator, { creator: ['0', '1'] }, 'delete', 'CONNECTION_DELETE_FORBIDDEN'],
    [creator, { creator: ['2'] }, 'delete', true],
    [creator, { creator: ['4'] }, 'delete', true],
    [reader, { reader: ['0'] }, 'read', true],
    [reader, { reader: ['4'] }, 'edit', 'CONNECTION_WRITE_FORBIDDEN'],
    [reader, { reader: ['2', '4'] }, 'delete', 'CONNECTION_DELETE_FORBIDDEN'],
  ];
  it.each(cases)('%j on %j, %s → %s', (caller, acl, action, expected) => {
    const decision = decide(caller, acl, action);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else expect(decision).toMatchObject({ allowed: false, prefix: expected });
  });

  it('refuses a SYS_Reader for being a reader, before looking at the ACL', () => {
    expect(decide(reader, { reader: ['4'] }, 'edit')).toMatchObject({ why: 'viewOnlyUser' });
    expect(decide(creator, {}, 'edit')).toMatchObject({ why: 'noEdit' });
  });
});

describe('mayCreateContent', () => {
  it.each(USER_TYPES.map((t) => [t, t !== 'SYS_Reader'] as [UserType, boolean]))('%s → %s', (userType, may) => {
    expect(mayCreateContent(userType)).toBe(may);
  });
});

describe('refusalMessage', () => {
  it('starts with the contract\'s prefix and names the user and the connection as given', () => {
    const noEdit = decide(creator, { creator: ['0'] }, 'edit');
    if (noEdit.allowed) throw new Error('expected a refusal');
    expect(refusalMessage(noEdit, creator, '"finance_oracle"')).toBe(
      'CONNECTION_WRITE_FORBIDDEN: user "creator" has no Edit permission on connection "finance_oracle"',
    );
    const viewOnly = decide(reader, null, 'create');
    if (viewOnly.allowed) throw new Error('expected a refusal');
    expect(refusalMessage(viewOnly, reader, '"x"')).toBe(
      'CONNECTION_CREATE_FORBIDDEN: user "reader" is a SYS_Reader and may not create connections',
    );
  });
});
