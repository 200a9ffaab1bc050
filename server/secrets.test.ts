/** Sealing secrets, and finding the key a database belongs to (never a new one for sealed data). */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSealed, keyFilePath, openSecretBox, parseSecretKey, SecretBox, SecretKeyError } from './secrets';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('seals to text that does not contain the secret and opens it again', () => {
    const secret = 'Pa§§wört 数据库 🔑';
    const sealed = box.seal(secret, 'c1/password');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(box.open(sealed, 'c1/password')).toBe(secret);
  });

  it('uses a fresh IV: the same secret never seals to the same text', () => {
    expect(box.seal('same', 'c1/password')).not.toBe(box.seal('same', 'c1/password'));
  });

  it('refuses a value moved to another connection or field, altered, or sealed with another key', () => {
    const sealed = box.seal('secret', 'c1/password');
    expect(() => box.open(sealed, 'c2/password')).toThrow();
    expect(() => box.open(sealed, 'c1/attributes')).toThrow();
    const bytes = Buffer.from(sealed.slice('aes256gcm:v1:'.length), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => box.open('aes256gcm:v1:' + bytes.toString('base64'), 'c1/password')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'c1/password')).toThrow();
  });
});

describe('parseSecretKey', () => {
  it('accepts 64 hex digits or the base64 of 32 bytes', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex'), 'k')).toEqual(key);
    expect(parseSecretKey(` ${key.toString('base64')}\n`, 'k')).toEqual(key);
  });

  it.each(['', 'secret', 'ab'.repeat(31), randomBytes(16).toString('base64')])('refuses %j with a message naming the source', (text) => {
    expect(() => parseSecretKey(text, 'DATAFOR_SECRET_KEY')).toThrow(/DATAFOR_SECRET_KEY is not a 256-bit key/);
  });
});

describe('openSecretBox', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'datafor-secrets-'));
    dbPath = join(dir, 'datafor.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fresh = { keyCheck: undefined, someSealedValue: undefined };

  it('creates a key file readable by the owner only for a database with nothing sealed, and gives a key check', () => {
    const { box, newKeyCheck } = openSecretBox({ dbPath }, fresh);
    expect(statSync(keyFilePath(dbPath)).mode & 0o777).toBe(0o600);
    expect(newKeyCheck).toBeDefined();
    // The same key file opens what the first box sealed.
    const again = openSecretBox({ dbPath }, { keyCheck: newKeyCheck, someSealedValue: undefined });
    expect(again.newKeyCheck).toBeUndefined();
    expect(again.box.open(box.seal('x', 'c/password'), 'c/password')).toBe('x');
  });

  it('tightens a key file others could read', () => {
    writeFileSync(keyFilePath(dbPath), randomBytes(32).toString('base64'), { mode: 0o644 });
    openSecretBox({ dbPath }, fresh);
    expect(statSync(keyFilePath(dbPath)).mode & 0o777).toBe(0o600);
  });

  it('refuses a key that does not match, by the key check or by a sealed value', () => {
    const first = openSecretBox({ dbPath }, fresh);
    const keyCheck = first.newKeyCheck;
    const sealed = { value: first.box.seal('pw', 'c/password'), context: 'c/password' };
    writeFileSync(keyFilePath(dbPath), randomBytes(32).toString('base64'));
    expect(() => openSecretBox({ dbPath }, { keyCheck, someSealedValue: undefined })).toThrow(/does not match the database/);
    expect(() => openSecretBox({ dbPath }, { keyCheck: undefined, someSealedValue: sealed })).toThrow(SecretKeyError);
  });

  it('never creates a key for a database that already holds sealed secrets', () => {
    const keyCheck = new SecretBox(randomBytes(32)).keyCheck();
    expect(() => openSecretBox({ dbPath }, { keyCheck, someSealedValue: undefined })).toThrow(/key file .* is missing/);
    expect(existsSync(keyFilePath(dbPath))).toBe(false);
  });

  it('with DATAFOR_SECRET_KEY writes no key file and checks that key', () => {
    const key = randomBytes(32).toString('base64');
    const { newKeyCheck } = openSecretBox({ dbPath, secretKey: key }, fresh);
    expect(existsSync(keyFilePath(dbPath))).toBe(false);
    expect(() => openSecretBox({ dbPath, secretKey: key }, { keyCheck: newKeyCheck, someSealedValue: undefined })).not.toThrow();
    expect(() =>
      openSecretBox({ dbPath, secretKey: randomBytes(32).toString('hex') }, { keyCheck: newKeyCheck, someSealedValue: undefined }),
    ).toThrow(/DATAFOR_SECRET_KEY does not match/);
  });
});
