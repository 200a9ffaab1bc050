/**
 * What the server tests share: a real server on a free port with a fresh SQLite file, a
 * fetch wrapper that signs requests with HTTP Basic, and a dump of every table so a test
 * can prove that a refused request changed nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, type RunningServer, type ServerOptions } from '../app';
import { isSealed, keyFilePath, parseSecretKey, SecretBox, SECRET_CONTEXT } from '../secrets';
import { DEMO_PASSWORDS, type DemoUser } from '../seed';

export const API = '/plugin/datafor-modeler/api';
export const AUTH = '/plugin/datafor/api/extension/auth';

export interface TestServer extends RunningServer {
  dbPath: string;
  dir: string;
  /** Closes the server and removes its folder. */
  dispose(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'datafor-server-test-'));
  const dbPath = join(dir, 'datafor.sqlite');
  let server: RunningServer;
  try {
    server = await startServer({ dbPath, host: '127.0.0.1', port: 0, staticDir: null, ...options });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...server,
    dbPath,
    dir,
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function basicHeader(user: DemoUser, password: string = DEMO_PASSWORDS[user]): Record<string, string> {
  return { Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64') };
}

export interface CallOptions {
  method?: string;
  user?: DemoUser | null;
  json?: unknown;
  /** A raw body, sent as is with `contentType`. */
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body (undefined when it is not JSON). */
  body: unknown;
}

/** Calls the server; `user` defaults to admin over Basic, `null` sends no credentials. */
export async function call(server: RunningServer, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const user = options.user === undefined ? 'admin' : options.user;
  if (user) Object.assign(headers, basicHeader(user));
  let body: string | Buffer | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  if (options.contentType) headers['Content-Type'] = options.contentType;
  const response = await fetch(server.url + path, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

export type Json = Record<string, unknown>;

export async function getConnection(server: RunningServer, name: string, user: DemoUser = 'admin'): Promise<Json> {
  const result = await call(server, `${API}/connection/get?name=${encodeURIComponent(name)}`, { user });
  if (result.status !== 200) throw new Error(`get ${name} failed: ${result.status} ${result.text}`);
  return result.body as Json;
}

export function update(server: RunningServer, connection: unknown, user: DemoUser = 'admin'): Promise<CallResult> {
  return call(server, `${API}/connection/update`, { user, json: connection });
}

/** Every row of every table, as one string: equal dumps mean byte-for-byte equal data. */
export function dumpDatabase(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}

/** The password column as it lies in the file (sealed, or plaintext in an old database). */
export function rawStoredPassword(dbPath: string, name: string): string | null | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { password: string | null }>('SELECT password FROM connections WHERE name = ?').get(name)?.password;
  } finally {
    db.close();
  }
}

/** The key file beside the database, as the server uses it. */
export function secretBoxOf(dbPath: string): SecretBox {
  return new SecretBox(parseSecretKey(readFileSync(keyFilePath(dbPath), 'utf8'), keyFilePath(dbPath)));
}

function connectionId(dbPath: string, name: string): string | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { id: string }>('SELECT id FROM connections WHERE name = ?').get(name)?.id;
  } finally {
    db.close();
  }
}

/** The stored password in clear: opened with the key file when it is sealed. */
export function storedPassword(dbPath: string, name: string): string | null | undefined {
  const raw = rawStoredPassword(dbPath, name);
  if (typeof raw !== 'string' || !isSealed(raw)) return raw;
  return secretBoxOf(dbPath).open(raw, SECRET_CONTEXT.password(connectionId(dbPath, name) ?? ''));
}

/** The stored secret attributes in clear ({} when none). */
export function storedSecretAttributes(dbPath: string, name: string): Record<string, string> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  let row: { id: string; secret_attributes: string | null } | undefined;
  try {
    row = db
      .prepare<[string], { id: string; secret_attributes: string | null }>('SELECT id, secret_attributes FROM connections WHERE name = ?')
      .get(name);
  } finally {
    db.close();
  }
  if (!row?.secret_attributes) return {};
  return JSON.parse(secretBoxOf(dbPath).open(row.secret_attributes, SECRET_CONTEXT.attributes(row.id))) as Record<string, string>;
}

/** The stored partition passwords in clear, by entry index ({} when none). */
export function storedPartitionPasswords(dbPath: string, name: string): Record<string, string> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  let row: { id: string; partition_passwords: string | null } | undefined;
  try {
    row = db
      .prepare<[string], { id: string; partition_passwords: string | null }>('SELECT id, partition_passwords FROM connections WHERE name = ?')
      .get(name);
  } finally {
    db.close();
  }
  if (!row?.partition_passwords) return {};
  return JSON.parse(secretBoxOf(dbPath).open(row.partition_passwords, SECRET_CONTEXT.partitions(row.id))) as Record<string, string>;
}

/** Every byte the database keeps on disk: the file and, while it is open, its write-ahead log. */
export function databaseBytes(dbPath: string): Buffer {
  const parts = [dbPath, `${dbPath}-wal`].map((path) => {
    try {
      return readFileSync(path);
    } catch {
      return Buffer.alloc(0);
    }
  });
  return Buffer.concat(parts);
}

export interface SignInResult {
  status: number;
  body: Json;
  /** `JSESSIONID=…`, ready for a Cookie header; null when none was set. */
  cookie: string | null;
  setCookie: string | null;
  headers: Headers;
}

/** Signs in through the form endpoint, as a page does, with extra headers (Origin, Sec-Fetch-Site…). */
export async function signIn(
  server: RunningServer,
  user: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInResult> {
  const response = await fetch(`${server.url}${AUTH}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ username: user, password }).toString(),
  });
  const setCookie = response.headers.get('set-cookie');
  const text = await response.text();
  let body: Json = {};
  try {
    body = JSON.parse(text) as Json;
  } catch {
    body = { text };
  }
  return { status: response.status, body, cookie: setCookie ? (setCookie.split(';')[0] ?? null) : null, setCookie, headers: response.headers };
}

export function storedJson(dbPath: string, name: string): string | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { json: string }>('SELECT json FROM connections WHERE name = ?').get(name)?.json;
  } finally {
    db.close();
  }
}
