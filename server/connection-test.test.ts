/**
 * `PUT connection/test` for real: against a closed port, a silent server, an unsupported
 * type, permission rules, and — when DATAFOR_TEST_PG_URL is set (`.ci/postgres.sh` prints
 * it) — a real PostgreSQL. With REQUIRE_POSTGRES=1 a missing URL fails instead of skipping.
 */
import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, call, getConnection, startTestServer, type Json, type TestServer } from './testing/harness';
import type { DemoUser } from './seed';

let server: TestServer;
let foodmart: Json;

beforeAll(async () => {
  server = await startTestServer({ testConnectTimeoutMs: 1500 });
  foodmart = await getConnection(server, 'foodmart2');
});
afterAll(async () => {
  await server.dispose();
});

function test(body: unknown, user: DemoUser = 'admin') {
  return call(server, `${API}/connection/test`, { method: 'PUT', json: body, user });
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

function draft(overrides: Json): Json {
  return { ...foodmart, id: null, name: 'draft_connection', password: 'pw', ...overrides };
}

const mysqlType = { name: 'MySQL', shortName: 'MYSQL', defaultDatabasePort: 3306 };

describe('test against unreachable servers', () => {
  it.each([
    ['PostgreSQL', {}],
    ['MySQL', { databaseType: mysqlType }],
  ])('%s on a closed port fails quickly with "connection refused"', async (_label, overrides) => {
    const port = await closedPort();
    const started = Date.now();
    const result = await test(draft({ ...overrides, hostname: '127.0.0.1', databasePort: String(port) }));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ name: 'draft_connection', success: false, msg: expect.stringMatching(new RegExp(`connection refused.*127\\.0\\.0\\.1:${port}`)) });
  });

  describe('a server that accepts and never answers', () => {
    let silent: Server;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      silent = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it.each([
      ['PostgreSQL', {}],
      ['MySQL', { databaseType: mysqlType }],
    ])('%s gives up after the connect time-out with a clear reason', async (_label, overrides) => {
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const started = Date.now();
      const result = await test(draft({ ...overrides, hostname: '127.0.0.1', databasePort: String(port) }));
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(4000);
      expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/time(d)? ?out/i) });
    });
  });
});

describe('types the local server cannot test', () => {
  it('Oracle answers success:false saying there is no driver for it', async () => {
    const oracle = await getConnection(server, 'finance_oracle');
    const result = await test(oracle);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ name: 'finance_oracle', success: false, msg: expect.stringMatching(/no driver for Oracle/) });
  });

  it('JNDI access cannot be tested locally', async () => {
    const result = await test(draft({ accessType: 'JNDI', accessTypeValue: 'JNDI', databaseName: 'jdbc/foodmart' }));
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/Native.*JNDI/) });
  });

  it('a Generic connection with a non-PostgreSQL/MySQL URL says so', async () => {
    const generic = await getConnection(server, 'warehouse_generic');
    const result = await test({ ...generic, attributes: { ...(generic.attributes as Json), CUSTOM_URL: 'jdbc:sqlserver://x:1433' } });
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/jdbc:postgresql/) });
  });

  it('a non-numeric port is a clear reason, not a crash', async () => {
    const result = await test(draft({ databasePort: 'abc' }));
    expect(result.body).toMatchObject({ success: false, msg: 'the port "abc" is not a number' });
  });
});

describe('test permissions and failures', () => {
  it('an empty body is a real 400', async () => {
    const result = await call(server, `${API}/connection/test`, { method: 'PUT', body: '', contentType: 'application/json' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/empty/) });
  });

  it('a connection the caller cannot read is a real 403 CONNECTION_READ_FORBIDDEN', async () => {
    const generic = await getConnection(server, 'warehouse_generic');
    const result = await test(generic, 'creator');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_READ_FORBIDDEN/);
  });

  it('a reader may not test a draft (CONNECTION_CREATE_FORBIDDEN) but may test a saved connection it reads', async () => {
    const refused = await test(draft({}), 'reader');
    expect(refused.status).toBe(403);
    expect((refused.body as Json).msg).toMatch(/^CONNECTION_CREATE_FORBIDDEN/);
    const oracle = await getConnection(server, 'finance_oracle', 'reader');
    const allowed = await test(oracle, 'reader');
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ success: false, msg: expect.stringMatching(/no driver/) });
  });

  it('without Edit, the stored password is never sent to a different host', async () => {
    const oracle = await getConnection(server, 'finance_oracle', 'creator');
    const result = await test({ ...oracle, hostname: 'attacker.example', password: null }, 'creator');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(result.text).not.toContain('Ledger');
  });
});

const pgUrl = process.env.DATAFOR_TEST_PG_URL;
const requirePostgres = process.env.REQUIRE_POSTGRES === '1';

describe('against a real PostgreSQL (DATAFOR_TEST_PG_URL)', () => {
  function pgSettings(): { hostname: string; databasePort: string; databaseName: string; username: string; password: string } {
    if (!pgUrl) throw new Error('REQUIRE_POSTGRES=1 but DATAFOR_TEST_PG_URL is not set: run .ci/postgres.sh and export what it prints');
    const url = new URL(pgUrl);
    return {
      hostname: url.hostname,
      databasePort: url.port || '5432',
      databaseName: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    };
  }
  const run = pgUrl || requirePostgres ? it : it.skip;

  run('a draft with the right credentials succeeds', async () => {
    const settings = pgSettings();
    const result = await test(draft({ ...settings, attributes: { PORT_NUMBER: settings.databasePort }, PORT_NUMBER: settings.databasePort }));
    expect(result.body).toEqual({ name: 'draft_connection', success: true });
  });

  run('a wrong password fails with the server\'s reason', async () => {
    const settings = pgSettings();
    const result = await test(draft({ ...settings, password: `${settings.password}-wrong` }));
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/password authentication failed/) });
  });

  run('a saved connection with an empty password is tested with the stored one; the pool\'s validationQuery is used', async () => {
    const settings = pgSettings();
    const added = await call(server, `${API}/connection/add`, {
      json: { ...foodmart, id: null, name: 'pg_saved', ...settings, usingConnectionPool: false },
    });
    expect(added.body).toMatchObject({ success: true });
    const saved = await getConnection(server, 'pg_saved');
    expect(saved.password).toBeNull();
    expect((await test({ ...saved, password: '' })).body).toEqual({ name: 'pg_saved', success: true });
    expect((await test({ ...saved, password: null }, 'admin')).body).toEqual({ name: 'pg_saved', success: true });
    const badQuery = await test({
      ...saved,
      usingConnectionPool: true,
      connectionPoolingProperties: { validationQuery: 'select * from datafor_no_such_table' },
    });
    expect(badQuery.body).toMatchObject({ success: false, msg: expect.stringMatching(/datafor_no_such_table.*does not exist/) });
  });

  run('connects where the type\'s URL points: Greenplum and GaussDB drafts reach the same PostgreSQL', async () => {
    const settings = pgSettings();
    for (const databaseType of [
      { name: 'Greenplum', shortName: 'GREENPLUM', defaultDatabasePort: 5432 },
      { name: 'GaussDB', shortName: 'GAUSSDB', defaultDatabasePort: 8000 },
    ]) {
      const result = await test(draft({ ...settings, databaseType, extraOptions: {}, extraOptionsOrder: {}, attributes: { PORT_NUMBER: settings.databasePort } }));
      expect(result.body, databaseType.shortName).toEqual({ name: 'draft_connection', success: true });
    }
  });

  run('the options the URL carries reach the driver: sslmode=require is asked of the server', async () => {
    const settings = pgSettings();
    const result = await test(
      draft({ ...settings, extraOptions: { 'POSTGRESQL.sslmode': 'require' }, extraOptionsOrder: { '0': 'POSTGRESQL.sslmode' } }),
    );
    const plain = await test(draft({ ...settings, extraOptions: {}, extraOptionsOrder: {} }));
    expect(plain.body).toEqual({ name: 'draft_connection', success: true });
    // The driver asked for TLS: it succeeds only when this server offers it.
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    const { rows } = await client.query<{ ssl: string }>('show ssl');
    await client.end();
    if (rows[0]?.ssl === 'on') expect(result.body).toEqual({ name: 'draft_connection', success: true });
    else expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/SSL/i) });
  });
});
