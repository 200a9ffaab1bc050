/**
 * Issue 13: the local API accepts and returns the connection bodies real Pentaho and Datafor
 * servers hold (src/connection/__fixtures__/real-world.ts) as a real server does — stored as
 * sent, given back as stored, and never refused over a shape the contract allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionListSchema, wireConnectionSchema } from '../src/connection/wire';
import { REAL_WORLD_BODIES, realWorldBody } from '../src/connection/__fixtures__/real-world';
import { SERVER_DECIDED_FIELDS } from './stored-connection';
import {
  API,
  call,
  databaseBytes,
  getConnection,
  startTestServer,
  storedPartitionPasswords,
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

function add(body: unknown) {
  return call(server, `${API}/connection/add`, { json: body });
}

/** What `get` gives back for a body sent: the body, with the server's id, no password, and nothing the server alone decides. */
function asStored(body: Json, id: unknown): Json {
  const stored: Json = { ...structuredClone(body), id, password: null };
  for (const key of SERVER_DECIDED_FIELDS) delete stored[key];
  if (Array.isArray(stored.partitioningInformation)) {
    stored.partitioningInformation = stored.partitioningInformation.map((entry: unknown) =>
      typeof entry === 'object' && entry !== null && 'password' in entry ? { ...entry, password: null } : entry,
    );
  }
  return stored;
}

describe('every real-world body', () => {
  it.each(REAL_WORLD_BODIES.map((entry) => [entry.body.name, entry] as const))('%s: add, get, update, list', async (name, entry) => {
    const added = await add({ ...entry.body, id: null });
    expect(added.body, added.text).toMatchObject({ success: true });

    const stored = await getConnection(server, name);
    expect(typeof stored.id).toBe('string');
    expect(stored).toEqual(asStored(entry.body, stored.id));
    expect(wireConnectionSchema.safeParse(stored).success).toBe(true);

    // The editor's update: what it read, with one setting changed; nothing else moves.
    const edited = { ...stored, ...entry.edit.changes };
    const updated = await update(server, edited);
    expect(updated.body, updated.text).toMatchObject({ success: true });
    expect(await getConnection(server, name)).toEqual(edited);

    const list = await call(server, `${API}/connection/list`);
    const listed = connectionListSchema.parse(list.body).databaseConnections.find((c) => c.name === name) as Json | undefined;
    expect(listed).toMatchObject({ isSystem: false, isUploadDataset: false });
    expect(listed?.databaseType).toEqual(stored.databaseType);
  });
});

describe('shapes the contract allows are accepted, not refused', () => {
  it('databaseType null or missing, accessType missing, numbers as strings', async () => {
    const thin = { name: 'rw_thin_accept', databaseType: { shortName: 'MYSQL', defaultDatabasePort: '3306' }, initialPoolSize: '5' };
    expect((await add(thin)).body).toMatchObject({ success: true });
    expect((await add({ name: 'rw_null_accept', databaseType: null, accessType: null })).body).toMatchObject({ success: true });
    expect(await getConnection(server, 'rw_null_accept')).toMatchObject({ databaseType: null, accessType: null });
  });

  it.each(['${DB_PORT}', '-1', '0', ''])('port %j', async (port) => {
    const name = `rw_port_${port.replace(/\W/g, '_') || 'empty'}`;
    expect((await add({ ...realWorldBody('rw_platform_zero_port').body, id: null, name, databasePort: port })).body).toMatchObject({ success: true });
    expect((await getConnection(server, name)).databasePort).toBe(port);
  });

  it('still refuses a port that is no number, variable or "no port"', async () => {
    const result = await add({ ...realWorldBody('rw_platform_zero_port').body, id: null, name: 'rw_port_bad', databasePort: '54 32' });
    expect(result.body).toMatchObject({ success: false, code: '400' });
  });
});

describe('partition passwords are secrets', () => {
  const base = realWorldBody('rw_partitioned').body;
  const withPasswords = {
    ...base,
    id: null,
    name: 'rw_partition_secrets',
    partitioningInformation: [
      { partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'a', username: 'etl', password: 'Partition#One' },
      { partitionId: 'P2', hostname: 'pg-b.db.example', port: '5432', databaseName: 'b', username: 'etl', password: 'Partition#Two' },
      {},
    ],
  };

  it('are never returned nor kept in clear, and a null keeps the stored one', async () => {
    expect((await add(withPasswords)).body).toMatchObject({ success: true });
    const stored = await getConnection(server, 'rw_partition_secrets');
    expect(stored.partitioningInformation).toEqual([
      { partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'a', username: 'etl', password: null },
      { partitionId: 'P2', hostname: 'pg-b.db.example', port: '5432', databaseName: 'b', username: 'etl', password: null },
      {},
    ]);
    const bytes = databaseBytes(server.dbPath).toString('latin1');
    expect(bytes).not.toContain('Partition#One');
    expect(bytes).not.toContain('Partition#Two');
    expect(storedPartitionPasswords(server.dbPath, 'rw_partition_secrets')).toEqual({ '0': 'Partition#One', '1': 'Partition#Two' });

    // The editor sends back what it read (nulls): the stored passwords stay.
    expect((await update(server, { ...stored, hostname: 'pg-c.db.example' })).body).toMatchObject({ success: true });
    expect(storedPartitionPasswords(server.dbPath, 'rw_partition_secrets')).toEqual({ '0': 'Partition#One', '1': 'Partition#Two' });

    // A typed one replaces its own; a partition that is gone takes its password with it.
    const partitions = stored.partitioningInformation as Json[];
    const next = { ...stored, partitioningInformation: [{ ...partitions[0], password: 'Partition#New' }] };
    expect((await update(server, next)).body).toMatchObject({ success: true });
    expect(storedPartitionPasswords(server.dbPath, 'rw_partition_secrets')).toEqual({ '0': 'Partition#New' });
  });
});

describe('Test connection', () => {
  it('says plainly that only the server that runs a connection resolves its variables, and does not dial', async () => {
    const result = await call(server, `${API}/connection/test`, { method: 'PUT', json: realWorldBody('rw_portable_variables').body });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ success: false });
    const msg = String((result.body as Json).msg);
    expect(msg).toContain('${DB_HOST}, ${DB_PORT}, ${DB_NAME}, ${DB_USER}, ${APP_NAME}');
    expect(msg).toContain('only the server that runs it resolves');
    expect(msg).not.toMatch(/not found|refused|timed out/);
  });

  it('checks permissions before it says anything about variables', async () => {
    const result = await call(server, `${API}/connection/test`, {
      method: 'PUT',
      user: 'reader',
      json: { ...realWorldBody('rw_portable_variables').body, id: null, name: 'rw_never_saved' },
    });
    expect(result.status).toBe(403);
  });

  it('answers clearly for a connection whose type the server did not name', async () => {
    const result = await call(server, `${API}/connection/test`, { method: 'PUT', json: { ...realWorldBody('rw_azure_sql_no_driver').body, id: null } });
    expect(result.body).toMatchObject({ success: false });
    expect(String((result.body as Json).msg)).toContain('names no database type');
  });
});

describe('the demo data shows these shapes', () => {
  it('seeds a type the server lacks, variables, a "-1" port and partitions, their partition passwords sealed', async () => {
    expect(await getConnection(server, 'bigquery_no_driver')).toMatchObject({ databaseType: null });
    expect(await getConnection(server, 'portable_variables')).toMatchObject({ hostname: '${DB_HOST}', databasePort: '${DB_PORT}' });
    expect(await getConnection(server, 'oracle_rac_tns')).toMatchObject({ hostname: '', databasePort: '-1' });
    const partitioned = await getConnection(server, 'partitioned_orders');
    expect(partitioned).toMatchObject({ partitioned: true });
    expect((partitioned.partitioningInformation as Json[]).map((p) => ('password' in p ? p.password : 'absent'))).toEqual([null, null, 'absent']);
    expect(databaseBytes(server.dbPath).toString('latin1')).not.toContain('Partition-A#2024');
    expect(storedPartitionPasswords(server.dbPath, 'partitioned_orders')).toEqual({ '0': 'Partition-A#2024', '1': 'Partition-B#2024' });
  });
});
