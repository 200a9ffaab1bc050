/**
 * SQLite persistence of the local Datafor API.
 *
 * Each connection is stored as its whole JSON (see stored-connection.ts) so that fields this
 * server does not know survive an update byte for byte, plus its `list` entry computed at write
 * time. Secrets never reach the file in clear: the password and the secret attributes are sealed
 * (secrets.ts) in their own columns as they are written, whoever calls. The file and its key are
 * the server user's only (0600), deleted content is overwritten (`secure_delete`), and every
 * write runs in a transaction.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { connectionNameKey } from '../src/connection/rules';
import type { UserType } from '../src/connection/wire';
import type { ConnectionAcl } from './permissions';
import { isSealed, openSecretBox, SECRET_CONTEXT, SEALED_PREFIX, type SecretBox } from './secrets';
import { partitionCount, toListEntryJson, toStoredJson, type ConnectionJson } from './stored-connection';

export type { ConnectionJson } from './stored-connection';

export interface StoredConnection {
  id: string;
  name: string;
  json: ConnectionJson;
}

export interface ListedRow {
  readonly id: string;
  readonly name: string;
  /** The `list` entry without its access map: a JSON object as UTF-8 bytes, sent as they are. */
  readonly listJson: Buffer;
}

export interface StoredUser {
  username: string;
  userType: UserType;
  passwordHash: string;
}

export interface StoreOptions {
  /** DATAFOR_SECRET_KEY: the key as 64 hex digits or base64; else the key file beside the database. */
  secretKey?: string;
}

interface ConnectionRow {
  id: string;
  name: string;
  json: string;
}

/**
 * Version 3: partition passwords sealed too. Version 2: sealed secrets, list entries and name
 * keys. Version 1 had none (no `schema_version`).
 */
const SCHEMA_VERSION = '3';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS users (
    username      TEXT PRIMARY KEY,
    user_type     TEXT NOT NULL,
    password_hash TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS connections (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    json              TEXT NOT NULL,
    password          TEXT,
    updated_at        TEXT NOT NULL,
    name_key          TEXT NOT NULL DEFAULT '',
    list_json         BLOB NOT NULL DEFAULT x'',
    secret_attributes TEXT,
    partition_passwords TEXT
  );
  CREATE TABLE IF NOT EXISTS connection_acl (
    connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    username      TEXT NOT NULL,
    code          TEXT NOT NULL CHECK (code IN ('0', '1', '2', '3', '4')),
    PRIMARY KEY (connection_id, username, code)
  );
`;

/** Columns version 1 lacked, added in place when an old database is opened. */
const ADDED_COLUMNS: Record<string, string> = {
  name_key: "TEXT NOT NULL DEFAULT ''",
  list_json: "BLOB NOT NULL DEFAULT x''",
  secret_attributes: 'TEXT',
  partition_passwords: 'TEXT',
};

const INDEXES = `
  CREATE INDEX IF NOT EXISTS connections_by_name_key ON connections (name_key);
  CREATE INDEX IF NOT EXISTS connections_in_list_order ON connections (name COLLATE NOCASE, name);
  CREATE INDEX IF NOT EXISTS connection_acl_by_user ON connection_acl (username, connection_id, code);
`;

function listEntryBytes(json: ConnectionJson): Buffer {
  return Buffer.from(toListEntryJson(json), 'utf8');
}

function parseRow(row: ConnectionRow): StoredConnection {
  return { id: row.id, name: row.name, json: JSON.parse(row.json) as ConnectionJson };
}

/** Creates the file owner-only before SQLite does (its -wal and -shm files take the same mode). */
function prepareDatabaseFile(dbPath: string): void {
  if (dbPath === ':memory:') return;
  mkdirSync(dirname(dbPath), { recursive: true });
  if (!existsSync(dbPath)) closeSync(openSync(dbPath, 'a', 0o600));
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

export class DataforStore {
  /** For reading; writes go through the methods below, which keep the list cache honest. */
  readonly db: Database.Database;
  private readonly box: SecretBox;
  private readonly statements;
  /** Writes made through this store; with `PRAGMA data_version` (others' writes) it dates the list cache. */
  private ownWrites = 0;
  private listCache: { version: string; rows: readonly ListedRow[] } | undefined;

  constructor(dbPath: string, options: StoreOptions = {}) {
    prepareDatabaseFile(dbPath);
    this.db = new Database(dbPath);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      // Deleted and replaced content (an old password) is overwritten, not left in free pages.
      this.db.pragma('secure_delete = ON');
      // Concurrent servers on one file (tests restart on the same path) wait instead of failing.
      this.db.pragma('busy_timeout = 5000');
      const fresh = !this.tableExists('connections');
      this.db.exec(SCHEMA);
      this.addMissingColumns();
      this.db.exec(INDEXES);
      this.box = this.openBox(dbPath, options);
      if (fresh) this.setMetaRaw('schema_version', SCHEMA_VERSION);
      this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
    const db = this.db;
    this.statements = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare<[string, string]>(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      upsertUser: db.prepare<[string, string, string]>(
        `INSERT INTO users (username, user_type, password_hash) VALUES (?, ?, ?)
         ON CONFLICT(username) DO UPDATE SET user_type = excluded.user_type, password_hash = excluded.password_hash`,
      ),
      getUser: db.prepare<[string], { username: string; user_type: string; password_hash: string }>(
        'SELECT username, user_type, password_hash FROM users WHERE username = ?',
      ),
      allConnections: db.prepare<[], ConnectionRow>('SELECT id, name, json FROM connections ORDER BY name COLLATE NOCASE, name'),
      listedConnections: db
        .prepare<[], [string, string, Buffer]>('SELECT id, name, list_json FROM connections ORDER BY name COLLATE NOCASE, name')
        .raw(),
      listedNames: db.prepare<[], [string, string]>('SELECT id, name FROM connections ORDER BY name COLLATE NOCASE, name').raw(),
      connectionById: db.prepare<[string], ConnectionRow>('SELECT id, name, json FROM connections WHERE id = ?'),
      connectionByName: db.prepare<[string], ConnectionRow>('SELECT id, name, json FROM connections WHERE name = ?'),
      connectionsByNameKey: db.prepare<[string], ConnectionRow>('SELECT id, name, json FROM connections WHERE name_key = ?'),
      insertConnection: db.prepare<[string, string, string, string, Buffer, string | null, string | null, string | null, string]>(
        `INSERT INTO connections (id, name, name_key, json, list_json, password, secret_attributes, partition_passwords, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateConnection: db.prepare<[string, string, string, Buffer, string, string]>(
        'UPDATE connections SET name = ?, name_key = ?, json = ?, list_json = ?, updated_at = ? WHERE id = ?',
      ),
      updatePassword: db.prepare<[string | null, string]>('UPDATE connections SET password = ? WHERE id = ?'),
      updateSecretAttributes: db.prepare<[string | null, string]>('UPDATE connections SET secret_attributes = ? WHERE id = ?'),
      updatePartitionPasswords: db.prepare<[string | null, string]>('UPDATE connections SET partition_passwords = ? WHERE id = ?'),
      getSecrets: db.prepare<[string], { password: string | null; secret_attributes: string | null; partition_passwords: string | null }>(
        'SELECT password, secret_attributes, partition_passwords FROM connections WHERE id = ?',
      ),
      deleteConnection: db.prepare<[string]>('DELETE FROM connections WHERE id = ?'),
      countConnections: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM connections'),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      grant: db.prepare<[string, string, string]>(
        'INSERT OR IGNORE INTO connection_acl (connection_id, username, code) VALUES (?, ?, ?)',
      ),
      codesOf: db.prepare<[string, string], { code: string }>(
        'SELECT code FROM connection_acl WHERE connection_id = ? AND username = ?',
      ),
      grantsOf: db.prepare<[string], { connection_id: string; code: string }>(
        'SELECT connection_id, code FROM connection_acl WHERE username = ?',
      ),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  getMeta(key: string): string | undefined {
    return this.statements.getMeta.get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    this.statements.setMeta.run(key, value);
  }

  upsertUser(user: StoredUser): void {
    this.statements.upsertUser.run(user.username, user.userType, user.passwordHash);
  }

  user(username: string): StoredUser | undefined {
    const row = this.statements.getUser.get(username);
    if (!row) return undefined;
    return { username: row.username, userType: row.user_type as UserType, passwordHash: row.password_hash };
  }

  connectionCount(): number {
    return this.statements.countConnections.get()?.n ?? 0;
  }

  allConnections(): StoredConnection[] {
    return this.statements.allConnections.all().map(parseRow);
  }

  /**
   * Changes whenever a connection or a grant may have changed, by this store's writes or by
   * another process on the file: what a cached `list` answer is dated with.
   */
  listVersion(): string {
    return `${String(this.statements.dataVersion.get())}/${this.ownWrites}`;
  }

  /**
   * Every connection's `list` entry in list order, as stored bytes: nothing parsed or
   * serialised. Kept in memory until a write, by this server or any other process.
   */
  listedConnections(): readonly ListedRow[] {
    const version = this.listVersion();
    if (this.listCache?.version !== version) {
      const rows = this.statements.listedConnections.all().map(([id, name, listJson]) => ({ id, name, listJson }));
      this.listCache = { version, rows };
    }
    return this.listCache.rows;
  }

  /** Every connection's id and name in list order. */
  listedNames(): { id: string; name: string }[] {
    return this.statements.listedNames.all().map(([id, name]) => ({ id, name }));
  }

  connectionById(id: string): StoredConnection | undefined {
    const row = this.statements.connectionById.get(id);
    return row ? parseRow(row) : undefined;
  }

  connectionByName(name: string): StoredConnection | undefined {
    const row = this.statements.connectionByName.get(name);
    return row ? parseRow(row) : undefined;
  }

  /** Connections whose name clashes with `name` (equal ignoring case, see rules.ts). */
  connectionsNamedAlike(name: string): StoredConnection[] {
    return this.statements.connectionsByNameKey.all(connectionNameKey(name)).map(parseRow);
  }

  /** The stored password in clear, or null when none is stored. */
  storedPassword(id: string): string | null {
    const sealed = this.statements.getSecrets.get(id)?.password ?? null;
    return sealed === null ? null : this.box.open(sealed, SECRET_CONTEXT.password(id));
  }

  /** The stored secret attributes in clear ({} when none). */
  storedSecretAttributes(id: string): Record<string, string> {
    const sealed = this.statements.getSecrets.get(id)?.secret_attributes ?? null;
    return sealed === null ? {} : (JSON.parse(this.box.open(sealed, SECRET_CONTEXT.attributes(id))) as Record<string, string>);
  }

  /** The stored partition passwords in clear, by partition entry index ({} when none). */
  storedPartitionPasswords(id: string): Record<string, string> {
    const sealed = this.statements.getSecrets.get(id)?.partition_passwords ?? null;
    return sealed === null ? {} : (JSON.parse(this.box.open(sealed, SECRET_CONTEXT.partitions(id))) as Record<string, string>);
  }

  permissionCodes(connectionId: string, username: string): Set<string> {
    return new Set(this.statements.codesOf.all(connectionId, username).map((r) => r.code));
  }

  /** What the ACL says about `username` on one connection, in the shape permissions.ts decides on. */
  aclFor(connectionId: string, username: string): ConnectionAcl {
    return { [username]: this.statements.codesOf.all(connectionId, username).map((r) => r.code) };
  }

  /** Every grant of one user, by connection id, in one query (for `list`). */
  grantsOf(username: string): Map<string, string[]> {
    const grants = new Map<string, string[]>();
    for (const { connection_id: id, code } of this.statements.grantsOf.all(username)) {
      const codes = grants.get(id);
      if (codes) codes.push(code);
      else grants.set(id, [code]);
    }
    return grants;
  }

  /**
   * Inserts a connection and its ACL in one transaction. `connection.json` is kept as
   * stored-connection.ts says; `password` and the secret attributes in the JSON are sealed.
   */
  insertConnection(connection: StoredConnection, password: string | null, acl: Record<string, readonly string[]>): void {
    const { id, name } = connection;
    const { json, typedSecrets, typedPartitionPasswords } = toStoredJson(connection.json, id, name);
    this.ownWrites += 1;
    this.db.transaction(() => {
      this.statements.insertConnection.run(
        id,
        name,
        connectionNameKey(name),
        JSON.stringify(json),
        listEntryBytes(json),
        password === null ? null : this.box.seal(password, SECRET_CONTEXT.password(id)),
        this.sealAttributes(id, typedSecrets),
        this.sealPartitionPasswords(id, typedPartitionPasswords),
        new Date().toISOString(),
      );
      for (const [username, codes] of Object.entries(acl)) {
        for (const code of codes) this.statements.grant.run(id, username, code);
      }
    })();
  }

  /**
   * Replaces a connection's settings. `newPassword` undefined keeps the stored one; secret
   * attributes and partition passwords sent with a value replace theirs, the others stay as
   * stored (a partition's while its entry is still listed).
   */
  replaceConnection(connection: StoredConnection, newPassword: string | undefined): void {
    const { id, name } = connection;
    const { json, typedSecrets, typedPartitionPasswords } = toStoredJson(connection.json, id, name);
    this.ownWrites += 1;
    this.db.transaction(() => {
      this.statements.updateConnection.run(name, connectionNameKey(name), JSON.stringify(json), listEntryBytes(json), new Date().toISOString(), id);
      if (newPassword !== undefined) this.statements.updatePassword.run(this.box.seal(newPassword, SECRET_CONTEXT.password(id)), id);
      if (Object.keys(typedSecrets).length > 0) {
        const merged = { ...this.storedSecretAttributes(id), ...typedSecrets };
        this.statements.updateSecretAttributes.run(this.sealAttributes(id, merged), id);
      }
      const count = partitionCount(json);
      const stored = this.storedPartitionPasswords(id);
      const kept = Object.fromEntries(Object.entries(stored).filter(([index]) => Number(index) < count));
      if (Object.keys(typedPartitionPasswords).length > 0 || Object.keys(kept).length !== Object.keys(stored).length) {
        this.statements.updatePartitionPasswords.run(this.sealPartitionPasswords(id, { ...kept, ...typedPartitionPasswords }), id);
      }
    })();
  }

  deleteConnection(id: string): void {
    this.ownWrites += 1;
    this.db.transaction(() => {
      this.statements.deleteConnection.run(id);
    })();
  }

  /** Runs `work` in one transaction (used where a read decides a write). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  private sealAttributes(id: string, attributes: Record<string, string>): string | null {
    return Object.keys(attributes).length === 0 ? null : this.box.seal(JSON.stringify(attributes), SECRET_CONTEXT.attributes(id));
  }

  private sealPartitionPasswords(id: string, passwords: Record<string, string>): string | null {
    return Object.keys(passwords).length === 0 ? null : this.box.seal(JSON.stringify(passwords), SECRET_CONTEXT.partitions(id));
  }

  private tableExists(name: string): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  }

  private setMetaRaw(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  private addMissingColumns(): void {
    const present = new Set(this.db.prepare<[], { name: string }>('PRAGMA table_info(connections)').all().map((c) => c.name));
    for (const [column, definition] of Object.entries(ADDED_COLUMNS)) {
      if (!present.has(column)) this.db.exec(`ALTER TABLE connections ADD COLUMN ${column} ${definition}`);
    }
  }

  private openBox(dbPath: string, options: StoreOptions): SecretBox {
    const keyCheck = this.db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'secret_key_check'").get()?.value;
    const sealedRow = this.db
      .prepare<[string], { id: string; password: string }>(`SELECT id, password FROM connections WHERE substr(password, 1, ${SEALED_PREFIX.length}) = ? LIMIT 1`)
      .get(SEALED_PREFIX);
    const { box, newKeyCheck } = openSecretBox(
      { dbPath, secretKey: options.secretKey },
      { keyCheck, someSealedValue: sealedRow ? { value: sealedRow.password, context: SECRET_CONTEXT.password(sealedRow.id) } : undefined },
    );
    if (newKeyCheck) this.setMetaRaw('secret_key_check', newKeyCheck);
    return box;
  }

  /**
   * Brings a database written by an older version (or by hand) to this one: passwords found in
   * clear are sealed; a version-1 database also gets its secret attributes sealed, its
   * server-decided fields dropped, and its list entries and name keys computed. When anything
   * was in clear, the file is rewritten so that no old page keeps it.
   */
  private migrate(): void {
    const version = this.db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").get()?.value;
    let sealedPlaintext = false;
    this.db.transaction(() => {
      if (version !== SCHEMA_VERSION) sealedPlaintext = this.upgradeRows();
      const plaintext = this.db
        .prepare<[string], { id: string; password: string }>(
          `SELECT id, password FROM connections WHERE password IS NOT NULL AND substr(password, 1, ${SEALED_PREFIX.length}) <> ?`,
        )
        .all(SEALED_PREFIX);
      const seal = this.db.prepare<[string, string]>('UPDATE connections SET password = ? WHERE id = ?');
      for (const row of plaintext) seal.run(this.box.seal(row.password, SECRET_CONTEXT.password(row.id)), row.id);
      sealedPlaintext ||= plaintext.length > 0;
      if (version !== SCHEMA_VERSION) this.setMetaRaw('schema_version', SCHEMA_VERSION);
    })();
    if (sealedPlaintext) {
      this.db.exec('VACUUM');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
  }

  /** Version 1 or 2 → 3, row by row. Returns whether a secret attribute or partition password was found in clear. */
  private upgradeRows(): boolean {
    const rows = this.db
      .prepare<[], ConnectionRow & { secret_attributes: string | null; partition_passwords: string | null }>(
        'SELECT id, name, json, secret_attributes, partition_passwords FROM connections',
      )
      .all();
    const update = this.db.prepare<[string, string, Buffer, string | null, string | null, string]>(
      'UPDATE connections SET name_key = ?, json = ?, list_json = ?, secret_attributes = ?, partition_passwords = ? WHERE id = ?',
    );
    const opened = (sealed: string | null, context: string): Record<string, string> =>
      sealed && isSealed(sealed) ? (JSON.parse(this.box.open(sealed, context)) as Record<string, string>) : {};
    let foundSecrets = false;
    for (const row of rows) {
      const { json, typedSecrets, typedPartitionPasswords } = toStoredJson(JSON.parse(row.json) as ConnectionJson, row.id, row.name);
      foundSecrets ||= Object.keys(typedSecrets).length > 0 || Object.keys(typedPartitionPasswords).length > 0;
      const secrets = { ...opened(row.secret_attributes, SECRET_CONTEXT.attributes(row.id)), ...typedSecrets };
      const partitions = { ...opened(row.partition_passwords, SECRET_CONTEXT.partitions(row.id)), ...typedPartitionPasswords };
      update.run(
        connectionNameKey(row.name),
        JSON.stringify(json),
        listEntryBytes(json),
        this.sealAttributes(row.id, secrets),
        this.sealPartitionPasswords(row.id, partitions),
        row.id,
      );
    }
    return foundSecrets;
  }
}
