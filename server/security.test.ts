/**
 * The local API under attack (issue 15): readers stay read-only through Test connection,
 * sign-in and sign-out refuse cross-site requests, failed sign-ins are limited, forged
 * server-decided fields are dropped, unreadable connections disclose nothing more than the
 * contract forces, invalid UTF-8 is refused, and the deployment switches (source maps, the
 * Secure cookie behind a TLS proxy, the absolute session lifetime) behave as documented.
 * Encryption at rest has its own file (secrets-at-rest.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionListSchema } from '../src/connection/wire';
import type { DemoUser } from './seed';
import {
  API,
  AUTH,
  basicHeader,
  call,
  dumpDatabase,
  getConnection,
  signIn,
  startTestServer,
  storedJson,
  update,
  type Json,
  type TestServer,
} from './testing/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ testConnectTimeoutMs: 1500 });
});
afterAll(async () => {
  await server.dispose();
});

const pgAvailable = Boolean(process.env.DATAFOR_TEST_PG_URL);

function testConnection(body: unknown, user: DemoUser) {
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

// What issue 15 ran as `reader`: the superuser's password hash came back in the driver's error.
const SHADOW_QUERY = 'select cast((select passwd from pg_shadow where usename=current_user) as int)';

/** Changes a caller without Edit must not make to a stored connection tested with its stored password. */
const STATEMENTS_AND_TARGETS: [string, (c: Json) => Json][] = [
  ['a validation query run through the pool', (c) => ({ ...c, usingConnectionPool: true, connectionPoolingProperties: { validationQuery: SHADOW_QUERY } })],
  ['connect SQL', (c) => ({ ...c, connectSql: 'CREATE TABLE datafor_reader_was_here (x int)' })],
  ['an extra option', (c) => ({ ...c, extraOptions: { 'POSTGRESQL.ssl': 'true' }, extraOptionsOrder: { '0': 'POSTGRESQL.ssl' } })],
  ['another database', (c) => ({ ...c, databaseName: 'template1' })],
  ['another user', (c) => ({ ...c, username: 'someone_else' })],
  ['another port', (c) => ({ ...c, databasePort: '5433' })],
  ['another host', (c) => ({ ...c, hostname: '127.0.0.2' })],
  ['another type', (c) => ({ ...c, databaseType: { name: 'MySQL', shortName: 'MYSQL', defaultDatabasePort: 3306 } })],
];

describe('15.1 Test connection with the stored password runs only what the caller may edit', () => {
  it.each(STATEMENTS_AND_TARGETS)('a reader is refused %s (403, nothing reaches the driver)', async (_label, change) => {
    const stored = await getConnection(server, 'local_postgres', 'reader');
    const result = await testConnection({ ...change(stored), password: '' }, 'reader');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN: .*only exactly as saved/);
    expect(result.text).not.toMatch(/SCRAM|md5|invalid input syntax|password authentication/i);
  });

  it.each(STATEMENTS_AND_TARGETS.slice(0, 3))('a creator with only Read is refused %s', async (_label, change) => {
    const oracle = await getConnection(server, 'finance_oracle', 'creator');
    const result = await testConnection({ ...change(oracle), password: null }, 'creator');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(result.text).not.toContain('Ledger');
  });

  it('a reader tests the stored connection exactly as stored, as the read-only editor sends it (empty password)', async () => {
    const stored = await getConnection(server, 'local_postgres', 'reader');
    // What the editor sends back for an untouched connection: everything as received.
    const result = await testConnection({ ...stored, password: '', changed: true }, 'reader');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ name: 'local_postgres' });
    if (pgAvailable) expect(result.body).toEqual({ name: 'local_postgres', success: true });
  });

  it('a stored connection is tested as stored even when the body spells empty values differently', async () => {
    const stored = await getConnection(server, 'local_postgres', 'reader');
    const result = await testConnection({ ...stored, connectSql: null, password: null, extraOptions: null, extraOptionsOrder: {} }, 'reader');
    expect(result.status).toBe(200);
  });

  it('a creator with Edit may test changed settings with the stored password (they could save them)', async () => {
    const stored = await getConnection(server, 'local_postgres', 'creator');
    const result = await testConnection(
      { ...stored, usingConnectionPool: true, connectionPoolingProperties: { validationQuery: 'select 2' }, password: '' },
      'creator',
    );
    expect(result.status).toBe(200);
    if (pgAvailable) expect(result.body).toEqual({ name: 'local_postgres', success: true });
  });

  it.runIf(pgAvailable)('the reader\'s statement never ran: no table was created', async () => {
    const stored = await getConnection(server, 'local_postgres', 'admin');
    const probe = await testConnection(
      {
        ...stored,
        password: '',
        usingConnectionPool: true,
        connectionPoolingProperties: { validationQuery: 'select 1 from datafor_reader_was_here' },
      },
      'admin',
    );
    expect(probe.body).toMatchObject({ success: false, msg: expect.stringMatching(/datafor_reader_was_here.*does not exist/) });
  });
});

describe('15.2 no probing of hosts and ports without the right to create connections', () => {
  it('a reader with the saved id, another host and port and their own password is refused before dialling', async () => {
    const stored = await getConnection(server, 'local_postgres', 'reader');
    const port = await closedPort();
    const result = await testConnection({ ...stored, hostname: '127.0.0.1', databasePort: String(port), password: 'guess' }, 'reader');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_CREATE_FORBIDDEN/);
    expect(result.text).not.toMatch(/refused|timed out|unreachable/);
  });

  it('a reader is refused another port even on a connection that stores no password', async () => {
    const foodmart = await getConnection(server, 'foodmart2', 'reader');
    const port = await closedPort();
    const result = await testConnection({ ...foodmart, databasePort: String(port), password: '' }, 'reader');
    expect(result.status).toBe(403);
    expect(result.text).not.toMatch(/refused/);
  });

  it('a reader who types a password for the stored settings is refused: only the stored connection as saved', async () => {
    const stored = await getConnection(server, 'local_postgres', 'reader');
    const result = await testConnection({ ...stored, password: 'postgres' }, 'reader');
    expect(result.status).toBe(403);
    expect((result.body as Json).msg).toMatch(/^CONNECTION_CREATE_FORBIDDEN/);
  });

  it('a creator without Edit may test a connection wholly their own (own password, nothing stored used)', async () => {
    const oracle = await getConnection(server, 'finance_oracle', 'creator');
    const port = await closedPort();
    const result = await testConnection(
      {
        ...oracle,
        databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL', defaultDatabasePort: 5432 },
        hostname: '127.0.0.1',
        databasePort: String(port),
        password: 'their-own',
      },
      'creator',
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/connection refused/) });
  });
});

describe('15.4 sign-in and sign-out refuse cross-site requests', () => {
  const ownOrigin = () => server.url;

  it.each([
    ['an Origin of another site', { Origin: 'https://attacker.example' }],
    ['an Origin of another port on the same host', { Origin: 'http://127.0.0.1:1' }],
    ['Origin null (a sandboxed or privacy-redirected page)', { Origin: 'null' }],
    ['Sec-Fetch-Site: cross-site without Origin', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site without Origin', { 'Sec-Fetch-Site': 'same-site' }],
    ['a Referer of another site without Origin', { Referer: 'https://attacker.example/login-csrf.html' }],
  ])('login with %s is refused with 403 and sets no cookie', async (_label, headers) => {
    const result = await signIn(server, 'reader', 'reader123', headers);
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ success: false, code: '403', msg: expect.stringMatching(/^CROSS_SITE_REQUEST_REFUSED/) });
    expect(result.setCookie).toBeNull();
  });

  it.each([
    ['its own origin', () => ({ Origin: ownOrigin(), 'Sec-Fetch-Site': 'same-origin' })],
    ['Sec-Fetch-Site: same-origin only', () => ({ 'Sec-Fetch-Site': 'same-origin' })],
    ['Sec-Fetch-Site: none (typed by the user)', () => ({ 'Sec-Fetch-Site': 'none' })],
    ['no browser headers at all (curl)', () => ({})],
  ])('login from %s works', async (_label, headers) => {
    const result = await signIn(server, 'reader', 'reader123', headers());
    expect(result.body).toMatchObject({ success: true });
    expect(result.cookie).toMatch(/^JSESSIONID=/);
  });

  it('logout cannot be triggered cross-site: the session survives', async () => {
    const { cookie } = await signIn(server, 'admin', 'admin123');
    const headers = { Cookie: cookie ?? '' };
    const crossSiteHeaders: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://attacker.example' },
      { Referer: 'https://attacker.example/' },
    ];
    for (const crossSite of crossSiteHeaders) {
      const out = await call(server, `${AUTH}/logout`, { user: null, headers: { ...headers, ...crossSite } });
      expect(out.status).toBe(403);
      expect(out.headers.get('set-cookie')).toBeNull();
    }
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: true });
    const sameOrigin = await call(server, `${AUTH}/logout`, { user: null, headers: { ...headers, 'Sec-Fetch-Site': 'same-origin' } });
    expect(sameOrigin.body).toMatchObject({ success: true });
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ code: '401' });
  });

  it('a cross-site update with a valid session or Basic credentials changes nothing', async () => {
    const { cookie } = await signIn(server, 'admin', 'admin123');
    const foodmart = await getConnection(server, 'foodmart2');
    const before = dumpDatabase(server.dbPath);
    const viaCookie = await call(server, `${API}/connection/update`, {
      user: null,
      json: { ...foodmart, hostname: 'csrf.example' },
      headers: { Cookie: cookie ?? '', Origin: 'https://attacker.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(viaCookie.status).toBe(403);
    const viaBasic = await call(server, `${API}/connection/update`, {
      json: { ...foodmart, hostname: 'csrf.example' },
      headers: { Origin: 'https://attacker.example' },
    });
    expect(viaBasic.status).toBe(403);
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a configured trusted origin (the console that embeds the editor) may sign in and save', async () => {
    const trusting = await startTestServer({ trustedOrigins: ['https://console.example'] });
    try {
      const login = await signIn(trusting, 'admin', 'admin123', { Origin: 'https://console.example', 'Sec-Fetch-Site': 'cross-site' });
      expect(login.body).toMatchObject({ success: true });
      const foodmart = await getConnection(trusting, 'foodmart2');
      const saved = await call(trusting, `${API}/connection/update`, {
        user: null,
        json: foodmart,
        headers: { Cookie: login.cookie ?? '', Origin: 'https://console.example' },
      });
      expect(saved.body).toMatchObject({ success: true });
      const other = await signIn(trusting, 'admin', 'admin123', { Origin: 'https://other.example' });
      expect(other.status).toBe(403);
    } finally {
      await trusting.dispose();
    }
  });
});

describe('15.5 failed sign-ins are limited per address and per user', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({
      signInLimits: { perAddress: { max: 3, windowMs: 60_000 }, perUser: { max: 5, windowMs: 3_000 } },
    });
  });
  afterAll(async () => {
    await limited.dispose();
  });

  function loginFrom(address: string, username: string, password: string) {
    return limited.app.inject({
      method: 'POST',
      url: `${AUTH}/login`,
      remoteAddress: address,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ username, password }).toString(),
    });
  }

  it('after the failures one address may make, it gets 429 with Retry-After, even with the right password; another address signs in', async () => {
    for (let i = 0; i < 3; i += 1) expect((await loginFrom('127.0.0.11', 'admin', `wrong-${i}`)).json()).toMatchObject({ code: '401' });
    const blocked = await loginFrom('127.0.0.11', 'admin', 'admin123');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ success: false, code: '429', msg: expect.stringMatching(/too many failed sign-ins.*\d+ s/) });
    // The real admin, elsewhere, is not locked out by this attacker.
    expect((await loginFrom('127.0.0.12', 'admin', 'admin123')).json()).toMatchObject({ success: true });
  });

  it('wrong Basic credentials count too', async () => {
    const basic = (password: string) =>
      limited.app.inject({ method: 'GET', url: `${API}/connection/list`, remoteAddress: '127.0.0.13', headers: basicHeader('reader', password) });
    for (let i = 0; i < 3; i += 1) expect((await basic('wrong')).statusCode).toBe(401);
    const blocked = await basic('reader123');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('many addresses failing for one user lock that user only briefly, and no other user', async () => {
    // At once, so that all five fall in one window however busy the machine is.
    await Promise.all([1, 2, 3, 4, 5].map((i) => loginFrom(`127.0.1.${i}`, 'creator', 'wrong')));
    const locked = await loginFrom('127.0.2.1', 'creator', 'creator123');
    expect(locked.statusCode).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3);
    expect((await loginFrom('127.0.2.1', 'reader', 'reader123')).json()).toMatchObject({ success: true });
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await loginFrom('127.0.2.1', 'creator', 'creator123')).json()).toMatchObject({ success: true });
  });

  it('the default limits stop a single address long before 300 attempts', async () => {
    let status = 0;
    let attempts = 0;
    while (status !== 429 && attempts < 40) {
      attempts += 1;
      status = (
        await server.app.inject({
          method: 'POST',
          url: `${AUTH}/login`,
          remoteAddress: '127.0.3.1',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: `username=admin&password=wrong${attempts}`,
        })
      ).statusCode;
    }
    expect(status).toBe(429);
    expect(attempts).toBeLessThanOrEqual(21);
  });
});

describe('15.6 fields only the server decides are dropped from what clients send', () => {
  it('a creator\'s forged accessMap, isSystem and isUploadDataset are not stored nor shown to others', async () => {
    const foodmart = await getConnection(server, 'foodmart2', 'creator');
    const forged = {
      ...foodmart,
      accessMap: ['0', '1', '2', '3', '4'].map((name) => ({ name, value: 'true' })),
      isSystem: true,
      isUploadDataset: true,
      sqlserverInstance: 'forged',
    };
    expect((await update(server, forged, 'creator')).body).toMatchObject({ success: true });
    const stored = storedJson(server.dbPath, 'foodmart2') ?? '';
    for (const key of ['accessMap', 'isSystem', 'isUploadDataset', 'sqlserverInstance']) expect(stored).not.toContain(`"${key}"`);
    const asReader = await getConnection(server, 'foodmart2', 'reader');
    expect(asReader).not.toHaveProperty('accessMap');
    expect(asReader).not.toHaveProperty('isSystem');
    const listed = await call(server, `${API}/connection/list`, { user: 'reader' });
    const entry = connectionListSchema.parse(listed.body).databaseConnections.find((c) => c.name === 'foodmart2') as Json | undefined;
    expect(entry).toMatchObject({ isSystem: false, isUploadDataset: false, sqlserverInstance: null });
    expect(entry).not.toHaveProperty('accessMap');
  });

  it('add drops them too', async () => {
    const foodmart = await getConnection(server, 'foodmart2', 'creator');
    const added = await call(server, `${API}/connection/add`, {
      user: 'creator',
      json: { ...foodmart, id: null, name: 'forged_on_add', accessMap: [{ name: '4', value: 'true' }], isSystem: true },
    });
    expect(added.body).toMatchObject({ success: true });
    expect(storedJson(server.dbPath, 'forged_on_add')).not.toMatch(/"accessMap"|"isSystem"/);
  });
});

describe('15.7 a caller who cannot read a connection learns no more than the contract forces', () => {
  it('add onto an unreadable name says the name is not available, in the caller\'s own spelling, nothing else', async () => {
    const before = dumpDatabase(server.dbPath);
    for (const name of ['warehouse_generic', 'WAREHOUSE_Generic']) {
      const result = await call(server, `${API}/connection/add`, {
        user: 'creator',
        json: { ...(await getConnection(server, 'foodmart2', 'creator')), id: null, name },
      });
      expect(result.body).toMatchObject({ success: false, code: '500', msg: `the name "${name}" is not available: choose another name` });
    }
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('update and test by the id of an unreadable connection never echo its stored name', async () => {
    const foodmart = await getConnection(server, 'foodmart2', 'creator');
    const hidden = { ...foodmart, id: 'c7b2e915-6a0f-4d38-8e21-5f4a9b3d7e60', name: 'guess' };
    const updated = await update(server, hidden, 'creator');
    expect((updated.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(updated.text).not.toContain('warehouse_generic');
    const tested = await testConnection(hidden, 'creator');
    expect(tested.status).toBe(403);
    expect((tested.body as Json).msg).toMatch(/^CONNECTION_READ_FORBIDDEN/);
    expect(tested.text).not.toContain('warehouse_generic');
  });

  it('get keeps the contract\'s 403/404, with nothing of the connection in the 403', async () => {
    const forbidden = await call(server, `${API}/connection/get?name=warehouse_generic`, { user: 'creator' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.text).not.toMatch(/c7b2e915|jdbc:|etl|warehouse\.internal/);
    expect((await call(server, `${API}/connection/checkexists?name=warehouse_generic`, { user: 'creator' })).body).toEqual({
      success: true,
      exists: false,
    });
  });
});

describe('15.8 a body that is not valid UTF-8 is refused and changes nothing', () => {
  function bodyWithBytesInKey(json: Json): Buffer {
    const text = JSON.stringify({ ...json, attributes: { ...(json.attributes as Json), KEY_MARK: 'v' } });
    const [head = '', tail = ''] = text.split('KEY_MARK');
    return Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(tail)]);
  }

  it('update with bytes FF FE C3 inside a key answers code "400" naming UTF-8', async () => {
    const foodmart = await getConnection(server, 'foodmart2');
    const before = dumpDatabase(server.dbPath);
    const result = await call(server, `${API}/connection/update`, { body: bodyWithBytesInKey(foodmart), contentType: 'application/json' });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ success: false, code: '400', msg: expect.stringMatching(/not valid UTF-8.*byte \d+/) });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('test answers a real 400', async () => {
    const foodmart = await getConnection(server, 'foodmart2');
    const result = await call(server, `${API}/connection/test`, { method: 'PUT', body: bodyWithBytesInKey(foodmart), contentType: 'application/json' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ success: false, msg: expect.stringMatching(/UTF-8/) });
  });

  it('a lone surrogate escape (text no UTF-8 can hold) is refused the same way', async () => {
    const foodmart = await getConnection(server, 'foodmart2');
    const before = dumpDatabase(server.dbPath);
    const text = JSON.stringify({ ...foodmart, databaseName: 'LONE' }).replace('LONE', 'db\\ud800x');
    const result = await call(server, `${API}/connection/update`, { body: text, contentType: 'application/json' });
    expect(result.body).toEqual({ success: false, code: '400', msg: expect.stringMatching(/lone UTF-16 surrogate/) });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a sign-in form with invalid UTF-8 is refused with code "400"', async () => {
    const result = await call(server, `${AUTH}/login`, {
      user: null,
      body: Buffer.concat([Buffer.from('username=adm'), Buffer.from([0xff]), Buffer.from('&password=x')]),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(result.body).toMatchObject({ success: false, code: '400', msg: expect.stringMatching(/UTF-8/) });
  });
});

describe('15.9 source maps, the Secure cookie behind a TLS proxy, the absolute session lifetime', () => {
  let staticDir: string;
  beforeAll(() => {
    staticDir = mkdtempSync(join(tmpdir(), 'datafor-maps-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(join(staticDir, 'assets', 'app-abc.js'), 'console.log(1)\n//# sourceMappingURL=app-abc.js.map');
    writeFileSync(join(staticDir, 'assets', 'app-abc.js.map'), '{"version":3,"sources":["src/secret-logic.ts"]}');
  });
  afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

  it('source maps are not served by default, and are with serveSourceMaps (development)', async () => {
    const plain = await startTestServer({ staticDir });
    const dev = await startTestServer({ staticDir, serveSourceMaps: true });
    try {
      const hidden = await call(plain, '/assets/app-abc.js.map', { user: null });
      expect(hidden.status).toBe(404);
      expect(hidden.text).not.toContain('secret-logic');
      expect((await call(plain, '/assets/app-abc.js', { user: null })).status).toBe(200);
      const shown = await call(dev, '/assets/app-abc.js.map', { user: null });
      expect(shown.status).toBe(200);
      expect(shown.text).toContain('secret-logic');
    } finally {
      await plain.dispose();
      await dev.dispose();
    }
  });

  it('the session cookie is Secure behind a trusted TLS proxy, and X-Forwarded-Proto is ignored unless trusted', async () => {
    const proxied = await startTestServer({ trustProxy: true });
    try {
      const behindProxy = await signIn(proxied, 'admin', 'admin123', { 'X-Forwarded-Proto': 'https' });
      expect(behindProxy.setCookie).toMatch(/;\s*Secure/i);
      const plainHttp = await signIn(proxied, 'admin', 'admin123');
      expect(plainHttp.setCookie).not.toMatch(/Secure/i);
    } finally {
      await proxied.dispose();
    }
    const untrusting = await signIn(server, 'admin', 'admin123', { 'X-Forwarded-Proto': 'https' });
    expect(untrusting.setCookie).not.toMatch(/Secure/i);
  });

  it('a session in constant use still ends at its absolute lifetime', async () => {
    const shortLived = await startTestServer({ sessionIdleMs: 60_000, sessionMaxAgeMs: 400 });
    try {
      const { cookie } = await signIn(shortLived, 'admin', 'admin123');
      const headers = { Cookie: cookie ?? '' };
      for (let i = 0; i < 3; i += 1) {
        expect((await call(shortLived, `${API}/connection/list?includeInfo=false`, { user: null, headers })).body).toMatchObject({ success: true });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await call(shortLived, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ code: '401' });
    } finally {
      await shortLived.dispose();
    }
  });
});
