/**
 * Encryption at rest of connection secrets (the password and the secret attributes of
 * src/connection/rules.ts): AES-256-GCM from node:crypto, a fresh 96-bit IV per value, and the
 * connection id plus the field as additional authenticated data, so a sealed value moved to
 * another connection or field no longer opens.
 *
 * The 256-bit key never lives in the database. It comes from DATAFOR_SECRET_KEY, or from a key
 * file beside the database (`<database>.key`, mode 0600) created on first start. A database
 * remembers a value sealed with its key (`secret_key_check` in `meta`): started with another key
 * it refuses to open instead of silently re-keying, which would lose every stored password.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Marks a sealed value; anything else in a secret column is plaintext from an older version. */
export const SEALED_PREFIX = 'aes256gcm:v1:';

const KEY_CHECK_CONTEXT = 'datafor-secret-key-check';
const KEY_CHECK_TEXT = 'this database belongs to this key';

/** The server cannot use the key it was given, or has none for a database that needs one. */
export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

/** Where a connection's sealed values belong: bound into each one as authenticated data. */
export const SECRET_CONTEXT = {
  password: (connectionId: string) => `${connectionId}/password`,
  attributes: (connectionId: string) => `${connectionId}/attributes`,
  partitions: (connectionId: string) => `${connectionId}/partitions`,
};

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

export class SecretBox {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretKeyError(`a secret key has ${KEY_BYTES} bytes, not ${key.length}`);
    this.key = Buffer.from(key);
  }

  /** `context` names where the value belongs (e.g. `<connection id>/password`). */
  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** Throws when the value was sealed with another key, for another context, or altered. */
  open(value: string, context: string): string {
    if (!isSealed(value)) throw new Error('not a sealed value');
    const bytes = Buffer.from(value.slice(SEALED_PREFIX.length), 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('a sealed value is truncated');
    const decipher = createDecipheriv(ALGORITHM, this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** A value the database keeps to recognise its key at the next start. */
  keyCheck(): string {
    return this.seal(KEY_CHECK_TEXT, KEY_CHECK_CONTEXT);
  }

  opensKeyCheck(keyCheck: string): boolean {
    try {
      return this.open(keyCheck, KEY_CHECK_CONTEXT) === KEY_CHECK_TEXT;
    } catch {
      return false;
    }
  }
}

export function keyFilePath(dbPath: string): string {
  return `${dbPath}.key`;
}

/** A key as text: 64 hexadecimal digits or the base64 of 32 bytes (`openssl rand -base64 32`). */
export function parseSecretKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  throw new SecretKeyError(
    `${source} is not a 256-bit key: give 64 hexadecimal digits or 44 base64 characters (e.g. the output of \`openssl rand -base64 32\`)`,
  );
}

function readKeyFile(path: string): Buffer | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SecretKeyError(`the key file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  // Whoever can read the key can read every stored password: keep it to the server's user.
  chmodSync(path, 0o600);
  return parseSecretKey(text, `the key file ${path}`);
}

function createKeyFile(path: string): Buffer {
  const key = randomBytes(KEY_BYTES);
  // `wx`: never overwrite a key another process has just written.
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

export interface KeySource {
  /** The database file, or `:memory:` (then a key lives only as long as the process). */
  dbPath: string;
  /** DATAFOR_SECRET_KEY; when given, no key file is read or written. */
  secretKey?: string;
}

export interface DatabaseKeyState {
  /** `secret_key_check` from `meta`, when the database has met a key before. */
  keyCheck: string | undefined;
  /** One sealed value of the database, for a database sealed before key checks were kept. */
  someSealedValue: { value: string; context: string } | undefined;
}

/**
 * The box for a database: from the configured key or the key file, created only for a database
 * that holds nothing sealed yet. Returns the key check to store when the database has none.
 */
export function openSecretBox(source: KeySource, state: DatabaseKeyState): { box: SecretBox; newKeyCheck: string | undefined } {
  const sealedBefore = state.keyCheck !== undefined || state.someSealedValue !== undefined;
  const keyFile = keyFilePath(source.dbPath);
  let key: Buffer;
  let origin: string;
  if (source.secretKey !== undefined) {
    key = parseSecretKey(source.secretKey, 'DATAFOR_SECRET_KEY');
    origin = 'DATAFOR_SECRET_KEY';
  } else if (source.dbPath === ':memory:') {
    key = randomBytes(KEY_BYTES);
    origin = 'a key kept in memory';
  } else {
    const existing = readKeyFile(keyFile);
    if (existing) {
      key = existing;
      origin = `the key file ${keyFile}`;
    } else if (sealedBefore) {
      throw new SecretKeyError(
        `The database ${source.dbPath} holds encrypted connection secrets, but its key file ${keyFile} is missing and DATAFOR_SECRET_KEY is not set. ` +
          'Restore the key file (or set DATAFOR_SECRET_KEY to the key), or move the database away to start over; the server does not create a new key for encrypted data.',
      );
    } else {
      key = createKeyFile(keyFile);
      origin = `the key file ${keyFile}`;
    }
  }
  const box = new SecretBox(key);
  const matches = state.keyCheck !== undefined
    ? box.opensKeyCheck(state.keyCheck)
    : state.someSealedValue === undefined || opens(box, state.someSealedValue);
  if (!matches) {
    throw new SecretKeyError(
      `The secret key from ${origin} does not match the database ${source.dbPath}: its connection secrets were encrypted with another key. ` +
        'Start with the key they were encrypted with (the key file beside the database, or DATAFOR_SECRET_KEY), or move the database away to start over. ' +
        'The server never re-keys on its own.',
    );
  }
  return { box, newKeyCheck: state.keyCheck === undefined ? box.keyCheck() : undefined };
}

function opens(box: SecretBox, sealed: { value: string; context: string }): boolean {
  try {
    box.open(sealed.value, sealed.context);
    return true;
  } catch {
    return false;
  }
}
