import { describe, expect, it } from 'vitest';
import { DATABASE_TYPES } from '../connection/catalogue';
import { neighbourOf } from './ConnectionLifecycle';
import { searchDatabaseTypes } from './TypePickerDialog';
import { typeInitials } from './type-initials';

describe('typeInitials', () => {
  it('takes an acronym, or the first letters of two words, or of one', () => {
    expect(typeInitials('MS SQL Server (Native)')).toBe('MS');
    expect(typeInitials('IBM DB2')).toBe('IBM');
    expect(typeInitials('Hadoop Hive 2')).toBe('HH');
    expect(typeInitials('Oracle')).toBe('Or');
  });

  it('gives every catalogue type a mark of one to three characters', () => {
    for (const type of DATABASE_TYPES) expect([...typeInitials(type.name)].length, type.name).toBeGreaterThanOrEqual(1);
    for (const type of DATABASE_TYPES) expect([...typeInitials(type.name)].length, type.name).toBeLessThanOrEqual(3);
  });
});

describe('searchDatabaseTypes', () => {
  it('matches every word typed in the label, name or shortName, ignoring case', () => {
    expect(searchDatabaseTypes(DATABASE_TYPES, 'MSSQLNATIVE').map((t) => t.shortName)).toEqual(['MSSQLNative']);
    expect(searchDatabaseTypes(DATABASE_TYPES, 'impala simba').map((t) => t.shortName)).toEqual(['IMPALASIMBA']);
    expect(searchDatabaseTypes(DATABASE_TYPES, '  ')).toHaveLength(DATABASE_TYPES.length);
  });
});

describe('neighbourOf', () => {
  const list = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
  it('is the next connection, else the one before, else none', () => {
    expect(neighbourOf(list, 'a')).toBe('b');
    expect(neighbourOf(list, 'c')).toBe('b');
    expect(neighbourOf([{ name: 'a' }], 'a')).toBeNull();
    expect(neighbourOf(list, 'gone')).toBeNull();
  });
});
