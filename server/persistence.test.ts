/**
 * Durability and concurrency: data survives a restart on the same file, and 50 concurrent
 * updates to one connection leave one valid, complete record (the last writer's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './app';
import { API, call, dumpDatabase, getConnection, startTestServer, storedPassword, update, type Json, type TestServer } from './testing/harness';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe('persistence', () => {
  it('an update, an add, a delete and a new password survive closing and starting again on the same file', async () => {
    server = await startTestServer();
    const foodmart = await getConnection(server, 'foodmart2');
    expect((await update(server, { ...foodmart, hostname: 'db.after-restart.internal', password: 'kept-across-restarts' })).body).toMatchObject({
      success: true,
    });
    expect((await call(server, `${API}/connection/add`, { json: { ...foodmart, id: null, name: 'added_before_restart' } })).body).toMatchObject({
      success: true,
    });
    expect((await call(server, `${API}/connection/deletebyname?name=warehouse_generic`, { method: 'DELETE' })).body).toMatchObject({
      success: true,
    });
    const before = dumpDatabase(server.dbPath);
    await server.close();

    const restarted = await startServer({ dbPath: server.dbPath, host: '127.0.0.1', port: 0, staticDir: null });
    try {
      expect((await getConnection(restarted, 'foodmart2')).hostname).toBe('db.after-restart.internal');
      expect((await getConnection(restarted, 'added_before_restart')).databaseName).toBe('foodmart');
      // Seeding happens once: a deleted seed connection does not come back.
      expect((await call(restarted, `${API}/connection/get?name=warehouse_generic`)).status).toBe(404);
      expect(storedPassword(server.dbPath, 'foodmart2')).toBe('kept-across-restarts');
      // Only the demo users' hashes are re-salted at start; connections and ACLs are untouched.
      const stable = (dump: string): unknown => ({ ...(JSON.parse(dump) as Json), users: undefined });
      expect(stable(dumpDatabase(server.dbPath))).toEqual(stable(before));
    } finally {
      await restarted.close();
    }
  });
});

describe('concurrency', () => {
  it('50 concurrent updates to one connection leave a valid record equal to one of the bodies, the last one applied', async () => {
    server = await startTestServer();
    const foodmart = await getConnection(server, 'foodmart2');
    const bodies = Array.from({ length: 50 }, (_, i) => ({
      ...foodmart,
      hostname: `host-${i}.internal`,
      databasePort: String(20000 + i),
      attributes: { ...(foodmart.attributes as Json), PORT_NUMBER: String(20000 + i) },
      PORT_NUMBER: String(20000 + i),
      extraOptions: { 'POSTGRESQL.ApplicationName': `writer-${i}` },
      extraOptionsOrder: { '0': 'POSTGRESQL.ApplicationName' },
      password: `secret-${i}`,
    }));
    const results = await Promise.all(bodies.map((body) => update(server!, body)));
    for (const result of results) expect(result.body).toEqual({ success: true, code: '200', msg: 'success' });

    const after = await getConnection(server, 'foodmart2');
    const index = bodies.findIndex((body) => body.hostname === after.hostname);
    expect(index).toBeGreaterThanOrEqual(0);
    // Every field from one writer: no mix of two bodies.
    expect(after).toEqual({ ...bodies[index], password: null });
    expect(storedPassword(server.dbPath, 'foodmart2')).toBe(`secret-${index}`);
    const db = JSON.parse(dumpDatabase(server.dbPath)) as { connections: { name: string; updated_at: string }[] };
    expect(db.connections.filter((c) => c.name === 'foodmart2')).toHaveLength(1);
  });
});
