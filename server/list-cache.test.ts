/**
 * `list` answers are kept between requests (issue 16): every write, by the API or by another
 * process on the file, must show in the next answer, and one caller's answer — their entries
 * and their access map — must never be given to another.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionListSchema } from '../src/connection/wire';
import type { DemoUser } from './seed';
import { API, call, getConnection, startTestServer, update, type TestServer } from './testing/harness';
import { insertManyConnections } from './testing/many-connections';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  insertManyConnections(server.dbPath, 50, { prefix: 'cached_' });
});
afterAll(async () => {
  await server.dispose();
});

async function listed(user: DemoUser, query = 'includeAccessMap=true') {
  const result = await call(server, `${API}/connection/list?${query}`, { user });
  return connectionListSchema.parse(result.body).databaseConnections;
}

async function names(user: DemoUser): Promise<string[]> {
  return (await listed(user)).map((c) => c.name);
}

async function granted(user: DemoUser, name: string): Promise<string[] | undefined> {
  const entry = (await listed(user)).find((c) => c.name === name);
  return entry?.accessMap?.filter((a) => a.value === 'true').map((a) => a.name);
}

function addBody(name: string): Record<string, unknown> {
  return {
    id: null,
    name,
    accessType: 'NATIVE',
    databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' },
    hostname: 'db.example',
    databasePort: '5432',
    databaseName: 'cached',
    username: 'cached',
    password: '',
    attributes: {},
    extraOptions: {},
  };
}

describe('list answers kept between requests', () => {
  it('give each caller their own entries and access map, asked in any order', async () => {
    // Asked twice each, interleaved, so that a wrongly shared answer would show.
    for (let round = 0; round < 2; round += 1) {
      expect(await granted('admin', 'cached_00000')).toEqual(['0', '1', '2', '3', '4']);
      expect(await granted('creator', 'cached_00000')).toEqual(['0', '1']);
      expect(await granted('creator', 'cached_00001')).toEqual(['0']);
      expect(await granted('reader', 'cached_00000')).toEqual(['0']);
    }
    expect(await names('admin')).toContain('warehouse_generic');
    expect(await names('creator')).not.toContain('warehouse_generic');
  });

  it('give each query its own answer', async () => {
    const full = await listed('creator');
    const namesOnly = await listed('creator', 'includeInfo=false');
    const editable = await listed('creator', 'includeAccessMap=true&permissions=1');
    expect(full[0]?.hostname).toBeDefined();
    expect(Object.keys(namesOnly[0] ?? {})).toEqual(['name']);
    expect(editable.length).toBeLessThan(full.length);
    expect(editable.map((c) => c.name)).not.toContain('cached_00001');
    expect((await listed('creator', 'includeInfo=false')).length).toBe(namesOnly.length);
  });

  it('show an added, an updated and a deleted connection at once', async () => {
    expect(await names('admin')).not.toContain('cached_added');
    const added = await call(server, `${API}/connection/add`, { json: addBody('cached_added') });
    expect(added.body).toMatchObject({ success: true });
    expect(await names('admin')).toContain('cached_added');

    const before = (await listed('admin')).find((c) => c.name === 'cached_00002');
    expect(before?.hostname).toBe('db-00002.example');
    const stored = await getConnection(server, 'cached_00002');
    expect((await update(server, { ...stored, hostname: 'changed.example' })).body).toMatchObject({ success: true });
    expect((await listed('admin')).find((c) => c.name === 'cached_00002')?.hostname).toBe('changed.example');
    expect((await listed('creator')).find((c) => c.name === 'cached_00002')?.hostname).toBe('changed.example');

    const removed = await call(server, `${API}/connection/deletebyname?name=cached_added`, { method: 'DELETE' });
    expect(removed.body).toMatchObject({ success: true });
    expect(await names('admin')).not.toContain('cached_added');
  });

  it('show a grant or a deletion made by another process on the file', async () => {
    expect(await granted('creator', 'cached_00003')).toEqual(['0']);
    const db = new Database(server.dbPath);
    try {
      const { id } = db.prepare<[string], { id: string }>('SELECT id FROM connections WHERE name = ?').get('cached_00003')!;
      db.prepare("INSERT INTO connection_acl (connection_id, username, code) VALUES (?, 'creator', '2')").run(id);
      expect(await granted('creator', 'cached_00003')).toEqual(['0', '2']);
      expect(await granted('reader', 'cached_00003')).toEqual(['0']);
      db.prepare("DELETE FROM connections WHERE name = 'cached_00004'").run();
    } finally {
      db.close();
    }
    expect(await names('creator')).not.toContain('cached_00004');
    expect(await names('admin')).not.toContain('cached_00004');
  });
});
