/**
 * Bad input never corrupts anything: each malformed `update` (and `add`, `test`) body gets
 * the documented failure shape with a specific msg, and every table is byte-for-byte
 * unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from './app';
import { API, call, dumpDatabase, getConnection, startTestServer, type Json, type TestServer } from './testing/harness';

let server: TestServer;
let foodmart: Json;

beforeAll(async () => {
  server = await startTestServer();
  foodmart = await getConnection(server, 'foodmart2');
});
afterAll(async () => {
  await server.dispose();
});

interface BadInput {
  label: string;
  /** A JSON value to send as application/json, or a function of the stored foodmart2. */
  json?: (good: Json) => unknown;
  raw?: string | Buffer;
  contentType?: string;
  msg: RegExp;
  code?: string;
}

const withField = (key: string, value: unknown) => (good: Json) => ({ ...good, [key]: value });
const without = (key: string) => (good: Json) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
const withNested = (key: string, inner: string, value: unknown) => (good: Json) => ({
  ...good,
  [key]: { ...(good[key] as Json), [inner]: value },
});

// A missing accessType or databaseType, a type without a shortName and numbers sent as strings
// are shapes real servers hold (issue 13): accepted, see real-world-bodies.test.ts.
const BAD_INPUTS: BadInput[] = [
  { label: 'empty body with a JSON content type', raw: '', contentType: 'application/json', msg: /body is empty/ },
  { label: 'no body at all', msg: /body is empty/ },
  { label: 'truncated JSON', raw: '{"name": "foodmart2", ', contentType: 'application/json', msg: /not valid JSON/ },
  { label: 'JSON with a trailing comma', raw: '{"name": "foodmart2",}', contentType: 'application/json', msg: /not valid JSON/ },
  { label: 'a JSON array', json: () => [{ name: 'foodmart2' }], msg: /must be a JSON object.*not an array/ },
  { label: 'a JSON string', json: () => 'foodmart2', msg: /must be a JSON object.*not a string/ },
  { label: 'a JSON number', json: () => 42, msg: /must be a JSON object.*not a number/ },
  { label: 'JSON null', raw: 'null', contentType: 'application/json', msg: /must be a JSON object.*not null/ },
  { label: 'JSON true', json: () => true, msg: /must be a JSON object.*not a boolean/ },
  { label: 'missing name', json: without('name'), msg: /name is missing/ },
  { label: 'name null', json: withField('name', null), msg: /^invalid connection: name: .*string/ },
  { label: 'name a number', json: withField('name', 7), msg: /^invalid connection: name: .*string/ },
  { label: 'empty name', json: withField('name', ''), msg: /name is empty/ },
  { label: 'blank name', json: withField('name', '   '), msg: /name is empty/ },
  { label: 'leading space in name', json: withField('name', ' foodmart2'), msg: /starts or ends with a space/ },
  { label: 'trailing space in name', json: withField('name', 'foodmart2 '), msg: /starts or ends with a space/ },
  { label: 'slash in name', json: withField('name', 'food/mart'), msg: /may not contain "\/"/ },
  { label: 'backslash in name', json: withField('name', 'food\\mart'), msg: /may not contain "\\"/ },
  { label: 'tab in name', json: withField('name', 'food\tmart'), msg: /may not contain a tab/ },
  { label: 'carriage return in name', json: withField('name', 'food\rmart'), msg: /may not contain a carriage return/ },
  { label: 'line feed in name', json: withField('name', 'food\nmart'), msg: /may not contain a line break/ },
  { label: 'bell character in name', json: withField('name', 'food\u0007mart'), msg: /control character U\+0007/ },
  { label: 'DEL character in name', json: withField('name', 'food\u007fmart'), msg: /control character U\+007F/ },
  { label: 'unknown accessType', json: withField('accessType', 'TELNET'), msg: /accessType/ },
  { label: 'databaseType a string', json: withField('databaseType', 'POSTGRESQL'), msg: /databaseType/ },
  { label: 'attributes value a number', json: withNested('attributes', 'PORT_NUMBER', 25432), msg: /attributes\.PORT_NUMBER/ },
  { label: 'attributes an array', json: withField('attributes', ['driverId']), msg: /attributes/ },
  { label: 'extraOptions a string', json: withField('extraOptions', 'TimeZone=UTC'), msg: /extraOptions/ },
  { label: 'extraOptionsOrder value null', json: withField('extraOptionsOrder', { '0': null }), msg: /extraOptionsOrder\.0/ },
  { label: 'connectionPoolingProperties a string', json: withField('connectionPoolingProperties', 'maxActive=5'), msg: /connectionPoolingProperties/ },
  { label: 'usingConnectionPool a string', json: withField('usingConnectionPool', 'yes'), msg: /usingConnectionPool/ },
  { label: 'changed a string', json: withField('changed', 'true'), msg: /changed/ },
  { label: 'initialPoolSize a fraction', json: withField('initialPoolSize', 1.5), msg: /initialPoolSize/ },
  { label: 'hostname a number', json: withField('hostname', 127), msg: /hostname/ },
  { label: 'databasePort a number', json: withField('databasePort', 25432), msg: /databasePort/ },
  { label: 'databasePort not numeric', json: withField('databasePort', '25432a'), msg: /port "25432a" is not a number/ },
  { label: 'databasePort with spaces', json: withField('databasePort', ' 25432'), msg: /port " 25432" is not a number/ },
  { label: 'databasePort out of range', json: withField('databasePort', '70000'), msg: /port 70000 is outside/ },
  { label: 'password a number', json: withField('password', 1234), msg: /password/ },
  { label: 'id a number', json: withField('id', 5), msg: /^invalid connection: id/ },
  {
    label: 'prototype pollution key',
    raw: '{"__proto__": {"isAdmin": true}, "name": "foodmart2"}',
    contentType: 'application/json',
    msg: /forbidden "__proto__"/,
  },
  { label: 'JSON sent as text/plain', raw: '{"name":"foodmart2"}', contentType: 'text/plain', msg: /Content-Type "text\/plain"/ },
  { label: 'a form post', raw: 'name=foodmart2', contentType: 'application/x-www-form-urlencoded', msg: /Content-Type "application\/x-www-form-urlencoded"/ },
  { label: 'an XML body', raw: '<connection name="foodmart2"/>', contentType: 'application/xml', msg: /unsupported Content-Type "application\/xml"/ },
  {
    label: 'a body over the size limit',
    json: (good) => ({ ...good, connectSql: 'x'.repeat(BODY_LIMIT_BYTES + 10) }),
    msg: /larger than the 1 MiB limit/,
  },
  { label: 'an unknown id', json: withField('id', '11111111-2222-3333-4444-555555555555'), msg: /not found.*11111111-2222/, code: '500' },
  { label: 'an unknown name without id', json: (good) => ({ ...without('id')(good), name: 'ghost' }), msg: /not found.*"ghost"/, code: '500' },
  { label: 'a rename onto another connection', json: withField('name', 'sales_mysql'), msg: /"sales_mysql" already exists/, code: '500' },
];

async function send(path: string, input: BadInput, method = 'POST') {
  const json = input.json?.(structuredClone(foodmart));
  return call(server, path, {
    method,
    body: json !== undefined ? JSON.stringify(json) : input.raw,
    contentType: json !== undefined ? 'application/json' : input.contentType,
  });
}

describe('update refuses bad input and changes nothing', () => {
  it('covers at least 30 distinct bad inputs', () => {
    expect(new Set(BAD_INPUTS.map((i) => i.label)).size).toBe(BAD_INPUTS.length);
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_INPUTS.map((input) => [input.label, input] as const))('%s', async (_label, input) => {
    const before = dumpDatabase(server.dbPath);
    const result = await send(`${API}/connection/update`, input);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ success: false, code: input.code ?? '400', msg: expect.stringMatching(input.msg) });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });

  it('the same body, well formed, is accepted (the cases above fail for their own reason)', async () => {
    const result = await call(server, `${API}/connection/update`, { json: foodmart });
    expect(result.body).toMatchObject({ success: true });
  });
});

describe('add refuses the same bad input', () => {
  const forAdd = BAD_INPUTS.filter((input) => input.code === undefined && !/space in name/.test(input.label));
  it.each(forAdd.map((input) => [input.label, input] as const))('%s', async (_label, input) => {
    const before = dumpDatabase(server.dbPath);
    const result = await send(`${API}/connection/add`, input);
    expect(result.body).toMatchObject({ success: false, code: '400' });
    expect(dumpDatabase(server.dbPath)).toBe(before);
  });
});

describe('test answers a real 400 on bad input', () => {
  const forTest = BAD_INPUTS.filter(
    (input) => input.code === undefined && !/ name|port|prototype/i.test(input.label) && !input.label.startsWith('name'),
  );
  it.each(forTest.map((input) => [input.label, input] as const))('%s', async (_label, input) => {
    const result = await send(`${API}/connection/test`, input, 'PUT');
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ success: false, msg: expect.any(String) });
  });
});
