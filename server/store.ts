/**
 * SQLite persistence of the local Datafor API.
 *
 * Each connection is stored as its whole JSON (minus the password) so that fields this
 * server does not know survive an update byte for byte; the password lives in its own
 * column because no endpoint may ever return it. Every write runs in a transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { UserType } from '../src/connection/wire';

/** A connection's JSON as stored: any object, `id` and `name` kept in step with the columns. */
export type ConnectionJson = Record<string, unknown>;

export interface StoredConnection {
  id: string;
  name: string;
  json: ConnectionJson;
}

export interface StoredUser {
  username: string;
  userType: UserType;
  passwordHash: string;
}

interface ConnectionRow {
  id: string;
  name: string;
  json: string;
}

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
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    json       TEXT NOT NULL,
    password   TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS connection_acl (
    connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    username      TEXT NOT NULL,
    code          TEXT NOT NULL CHECK (code IN ('0', '1', '2', '3', '4')),
    PRIMARY KEY (connection_id, username, code)
  );
`;

function parseRow(row: ConnectionRow): StoredConnection {
  return { id: row.id, name: row.name, json: JSON.parse(row.json) as ConnectionJson };
}

export class DataforStore {
  readonly db: Database.Database;
  private readonly statements;

  constructor(dbPath: string) {
    if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
    this.db = new Database(dbPath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // Concurrent servers on one file (tests restart on the same path) wait instead of failing.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
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
      connectionById: db.prepare<[string], ConnectionRow>('SELECT id, name, json FROM connections WHERE id = ?'),
      connectionByName: db.prepare<[string], ConnectionRow>('SELECT id, name, json FROM connections WHERE name = ?'),
      insertConnection: db.prepare<[string, string, string, string | null, string]>(
        'INSERT INTO connections (id, name, json, password, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      updateConnection: db.prepare<[string, string, string, string]>(
        'UPDATE connections SET name = ?, json = ?, updated_at = ? WHERE id = ?',
      ),
      updatePassword: db.prepare<[string, string]>('UPDATE connections SET password = ? WHERE id = ?'),
      getPassword: db.prepare<[string], { password: string | null }>('SELECT password FROM connections WHERE id = ?'),
      deleteConnection: db.prepare<[string]>('DELETE FROM connections WHERE id = ?'),
      countConnections: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM connections'),
      grant: db.prepare<[string, string, string]>(
        'INSERT OR IGNORE INTO connection_acl (connection_id, username, code) VALUES (?, ?, ?)',
      ),
      codesOf: db.prepare<[string, string], { code: string }>(
        'SELECT code FROM connection_acl WHERE connection_id = ? AND username = ?',
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

  connectionById(id: string): StoredConnection | undefined {
    const row = this.statements.connectionById.get(id);
    return row ? parseRow(row) : undefined;
  }

  connectionByName(name: string): StoredConnection | undefined {
    const row = this.statements.connectionByName.get(name);
    return row ? parseRow(row) : undefined;
  }

  storedPassword(id: string): string | null {
    return this.statements.getPassword.get(id)?.password ?? null;
  }

  permissionCodes(connectionId: string, username: string): Set<string> {
    return new Set(this.statements.codesOf.all(connectionId, username).map((r) => r.code));
  }

  /** Inserts a connection and its ACL in one transaction. */
  insertConnection(connection: StoredConnection, password: string | null, acl: Record<string, readonly string[]>): void {
    this.db.transaction(() => {
      this.statements.insertConnection.run(
        connection.id,
        connection.name,
        JSON.stringify(connection.json),
        password,
        new Date().toISOString(),
      );
      for (const [username, codes] of Object.entries(acl)) {
        for (const code of codes) this.statements.grant.run(connection.id, username, code);
      }
    })();
  }

  /** Replaces a connection's settings; `newPassword` undefined keeps the stored one. */
  replaceConnection(connection: StoredConnection, newPassword: string | undefined): void {
    this.db.transaction(() => {
      this.statements.updateConnection.run(connection.name, JSON.stringify(connection.json), new Date().toISOString(), connection.id);
      if (newPassword !== undefined) this.statements.updatePassword.run(newPassword, connection.id);
    })();
  }

  deleteConnection(id: string): void {
    this.db.transaction(() => {
      this.statements.deleteConnection.run(id);
    })();
  }

  /** Runs `work` in one transaction (used where a read decides a write). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
