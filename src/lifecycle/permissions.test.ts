import { describe, expect, it } from 'vitest';
import { toListedConnectionView } from '../api/connections';
import { PERMISSION } from '../connection/wire';
import { deleteVerdict, mayCreateConnections, mayEdit } from './permissions';

const listedWith = (...codes: string[]) =>
  toListedConnectionView({ name: 'c', accessMap: codes.map((name) => ({ name, value: 'true' })) });

describe('delete permission', () => {
  it('follows Delete (code 2) or Full control in the access map', () => {
    expect(listedWith(PERMISSION.read, PERMISSION.edit).canDelete).toBe(false);
    expect(listedWith(PERMISSION.read, PERMISSION.delete).canDelete).toBe(true);
    expect(listedWith(PERMISSION.full).canDelete).toBe(true);
    // A code granted as "false" is not granted.
    expect(toListedConnectionView({ name: 'c', accessMap: [{ name: PERMISSION.delete, value: 'false' }] }).canDelete).toBe(false);
  });

  it('is never a SYS_Reader\'s, whatever the access map says, and says why', () => {
    expect(deleteVerdict('SYS_Reader', listedWith(PERMISSION.full))).toEqual({ allowed: false, reason: 'viewOnlyAccount' });
    expect(deleteVerdict('SYS_Creator', listedWith(PERMISSION.read))).toEqual({ allowed: false, reason: 'noDeletePermission' });
    expect(deleteVerdict('SYS_Creator', listedWith(PERMISSION.delete))).toEqual({ allowed: true });
    expect(deleteVerdict('Administrator', undefined)).toEqual({ allowed: true });
  });

  it('lets every user type but SYS_Reader create (an unknown type is left to the server)', () => {
    expect(mayCreateConnections('SYS_Reader')).toBe(false);
    expect(mayCreateConnections('SYS_Creator')).toBe(true);
    expect(mayCreateConnections('Administrator')).toBe(true);
    expect(mayCreateConnections(null)).toBe(true);
  });
});

describe('editing a connection', () => {
  it('needs Edit or Full control in the access map, and is never a SYS_Reader\'s', () => {
    expect(mayEdit('SYS_Creator', listedWith(PERMISSION.edit))).toBe(true);
    expect(mayEdit('SYS_Creator', listedWith(PERMISSION.full))).toBe(true);
    expect(mayEdit('Administrator', listedWith(PERMISSION.read, PERMISSION.delete))).toBe(false);
    expect(mayEdit('SYS_Reader', listedWith(PERMISSION.full))).toBe(false);
  });

  it('is offered while the list has not told yet; the server judges the save', () => {
    expect(mayEdit('SYS_Creator', undefined)).toBe(true);
    expect(mayEdit(null, undefined)).toBe(true);
    expect(mayEdit('SYS_Reader', undefined)).toBe(false);
  });
});
