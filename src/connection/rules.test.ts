import { describe, expect, it } from 'vitest';
import {
  connectionNameIssue,
  connectionNameKey,
  containsVariable,
  isSecretAttribute,
  keepsStoredPassword,
  MAX_CONNECTION_NAME_LENGTH,
  parsePort,
  sameConnectionName,
  SECRET_ATTRIBUTE_KEYS,
} from './rules';

describe('connection name rules (shared by the form and the local API)', () => {
  it.each([
    ['foodmart2', undefined],
    ['销售 数据', undefined],
    ['', 'required'],
    ['   ', 'required'],
    [' lead', 'surroundingSpaces'],
    ['trail ', 'surroundingSpaces'],
    ['a/b', 'forbiddenCharacter'],
    ['a\\b', 'forbiddenCharacter'],
    ['a\tb', 'lineBreakOrTab'],
    ['a\nb', 'lineBreakOrTab'],
    ['a\u0007b', 'controlCharacter'],
    ['a\u0085b', 'controlCharacter'],
  ])('%j → %s', (name, rule) => {
    expect(connectionNameIssue(name)?.rule).toBe(rule);
  });

  it('counts characters, not UTF-16 units, against the length limit', () => {
    expect(connectionNameIssue('x'.repeat(MAX_CONNECTION_NAME_LENGTH))).toBeUndefined();
    expect(connectionNameIssue('😀'.repeat(MAX_CONNECTION_NAME_LENGTH))).toBeUndefined();
    expect(connectionNameIssue('x'.repeat(MAX_CONNECTION_NAME_LENGTH + 1))).toEqual({
      rule: 'tooLong',
      max: MAX_CONNECTION_NAME_LENGTH,
      length: MAX_CONNECTION_NAME_LENGTH + 1,
    });
  });

  it('names the forbidden character and the control character found', () => {
    expect(connectionNameIssue('a\\b')).toEqual({ rule: 'forbiddenCharacter', character: '\\' });
    expect(connectionNameIssue('a\u001bb')).toEqual({ rule: 'controlCharacter', codePoint: 0x1b });
  });

  it('treats names equal ignoring case as the same name', () => {
    expect(sameConnectionName('foodmart2', 'FOODMART2')).toBe(true);
    expect(sameConnectionName('İstanbul', 'i̇stanbul')).toBe(true);
    expect(sameConnectionName('foodmart2', 'foodmart3')).toBe(false);
  });

  it('gives clashing names one key, so a store can look them up by it', () => {
    expect(connectionNameKey('FoodMart2')).toBe(connectionNameKey('FOODMART2'));
    expect(connectionNameKey('foodmart2')).not.toBe(connectionNameKey('foodmart3'));
  });
});

describe('secret attributes', () => {
  it('are the Redshift IAM secret key and session token and the Azure client secret, not the ids', () => {
    expect([...SECRET_ATTRIBUTE_KEYS].sort()).toEqual(['azureClientSecretKey', 'iamSecretAccessKey', 'iamSessionToken']);
    expect(isSecretAttribute('iamSessionToken')).toBe(true);
    expect(isSecretAttribute('iamAccessKeyId')).toBe(false);
    expect(isSecretAttribute('azureClientSecretId')).toBe(false);
  });
});

describe('keepsStoredPassword', () => {
  it.each([
    [null, true],
    [undefined, true],
    ['', true],
    ['*', true],
    ['*****', true],
    ['secret', false],
    ['**a', false],
    [' ', false],
  ])('%j → %s', (password, keeps) => {
    expect(keepsStoredPassword(password)).toBe(keeps);
  });
});

describe('parsePort', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['5432', { kind: 'number', value: 5432 }],
    ['-1', { kind: 'none', text: '-1' }],
    ['0', { kind: 'none', text: '0' }],
    ['${DB_PORT}', { kind: 'variable' }],
    ['54${SUFFIX}', { kind: 'variable' }],
    ['54a', { kind: 'notInteger' }],
    [' 5432', { kind: 'notInteger' }],
    ['1.5', { kind: 'notInteger' }],
    ['65536', { kind: 'outOfRange', value: 65536 }],
    ['00000', { kind: 'outOfRange', value: 0 }],
  ])('%j', (port, meaning) => {
    expect(parsePort(port)).toEqual(meaning);
  });

  it('finds Kettle variables anywhere in a value', () => {
    expect(containsVariable('jdbc:postgresql://${DB_HOST}:5432/x')).toBe(true);
    expect(containsVariable('$DB_HOST')).toBe(false);
    expect(containsVariable('${}')).toBe(false);
  });
});
