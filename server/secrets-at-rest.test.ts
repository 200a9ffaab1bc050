/**
 * Secrets at rest (issue 15.3, and the server side of issue 12.5): connection passwords and
 * secret attributes are encrypted with a key kept outside the database, the files are the
 * owner's only, an old password leaves no trace, an existing plaintext database is migrated on
 * start, and a key that does not match stops the server instead of re-keying.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_ATTRIBUTE_KEYS } from '../src/connection/rules';
import { startServer, type RunningServer } from './app';
import { keyFilePath } from './secrets';
import { SEED_CONNECTIONS } from './seed';
import {
  API,
  call,
  databaseBytes,
  dumpDatabase,
  getConnection,
  rawStoredPassword,
  startTestServer,
  storedPassword,
  storedSecretAttributes,
  update,
  type Json,
  type TestServer,
} from './testing/harness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fresh(): Promise<TestServer> {
  const server = await startTestServer();
  cleanups.push(() => server.dispose());
  return server;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'datafor-at-rest-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startAt(dbPath: string, secretKey?: string): Promise<RunningServer> {
  const server = await startServer({ dbPath, host: '127.0.0.1', port: 0, staticDir: null, ...(secretKey ? { secretKey } : {}) });
  cleanups.push(() => server.close());
  return server;
}

const mode = (path: string): number => statSync(path).mode & 0o777;
const SEEDED_PASSWORDS = SEED_CONNECTIONS.map((c) => c.password).filter((p): p is string => p !== null && p.length > 8);

describe('files', () => {
  it('the database, its write-ahead log and the key file beside it are readable by their owner only', async () => {
    const server = await fresh();
    expect(mode(server.dbPath)).toBe(0o600);
    expect(mode(keyFilePath(server.dbPath))).toBe(0o600);
    if (existsSync(`${server.dbPath}-wal`)) expect(mode(`${server.dbPath}-wal`)).toBe(0o600);
  });
});

describe('passwords', () => {
  it('no seeded password lies in the database files in clear; each opens with the key', async () => {
    const server = await fresh();
    expect(SEEDED_PASSWORDS.length).toBeGreaterThanOrEqual(2);
    const bytes = databaseBytes(server.dbPath);
    for (const password of SEEDED_PASSWORDS) expect(bytes.includes(password)).toBe(false);
    expect(rawStoredPassword(server.dbPath, 'sales_mysql')).not.toBe('Sales#2024');
    expect(storedPassword(server.dbPath, 'sales_mysql')).toBe('Sales#2024');
  });

  it('after a password change neither the old stored value nor the new password remains in the file', async () => {
    const server = await fresh();
    const oldStored = rawStoredPassword(server.dbPath, 'sales_mysql') ?? '';
    expect(oldStored).not.toBe('');
    const connection = await getConnection(server, 'sales_mysql');
    expect((await update(server, { ...connection, password: 'N3w-Secret!' })).body).toMatchObject({ success: true });
    expect(storedPassword(server.dbPath, 'sales_mysql')).toBe('N3w-Secret!');
    await server.close();
    const bytes = databaseBytes(server.dbPath);
    expect(bytes.includes(oldStored)).toBe(false);
    expect(bytes.includes('Sales#2024')).toBe(false);
    expect(bytes.includes('N3w-Secret!')).toBe(false);
  });
});

/** The schema and rows the previous version wrote: passwords and secret attributes in clear. */
function writeLegacyDatabase(dbPath: string): void {
  const db = new Database(dbPath);
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE users (username TEXT PRIMARY KEY, user_type TEXT NOT NULL, password_hash TEXT NOT NULL);
    CREATE TABLE connections (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, json TEXT NOT NULL, password TEXT, updated_at TEXT NOT NULL);
    CREATE TABLE connection_acl (
      connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
      username TEXT NOT NULL,
      code TEXT NOT NULL CHECK (code IN ('0', '1', '2', '3', '4')),
      PRIMARY KEY (connection_id, username, code)
    );
  `);
  const insert = db.prepare('INSERT INTO connections (id, name, json, password, updated_at) VALUES (?, ?, ?, ?, ?)');
  const foodmart = SEED_CONNECTIONS[0]?.json ?? {};
  insert.run('11111111-1111-4111-8111-111111111111', 'legacy_pg', JSON.stringify({ ...foodmart, id: '11111111-1111-4111-8111-111111111111', name: 'legacy_pg', password: null }), 'legacy-Pa55word', '2025-01-01T00:00:00.000Z');
  const redshift = {
    ...foodmart,
    id: '22222222-2222-4222-8222-222222222222',
    name: 'legacy_redshift',
    databaseType: { name: 'Amazon Redshift', shortName: 'REDSHIFT', defaultDatabasePort: 5439 },
    attributes: { PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIALEGACYKEYID', iamSecretAccessKey: 'legacy-iam-secret-key' },
    accessMap: [{ name: '4', value: 'true' }],
    password: null,
  };
  insert.run(redshift.id, redshift.name, JSON.stringify(redshift), null, '2025-01-01T00:00:00.000Z');
  db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', '2025-01-01T00:00:00.000Z')").run();
  db.close();
  chmodSync(dbPath, 0o644);
}

describe('an existing plaintext database', () => {
  it('is encrypted on start: secrets sealed and gone from the file, server-decided fields dropped, files 0600', async () => {
    const dbPath = join(tempDir(), 'datafor.sqlite');
    writeLegacyDatabase(dbPath);
    expect(databaseBytes(dbPath).includes('legacy-Pa55word')).toBe(true);
    const server = await startAt(dbPath);
    expect(mode(dbPath)).toBe(0o600);
    expect(mode(keyFilePath(dbPath))).toBe(0o600);
    expect(rawStoredPassword(dbPath, 'legacy_pg')).not.toBe('legacy-Pa55word');
    expect(storedPassword(dbPath, 'legacy_pg')).toBe('legacy-Pa55word');
    expect(storedSecretAttributes(dbPath, 'legacy_redshift')).toEqual({ iamSecretAccessKey: 'legacy-iam-secret-key' });
    const bytes = databaseBytes(dbPath);
    expect(bytes.includes('legacy-Pa55word')).toBe(false);
    expect(bytes.includes('legacy-iam-secret-key')).toBe(false);
    const redshift = await getConnection(server, 'legacy_redshift');
    expect(redshift.attributes).toEqual({ PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIALEGACYKEYID' });
    expect(redshift).not.toHaveProperty('accessMap');
  });
});

describe('the key', () => {
  it('a key file that does not match stops the start with a clear message and changes nothing', async () => {
    const dbPath = join(tempDir(), 'datafor.sqlite');
    const first = await startAt(dbPath);
    await first.close();
    const before = dumpDatabase(dbPath);
    const otherKey = randomBytes(32).toString('base64') + '\n';
    writeFileSync(keyFilePath(dbPath), otherKey);
    await expect(startAt(dbPath)).rejects.toThrow(/does not match the database .*never re-keys/);
    expect(dumpDatabase(dbPath)).toBe(before);
    expect(readFileSync(keyFilePath(dbPath), 'utf8')).toBe(otherKey);
  });

  it('an encrypted database whose key file is missing does not start, and no new key is made', async () => {
    const dbPath = join(tempDir(), 'datafor.sqlite');
    const first = await startAt(dbPath);
    await first.close();
    rmSync(keyFilePath(dbPath));
    await expect(startAt(dbPath)).rejects.toThrow(/key file .* is missing/);
    expect(existsSync(keyFilePath(dbPath))).toBe(false);
  });

  it('DATAFOR_SECRET_KEY replaces the key file and must match at every start', async () => {
    const dbPath = join(tempDir(), 'datafor.sqlite');
    const key = randomBytes(32).toString('hex');
    const first = await startAt(dbPath, key);
    expect(existsSync(keyFilePath(dbPath))).toBe(false);
    await first.close();
    await expect(startAt(dbPath)).rejects.toThrow(/missing/);
    await expect(startAt(dbPath, randomBytes(32).toString('hex'))).rejects.toThrow(/DATAFOR_SECRET_KEY does not match/);
    await expect(startAt(dbPath, 'not-a-key')).rejects.toThrow(/not a 256-bit key/);
    const again = await startAt(dbPath, key);
    expect((await getConnection(again, 'sales_mysql')).name).toBe('sales_mysql');
  });
});

describe('secret attributes (Redshift IAM, Azure client secret) are treated like the password', () => {
  const SECRETS = { iamSecretAccessKey: 'wJalrXUtnFEMI-K7MDENG', iamSessionToken: 'FwoGZXIvYXdzEJr-token', azureClientSecretKey: 'azure~client~secret' };

  async function addRedshift(server: TestServer): Promise<Json> {
    const foodmart = await getConnection(server, 'foodmart2');
    const added = await call(server, `${API}/connection/add`, {
      json: {
        ...foodmart,
        id: null,
        name: 'redshift_iam',
        databaseType: { name: 'Amazon Redshift', shortName: 'REDSHIFT', defaultDatabasePort: 5439 },
        attributes: { PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLEKEYID', ...SECRETS },
      },
    });
    expect(added.body).toMatchObject({ success: true });
    return getConnection(server, 'redshift_iam');
  }

  it('are never returned by get or list, and never stored in clear', async () => {
    const server = await fresh();
    const redshift = await addRedshift(server);
    expect(redshift.attributes).toEqual({ PORT_NUMBER: '5439', jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLEKEYID' });
    const answers = await Promise.all([
      call(server, `${API}/connection/get?name=redshift_iam`),
      call(server, `${API}/connection/list`),
      call(server, `${API}/connection/list?includeAccessMap=true`),
    ]);
    for (const answer of answers) {
      for (const [key, value] of Object.entries(SECRETS)) {
        expect(answer.text).not.toContain(value);
        expect(answer.text).not.toContain(key);
      }
    }
    const bytes = databaseBytes(server.dbPath);
    for (const value of Object.values(SECRETS)) expect(bytes.includes(value)).toBe(false);
    expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual(SECRETS);
  });

  it('are kept when sent empty, null, only * or not at all, and replaced when typed', async () => {
    const server = await fresh();
    const redshift = await addRedshift(server);
    const attributes = redshift.attributes as Json;
    const keeps = [
      Object.fromEntries(SECRET_ATTRIBUTE_KEYS.map((key) => [key, ''])),
      Object.fromEntries(SECRET_ATTRIBUTE_KEYS.map((key) => [key, null])),
      Object.fromEntries(SECRET_ATTRIBUTE_KEYS.map((key) => [key, '*****'])),
      {},
    ];
    for (const sent of keeps) {
      expect((await update(server, { ...redshift, attributes: { ...attributes, ...sent } })).body).toMatchObject({ success: true });
      expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual(SECRETS);
    }
    expect((await update(server, { ...redshift, attributes: null })).body).toMatchObject({ success: true });
    expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual(SECRETS);
    expect((await update(server, { ...redshift, attributes: { ...attributes, iamSessionToken: 'new-session-token' } })).body).toMatchObject({
      success: true,
    });
    expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual({ ...SECRETS, iamSessionToken: 'new-session-token' });
    expect((await getConnection(server, 'redshift_iam')).attributes).toEqual(attributes);
  });

  it.each(SECRET_ATTRIBUTE_KEYS)('%s: typed, it replaces that secret alone, is not returned, and a later empty one keeps it', async (key) => {
    const server = await fresh();
    const redshift = await addRedshift(server);
    const attributes = redshift.attributes as Json;
    const typed = `typed-${key}-value`;
    expect((await update(server, { ...redshift, attributes: { ...attributes, [key]: typed } })).body).toMatchObject({ success: true });
    expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual({ ...SECRETS, [key]: typed });
    const answer = await call(server, `${API}/connection/get?name=redshift_iam`);
    expect(answer.text).not.toContain(typed);
    expect(databaseBytes(server.dbPath).includes(typed)).toBe(false);
    expect((await update(server, { ...redshift, attributes: { ...attributes, [key]: '' } })).body).toMatchObject({ success: true });
    expect(storedSecretAttributes(server.dbPath, 'redshift_iam')).toEqual({ ...SECRETS, [key]: typed });
  });
});
