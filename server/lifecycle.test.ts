/**
 * Create, rename and delete with Datafor's rules (issue 11.5): names clash ignoring case on add
 * and on rename, the name length limit holds on both, and delete needs the Delete permission
 * and is never allowed to a SYS_Reader.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONNECTION_NAME_LENGTH } from '../src/connection/rules';
import { API, call, dumpDatabase, getConnection, startTestServer, update, type Json, type TestServer } from './testing/harness';
import type { DemoUser } from './seed';

let server: TestServer;
let foodmart: Json;

beforeAll(async () => {
  server = await startTestServer();
  foodmart = await getConnection(server, 'foodmart2');
});
afterAll(async () => {
  await server.dispose();
});

function add(name: string, user: DemoUser = 'admin') {
  return call(server, `${API}/connection/add`, { user, json: { ...foodmart, id: null, name } });
}

function remove(name: string, user: DemoUser) {
  return call(server, `${API}/connection/deletebyname?name=${encodeURIComponent(name)}`, { method: 'DELETE', user });
}

function grant(name: string, user: DemoUser, code: string): void {
  const db = new Database(server.dbPath);
  try {
    db.prepare(
      'INSERT OR IGNORE INTO connection_acl (connection_id, username, code) SELECT id, ?, ? FROM connections WHERE name = ?',
    ).run(user, code, name);
  } finally {
    db.close();
  }
}

describe('names clash ignoring case', () => {
  it.each(['FOODMART2', 'FoodMart2'])('add %s is refused, naming the existing connection, and changes nothing', async (name) => {
    const before = dumpDatabase(server.dbPath);
    const result = await add(name);
    expect(result.body).toMatchObject({ success: false, code: '500', msg: 'a connection named "foodmart2" already exists' });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a rename onto another connection\'s name in other case is refused', async () => {
    const before = dumpDatabase(server.dbPath);
    const sales = await getConnection(server, 'sales_mysql');
    const result = await update(server, { ...sales, name: 'FOODMART2' });
    expect(result.body).toMatchObject({ success: false, code: '500', msg: expect.stringContaining('"foodmart2" already exists') });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('checkexists compares the same way, and still only for connections the caller can read', async () => {
    const exists = async (name: string, user: DemoUser) =>
      ((await call(server, `${API}/connection/checkexists?name=${encodeURIComponent(name)}`, { user })).body as Json).exists;
    expect(await exists('FOODMART2', 'creator')).toBe(true);
    expect(await exists('Warehouse_Generic', 'creator')).toBe(false);
    expect(await exists('Warehouse_Generic', 'admin')).toBe(true);
  });

  it('a connection may change the case of its own name', async () => {
    expect((await update(server, { ...foodmart, name: 'FoodMart2' })).body).toMatchObject({ success: true });
    expect((await getConnection(server, 'FoodMart2')).id).toBe(foodmart.id);
    expect((await update(server, foodmart)).body).toMatchObject({ success: true });
  });
});

describe('the name length limit', () => {
  const longest = 'n'.repeat(MAX_CONNECTION_NAME_LENGTH);
  const tooLong = '数'.repeat(MAX_CONNECTION_NAME_LENGTH + 1);

  it(`add takes ${MAX_CONNECTION_NAME_LENGTH} characters and refuses one more, saying both numbers`, async () => {
    expect((await add(longest)).body).toMatchObject({ success: true });
    const before = dumpDatabase(server.dbPath);
    expect((await add(tooLong)).body).toEqual({
      success: false,
      code: '400',
      msg: `the connection name has ${MAX_CONNECTION_NAME_LENGTH + 1} characters; at most ${MAX_CONNECTION_NAME_LENGTH} are allowed`,
    });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a rename to a longer name is refused the same way', async () => {
    const before = dumpDatabase(server.dbPath);
    expect((await update(server, { ...foodmart, name: tooLong })).body).toMatchObject({ success: false, code: '400', msg: /at most 64/ });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });
});

describe('delete', () => {
  it('a SYS_Reader may not delete even when the ACL grants Delete', async () => {
    expect((await add('reader_cannot_delete')).body).toMatchObject({ success: true });
    grant('reader_cannot_delete', 'reader', '2');
    grant('reader_cannot_delete', 'reader', '4');
    const before = dumpDatabase(server.dbPath);
    const result = await remove('reader_cannot_delete', 'reader');
    expect((result.body as Json).msg).toMatch(/^CONNECTION_DELETE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a creator needs Delete: refused with Read and Edit, allowed once Delete is granted', async () => {
    expect((await add('creator_may_delete')).body).toMatchObject({ success: true });
    grant('creator_may_delete', 'creator', '0');
    grant('creator_may_delete', 'creator', '1');
    expect(((await remove('creator_may_delete', 'creator')).body as Json).msg).toMatch(/^CONNECTION_DELETE_FORBIDDEN/);
    grant('creator_may_delete', 'creator', '2');
    expect((await remove('creator_may_delete', 'creator')).body).toEqual({ success: true, code: '200', msg: 'success' });
    expect((await call(server, `${API}/connection/get?name=creator_may_delete`)).status).toBe(404);
  });

  it('what a creator adds, the creator may delete (Full control)', async () => {
    expect((await add('created_then_deleted', 'creator')).body).toMatchObject({ success: true });
    expect((await remove('created_then_deleted', 'creator')).body).toMatchObject({ success: true });
  });

  it('a SYS_Reader may not add', async () => {
    const before = dumpDatabase(server.dbPath);
    expect(((await add('reader_adds', 'reader')).body as Json).msg).toMatch(/^CONNECTION_CREATE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });
});
