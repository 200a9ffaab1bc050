/**
 * The local Datafor API over real HTTP: each endpoint's success shape, the documented
 * failures, permissions, sessions and the security headers.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { connectionListSchema, poolParametersResponseSchema, wireConnectionSchema } from '../src/connection/wire';
import { SEED_CONNECTIONS } from './seed';
import {
  API,
  AUTH,
  basicHeader,
  call,
  dumpDatabase,
  getConnection,
  startTestServer,
  storedJson,
  storedPassword,
  update,
  type Json,
  type TestServer,
} from './testing/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

const FOODMART_EXAMPLE = SEED_CONNECTIONS.find((c) => c.json.name === 'foodmart2')?.json;

async function login(user: string, password: string): Promise<{ body: Json; cookie: string | null; setCookie: string | null }> {
  const response = await fetch(`${server.url}${AUTH}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: user, password }).toString(),
  });
  const setCookie = response.headers.get('set-cookie');
  const cookie = setCookie ? (setCookie.split(';')[0] ?? null) : null;
  return { body: (await response.json()) as Json, cookie, setCookie };
}

function listNames(body: unknown): string[] {
  return connectionListSchema.parse(body).databaseConnections.map((c) => c.name);
}

describe('sign-in', () => {
  it('login with form fields sets an HttpOnly, SameSite=Lax JSESSIONID that authenticates later calls', async () => {
    const { body, cookie, setCookie } = await login('creator', 'creator123');
    expect(body).toMatchObject({ success: true, msg: 'login success' });
    expect(setCookie).toMatch(/^JSESSIONID=[0-9A-F]{20,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const list = await call(server, `${API}/connection/list`, { user: null, headers: { Cookie: cookie ?? '' } });
    expect(list.status).toBe(200);
    // creator has nothing on warehouse_generic, so the session really is creator's.
    expect(listNames(list.body)).not.toContain('warehouse_generic');
    expect(listNames(list.body)).toContain('foodmart2');
  });

  it('login also accepts a JSON body', async () => {
    const result = await call(server, `${AUTH}/login`, { user: null, json: { username: 'reader', password: 'reader123' } });
    expect(result.body).toMatchObject({ success: true });
    expect(result.headers.get('set-cookie')).toMatch(/^JSESSIONID=/);
  });

  it('a wrong password fails with code "401" and no cookie; missing fields with code "400"', async () => {
    const wrong = await login('admin', 'nope');
    expect(wrong.body).toMatchObject({ success: false, code: '401' });
    expect(wrong.setCookie).toBeNull();
    const unknown = await login('mallory', 'admin123');
    expect(unknown.body).toMatchObject({ success: false, code: '401' });
    const missing = await call(server, `${AUTH}/login`, { user: null, json: { username: 'admin' } });
    expect(missing.body).toMatchObject({ success: false, code: '400' });
  });

  it('logout ends the session', async () => {
    const { cookie } = await login('admin', 'admin123');
    const headers = { Cookie: cookie ?? '' };
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: true });
    const out = await call(server, `${AUTH}/logout`, { user: null, headers });
    expect(out.body).toMatchObject({ success: true });
    expect(out.headers.get('set-cookie')).toMatch(/JSESSIONID=;/);
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: false, code: '401' });
  });

  it('expireSessions() ends every session (what an idle time-out does)', async () => {
    const { cookie } = await login('admin', 'admin123');
    const headers = { Cookie: cookie ?? '' };
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: true });
    server.expireSessions();
    expect((await call(server, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: false, code: '401' });
  });

  it('an idle session expires after sessionIdleMs', async () => {
    const shortLived = await startTestServer({ sessionIdleMs: 150 });
    try {
      const response = await fetch(`${shortLived.url}${AUTH}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'username=admin&password=admin123',
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
      const headers = { Cookie: cookie };
      expect((await call(shortLived, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ success: true });
      await new Promise((r) => setTimeout(r, 300));
      expect((await call(shortLived, `${API}/connection/list`, { user: null, headers })).body).toMatchObject({ code: '401' });
    } finally {
      await shortLived.dispose();
    }
  });

  it('demo passwords can be replaced at start', async () => {
    const custom = await startTestServer({ demoPasswords: { admin: 'An0ther-Secret' } });
    try {
      const old = await call(custom, `${API}/connection/list`);
      expect(old.status).toBe(401);
      const fresh = await call(custom, `${API}/connection/list`, { user: null, headers: basicHeader('admin', 'An0ther-Secret') });
      expect(fresh.body).toMatchObject({ success: true });
      // Stored hashed, never in clear.
      expect(dumpDatabase(custom.dbPath)).not.toContain('An0ther-Secret');
      expect(dumpDatabase(custom.dbPath)).toMatch(/scrypt\$/);
    } finally {
      await custom.dispose();
    }
  });
});

describe('no credentials, wrong credentials', () => {
  const envelopeCalls: [string, string, unknown?][] = [
    ['GET', `${API}/connection/list`],
    ['GET', `${API}/connection/checkexists?name=foodmart2`],
    ['GET', `${API}/connection/poolingParameters`],
    ['GET', `${API}/roles/types`],
    ['POST', `${API}/connection/add`, { name: 'x', accessType: 'NATIVE', databaseType: { name: 'MySQL', shortName: 'MYSQL' } }],
    ['POST', `${API}/connection/update`, { name: 'foodmart2', accessType: 'NATIVE', databaseType: { name: 'MySQL', shortName: 'MYSQL' } }],
    ['DELETE', `${API}/connection/deletebyname?name=foodmart2`],
  ];

  it.each(envelopeCalls)('without a session %s %s answers HTTP 200 code "401" and changes nothing', async (method, path, json) => {
    const before = dumpDatabase(server.dbPath);
    const result = await call(server, path, { method, user: null, json });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ success: false, code: '401' });
    expect(result.text).not.toContain('foodmart');
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('without a session get and test answer a real 401', async () => {
    const get = await call(server, `${API}/connection/get?name=foodmart2`, { user: null });
    expect(get.status).toBe(401);
    expect(get.body).toMatchObject({ success: false });
    const test = await call(server, `${API}/connection/test`, { method: 'PUT', user: null, json: FOODMART_EXAMPLE });
    expect(test.status).toBe(401);
  });

  it.each(envelopeCalls)('a wrong Basic password on %s %s is a real 401', async (method, path, json) => {
    const before = dumpDatabase(server.dbPath);
    const result = await call(server, path, { method, user: null, json, headers: basicHeader('admin', 'wrong') });
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(result.body).toMatchObject({ success: false });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('an unknown session cookie is treated as no session', async () => {
    const result = await call(server, `${API}/connection/list`, { user: null, headers: { Cookie: 'JSESSIONID=FORGED' } });
    expect(result.body).toMatchObject({ success: false, code: '401' });
  });
});

describe('list', () => {
  it('admin sees every seeded connection with its info, password null, list spelling of sqlserverInstance', async () => {
    const result = await call(server, `${API}/connection/list`);
    const list = connectionListSchema.parse(result.body);
    expect(list.databaseConnections.map((c) => c.name).sort()).toEqual(
      expect.arrayContaining(['finance_oracle', 'foodmart2', 'sales_mysql', 'warehouse_generic']),
    );
    const foodmart = list.databaseConnections.find((c) => c.name === 'foodmart2') as Json | undefined;
    expect(foodmart).toMatchObject({
      id: 'd55f86ef-0c20-4442-b806-074d4211b0fb',
      hostname: '127.0.0.1',
      password: null,
      isUploadDataset: false,
      isSystem: false,
      sqlserverInstance: null,
    });
    expect(foodmart).not.toHaveProperty('SQLServerInstance');
    expect(foodmart).not.toHaveProperty('accessMap');
  });

  it('includeInfo=false gives names only; includeAccessMap=true tells each permission', async () => {
    const result = await call(server, `${API}/connection/list?includeInfo=false&includeAccessMap=true`, { user: 'creator' });
    const list = connectionListSchema.parse(result.body);
    const byName = Object.fromEntries(list.databaseConnections.map((c) => [c.name, c]));
    expect(Object.keys(byName['foodmart2'] ?? {}).sort()).toEqual(['accessMap', 'name']);
    const granted = (name: string): string[] =>
      (byName[name]?.accessMap ?? []).filter((entry) => entry.value === 'true').map((entry) => entry.name);
    expect(granted('foodmart2')).toEqual(['0', '1']);
    expect(granted('sales_mysql')).toEqual(['0', '1']);
    expect(granted('finance_oracle')).toEqual(['0']);
    expect(byName['warehouse_generic']).toBeUndefined();
  });

  it('permissions filters by the caller\'s permission codes', async () => {
    const editable = await call(server, `${API}/connection/list?includeInfo=false&permissions=1`, { user: 'creator' });
    expect(listNames(editable.body).sort()).toEqual(expect.arrayContaining(['foodmart2', 'sales_mysql']));
    expect(listNames(editable.body)).not.toContain('finance_oracle');
    const readerEditable = await call(server, `${API}/connection/list?includeInfo=false&permissions=1`, { user: 'reader' });
    expect(listNames(readerEditable.body)).toEqual([]);
    const readerAll = await call(server, `${API}/connection/list?includeInfo=false&includeAccessMap=true`, { user: 'reader' });
    const list = connectionListSchema.parse(readerAll.body);
    expect(list.databaseConnections.length).toBeGreaterThanOrEqual(4);
    // A SYS_Reader views only, whatever the ACL says.
    for (const entry of list.databaseConnections) {
      expect(entry.accessMap?.filter((a) => a.value === 'true').map((a) => a.name)).toEqual(['0']);
    }
  });
});

describe('get and checkexists', () => {
  it('get returns the bare connection, the documented example verbatim, with password null', async () => {
    const foodmart = await getConnection(server, 'foodmart2');
    expect(foodmart).toEqual({ ...FOODMART_EXAMPLE, password: null });
    expect(wireConnectionSchema.safeParse(foodmart).success).toBe(true);
  });

  it('get answers a real 404 for an unknown name and a real 403 without Read', async () => {
    const missing = await call(server, `${API}/connection/get?name=nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, msg: expect.stringContaining('nope') });
    const forbidden = await call(server, `${API}/connection/get?name=warehouse_generic`, { user: 'creator' });
    expect(forbidden.status).toBe(403);
    expect((forbidden.body as Json).msg).toMatch(/^CONNECTION_READ_FORBIDDEN/);
    expect(forbidden.text).not.toContain('jdbc:');
    const noName = await call(server, `${API}/connection/get`);
    expect(noName.status).toBe(400);
  });

  it('checkexists is true only for a connection the caller can read', async () => {
    const exists = (name: string, user: 'admin' | 'creator') =>
      call(server, `${API}/connection/checkexists?name=${encodeURIComponent(name)}`, { user }).then((r) => r.body);
    expect(await exists('foodmart2', 'admin')).toEqual({ success: true, exists: true });
    expect(await exists('nope', 'admin')).toEqual({ success: true, exists: false });
    expect(await exists('warehouse_generic', 'creator')).toEqual({ success: true, exists: false });
  });
});

describe('reference endpoints', () => {
  it('poolingParameters lists every DBCP parameter with its default and description', async () => {
    const result = await call(server, `${API}/connection/poolingParameters`);
    const parsed = poolParametersResponseSchema.parse(result.body);
    expect(parsed.databaseConnectionPoolParameters).toHaveLength(POOL_PARAMETERS.length);
    expect(parsed.databaseConnectionPoolParameters.find((p) => p.parameter === 'maxActive')).toEqual({
      parameter: 'maxActive',
      defaultValue: '8',
      description: expect.stringMatching(/maximum number of active connections/i),
    });
  });

  it('roles/types lists the three user types', async () => {
    const result = await call(server, `${API}/roles/types`, { user: 'reader' });
    expect(result.body).toMatchObject({ success: true, code: '200', data: ['SYS_Reader', 'SYS_Creator', 'Administrator'] });
  });

  it('unknown /plugin paths answer 404 JSON', async () => {
    const result = await call(server, `${API}/connection/nothing`);
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ success: false, code: '404' });
  });
});

describe('update', () => {
  it('replaces the settings, answers the documented envelope, and get returns the new values', async () => {
    const before = await getConnection(server, 'sales_mysql');
    const changed = { ...before, hostname: 'mysql-sales-2.internal', connectSql: '' };
    const result = await update(server, changed);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ success: true, code: '200', msg: 'success' });
    const after = await getConnection(server, 'sales_mysql');
    expect(after).toEqual({ ...changed, password: null });
  });

  it('keeps unknown top-level and attributes fields, and key order, exactly', async () => {
    const before = await getConnection(server, 'sales_mysql');
    expect(before.datasourceOwner).toBe('sales-analytics');
    const sent: Json = {
      ...before,
      databaseName: 'sales_eu',
      attributes: { ...(before.attributes as Json), FUTURE_ATTRIBUTE: 'kept' },
      brandNewField: { nested: [1, 'two', null] },
    };
    expect((await update(server, sent)).body).toMatchObject({ success: true });
    const after = await getConnection(server, 'sales_mysql');
    expect(after.datasourceOwner).toBe('sales-analytics');
    expect(after.brandNewField).toEqual({ nested: [1, 'two', null] });
    expect(after.attributes).toEqual({ ...(before.attributes as Json), FUTURE_ATTRIBUTE: 'kept' });
    expect((after.attributes as Json).SUPPORTS_BOOLEAN_DATA_TYPE).toBe('Y');
    expect(JSON.stringify(after)).toBe(JSON.stringify({ ...sent, password: null }));
  });

  it('a body without a key removes that setting (the body replaces)', async () => {
    const before = await getConnection(server, 'sales_mysql');
    const { connectSql: _dropped, ...rest } = before;
    expect((await update(server, rest)).body).toMatchObject({ success: true });
    expect(await getConnection(server, 'sales_mysql')).not.toHaveProperty('connectSql');
    expect((await update(server, before)).body).toMatchObject({ success: true });
  });

  it('without id, matches by name', async () => {
    const before = await getConnection(server, 'foodmart2');
    const { id: _id, ...withoutId } = before;
    expect((await update(server, { ...withoutId, databaseName: 'foodmart_v2' })).body).toMatchObject({ success: true });
    const after = await getConnection(server, 'foodmart2');
    expect(after.id).toBe(before.id);
    expect(after.databaseName).toBe('foodmart_v2');
    expect((await update(server, before)).body).toMatchObject({ success: true });
  });

  it('with id, renames; get by the new name works and the old name is gone', async () => {
    const scratch = await addScratch('rename_me');
    const result = await update(server, { ...scratch, name: 'renamed_connection' });
    expect(result.body).toMatchObject({ success: true });
    expect((await getConnection(server, 'renamed_connection')).id).toBe(scratch.id);
    expect((await call(server, `${API}/connection/get?name=rename_me`)).status).toBe(404);
  });

  it('renaming onto another connection\'s name is refused with a msg naming it', async () => {
    const before = dumpDatabase(server.dbPath);
    const foodmart = await getConnection(server, 'foodmart2');
    const result = await update(server, { ...foodmart, name: 'finance_oracle' });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ success: false, code: '500', msg: expect.stringContaining('"finance_oracle"') });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('password null, "", "****" and absent keep the stored one; a new one replaces it and is never returned', async () => {
    const connection = await getConnection(server, 'sales_mysql');
    expect(storedPassword(server.dbPath, 'sales_mysql')).toBe('Sales#2024');
    const { password: _omit, ...withoutPassword } = connection;
    for (const body of [{ ...connection, password: null }, { ...connection, password: '' }, { ...connection, password: '********' }, withoutPassword]) {
      expect((await update(server, body)).body).toMatchObject({ success: true });
      expect(storedPassword(server.dbPath, 'sales_mysql')).toBe('Sales#2024');
    }
    expect((await update(server, { ...connection, password: 'N3w-Secret!' })).body).toMatchObject({ success: true });
    expect(storedPassword(server.dbPath, 'sales_mysql')).toBe('N3w-Secret!');
    // Stored apart: the JSON column never holds it, and no endpoint returns it.
    expect(storedJson(server.dbPath, 'sales_mysql')).not.toContain('N3w-Secret!');
    expect((await getConnection(server, 'sales_mysql')).password).toBeNull();
    const responses = await Promise.all([
      call(server, `${API}/connection/get?name=sales_mysql`),
      call(server, `${API}/connection/list`),
      call(server, `${API}/connection/list?includeAccessMap=true`),
      call(server, `${API}/connection/checkexists?name=sales_mysql`),
    ]);
    for (const response of responses) expect(response.text).not.toContain('N3w-Secret!');
    expect((await update(server, { ...connection, password: 'Sales#2024' })).body).toMatchObject({ success: true });
  });

  it('a reader gets CONNECTION_WRITE_FORBIDDEN and nothing changes', async () => {
    const before = dumpDatabase(server.dbPath);
    const foodmart = await getConnection(server, 'foodmart2', 'reader');
    const result = await update(server, { ...foodmart, hostname: 'evil' }, 'reader');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ success: false, code: '500' });
    expect((result.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('a reader stays refused even when the ACL grants Edit: the user type decides first', async () => {
    const foodmart = await getConnection(server, 'foodmart2', 'reader');
    // Grant Edit behind the server's back, as a mistaken permissions dialog could.
    const db = new Database(server.dbPath);
    db.prepare("INSERT OR IGNORE INTO connection_acl (connection_id, username, code) VALUES (?, 'reader', '1')").run(foodmart.id);
    db.close();
    const before = dumpDatabase(server.dbPath);
    const result = await update(server, { ...foodmart, hostname: 'evil' }, 'reader');
    expect((result.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
    // The access map the editor reads to choose read-only mode must not offer Edit either.
    const listed = await call(server, `${API}/connection/list?includeInfo=false&includeAccessMap=true`, { user: 'reader' });
    const entry = connectionListSchema.parse(listed.body).databaseConnections.find((c) => c.name === 'foodmart2');
    expect(entry?.accessMap?.filter((e) => e.value === 'true').map((e) => e.name)).toEqual(['0']);
  });

  it('a creator without Edit gets CONNECTION_WRITE_FORBIDDEN; with Edit the save succeeds', async () => {
    const before = dumpDatabase(server.dbPath);
    const oracle = await getConnection(server, 'finance_oracle', 'creator');
    const refused = await update(server, { ...oracle, hostname: 'elsewhere' }, 'creator');
    expect((refused.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN.*finance_oracle/);
    const noRead = await update(server, { ...oracle, id: 'c7b2e915-6a0f-4d38-8e21-5f4a9b3d7e60', name: 'warehouse_generic' }, 'creator');
    expect((noRead.body as Json).msg).toMatch(/^CONNECTION_WRITE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
    const foodmart = await getConnection(server, 'foodmart2', 'creator');
    expect((await update(server, { ...foodmart, databaseName: 'foodmart' }, 'creator')).body).toMatchObject({ success: true });
  });

  it('an unknown id or name fails with a msg and changes nothing', async () => {
    const before = dumpDatabase(server.dbPath);
    const foodmart = await getConnection(server, 'foodmart2');
    const byId = await update(server, { ...foodmart, id: '00000000-0000-0000-0000-000000000000' });
    expect(byId.body).toMatchObject({ success: false, code: '500', msg: expect.stringMatching(/not found.*00000000/) });
    const { id: _id, ...noId } = foodmart;
    const byName = await update(server, { ...noId, name: 'does_not_exist' });
    expect(byName.body).toMatchObject({ success: false, msg: expect.stringMatching(/not found.*does_not_exist/) });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });
});

async function addScratch(name: string): Promise<Json> {
  const result = await call(server, `${API}/connection/add`, {
    json: { ...FOODMART_EXAMPLE, id: null, name, password: 'scratch-pw' },
  });
  expect(result.body).toMatchObject({ success: true, code: '200' });
  return getConnection(server, name);
}

describe('add and delete', () => {
  it('add assigns an id, trims the name, stores the password apart, and gives the creator full control', async () => {
    const result = await call(server, `${API}/connection/add`, {
      user: 'creator',
      json: { ...FOODMART_EXAMPLE, id: null, name: '  creator_owned  ', password: 'pw-1' },
    });
    expect(result.body).toMatchObject({ success: true, code: '200' });
    const added = await getConnection(server, 'creator_owned', 'creator');
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(added.id).not.toBe(FOODMART_EXAMPLE?.id);
    expect(added.password).toBeNull();
    expect(storedPassword(server.dbPath, 'creator_owned')).toBe('pw-1');
    const access = await call(server, `${API}/connection/list?includeInfo=false&includeAccessMap=true`, { user: 'creator' });
    const entry = connectionListSchema.parse(access.body).databaseConnections.find((c) => c.name === 'creator_owned');
    expect(entry?.accessMap?.every((a) => a.value === 'true')).toBe(true);
    // Nobody else gets access: reader cannot see it.
    expect((await call(server, `${API}/connection/get?name=creator_owned`, { user: 'reader' })).status).toBe(403);
  });

  it('add refuses a duplicate name (msg names it) and a reader (CONNECTION_CREATE_FORBIDDEN)', async () => {
    const before = dumpDatabase(server.dbPath);
    const duplicate = await call(server, `${API}/connection/add`, { json: { ...FOODMART_EXAMPLE, id: null } });
    expect(duplicate.body).toMatchObject({ success: false, code: '500', msg: expect.stringContaining('foodmart2') });
    const reader = await call(server, `${API}/connection/add`, { user: 'reader', json: { ...FOODMART_EXAMPLE, id: null, name: 'r' } });
    expect((reader.body as Json).msg).toMatch(/^CONNECTION_CREATE_FORBIDDEN/);
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('deletebyname removes a connection; not found and no Delete answer CONNECTION_DELETE_FORBIDDEN', async () => {
    await addScratch('delete_me');
    const before = dumpDatabase(server.dbPath);
    for (const [name, user] of [['delete_me', 'creator'], ['delete_me', 'reader'], ['nope', 'admin']] as const) {
      const refused = await call(server, `${API}/connection/deletebyname?name=${name}`, { method: 'DELETE', user });
      expect((refused.body as Json).msg).toMatch(/^CONNECTION_DELETE_FORBIDDEN/);
    }
    expect(dumpDatabase(server.dbPath)).toBe(before);
    const done = await call(server, `${API}/connection/deletebyname?name=delete_me`, { method: 'DELETE' });
    expect(done.body).toMatchObject({ success: true, code: '200' });
    expect((await call(server, `${API}/connection/get?name=delete_me`)).status).toBe(404);
  });
});

describe('security headers', () => {
  it.each([
    ['an API answer', `${API}/connection/list`],
    ['a 401', `${API}/connection/get?name=foodmart2`],
    ['a 404', '/plugin/unknown'],
    ['the app shell', '/'],
  ])('%s carries a strict CSP, nosniff and a same-origin referrer policy', async (_label, path) => {
    const result = await call(server, path, { user: path.includes('get?') ? null : 'admin' });
    const csp = result.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'frame-ancestors': "'self'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'object-src': "'none'",
    });
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('frame-ancestors lists the configured hosts; an invalid one is refused at start', async () => {
    const framed = await startTestServer({ frameAncestors: ['https://bi.example.com', 'https://*.intranet.example:8443'] });
    try {
      const result = await call(framed, `${API}/roles/types`);
      expect(result.headers.get('content-security-policy')).toContain(
        "frame-ancestors 'self' https://bi.example.com https://*.intranet.example:8443;",
      );
    } finally {
      await framed.dispose();
    }
    await expect(startTestServer({ frameAncestors: ["https://ok.example; script-src 'unsafe-inline'"] })).rejects.toThrow(
      /Invalid frame-ancestors/,
    );
  });

  it('API answers are not cached', async () => {
    const result = await call(server, `${API}/connection/get?name=foodmart2`);
    expect(result.headers.get('cache-control')).toBe('no-store');
  });
});
