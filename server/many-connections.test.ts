/**
 * `list` with thousands of connections (issue 16): the generated connections arrive complete,
 * in list order, with each caller's own access map, and beside the seeded ones.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionListSchema, wireConnectionSchema } from '../src/connection/wire';
import { API, call, getConnection, rawStoredPassword, startTestServer, update, type TestServer } from './testing/harness';
import { insertManyConnections, manyConnectionName } from './testing/many-connections';

const COUNT = 2_000;
let server: TestServer;
let names: string[];

beforeAll(async () => {
  server = await startTestServer();
  names = insertManyConnections(server.dbPath, COUNT);
});
afterAll(async () => {
  await server.dispose();
});

describe('insertManyConnections', () => {
  it('adds named, readable connections with no password beside a running server', async () => {
    expect(names).toHaveLength(COUNT);
    expect(names[0]).toBe(manyConnectionName(0));
    expect(names.at(-1)).toBe('bulk_01999');
    const last = await getConnection(server, 'bulk_01999', 'reader');
    expect(wireConnectionSchema.safeParse(last).success).toBe(true);
    expect(last).toMatchObject({ name: 'bulk_01999', password: null, hostname: 'db-01999.example' });
    expect(rawStoredPassword(server.dbPath, 'bulk_01999')).toBeNull();
  });

  it('can add more to the same database under another start or prefix', () => {
    expect(insertManyConnections(server.dbPath, 2, { start: COUNT })).toEqual(['bulk_02000', 'bulk_02001']);
    expect(insertManyConnections(server.dbPath, 1, { prefix: 'extra_' })).toEqual(['extra_00000']);
  });
});

describe('list with thousands of connections', () => {
  it('gives every connection in name order, with the caller\'s access map', async () => {
    const result = await call(server, `${API}/connection/list?includeAccessMap=true`, { user: 'creator' });
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    const list = connectionListSchema.parse(result.body).databaseConnections;
    const bulk = list.filter((c) => c.name.startsWith('bulk_'));
    expect(bulk.map((c) => c.name)).toEqual([...bulk.map((c) => c.name)].sort());
    expect(bulk.length).toBeGreaterThanOrEqual(COUNT);
    const granted = (index: number) =>
      bulk[index]?.accessMap?.filter((entry) => entry.value === 'true').map((entry) => entry.name);
    expect(granted(0)).toEqual(['0', '1']);
    expect(granted(1)).toEqual(['0']);
    expect(bulk[0]).toMatchObject({ hostname: 'db-00000.example', isSystem: false, isUploadDataset: false, sqlserverInstance: null });
    expect(list.map((c) => c.name)).toEqual(expect.arrayContaining(['foodmart2', 'sales_mysql']));
    expect(list.map((c) => c.name)).not.toContain('warehouse_generic');
  });

  it('with includeInfo=false and a permission filter answers names only', async () => {
    const result = await call(server, `${API}/connection/list?includeInfo=false&permissions=1`, { user: 'creator' });
    const list = connectionListSchema.parse(result.body).databaseConnections;
    expect(list.filter((c) => c.name.startsWith('bulk_'))).toHaveLength(COUNT / 2 + 1);
    expect(Object.keys(list[0] ?? {})).toEqual(['name']);
  });

  it('shows a change at once, whether made through the API or by another process on the file', async () => {
    const names = async () =>
      connectionListSchema.parse((await call(server, `${API}/connection/list?includeAccessMap=true`)).body).databaseConnections.map((c) => c.name);
    expect(await names()).toContain('bulk_00007');
    const seventh = await getConnection(server, 'bulk_00007');
    expect((await update(server, { ...seventh, name: 'renamed_00007' })).body).toMatchObject({ success: true });
    expect(await names()).toContain('renamed_00007');
    const db = new Database(server.dbPath);
    try {
      db.prepare("DELETE FROM connections WHERE name = 'bulk_00008'").run();
    } finally {
      db.close();
    }
    expect(await names()).not.toContain('bulk_00008');
  });
});
