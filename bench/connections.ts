/**
 * The connections the bench opens: PostgreSQL with many extra options and every pool
 * parameter switched on, created through the local API's `add` like a user's would be.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { DEMO_PASSWORDS } from '../server/seed';

export const API = '/plugin/datafor-modeler/api/connection';

const run = promisify(execFile);

export const optionKey = (i: number) => `POSTGRESQL.option${String(i + 1).padStart(4, '0')}`;
export const optionValue = (i: number) => `value-${String(i + 1).padStart(4, '0')}`;

/** A value for every pool parameter that the editor's validation accepts. */
function everyPoolParameterOn(): Record<string, string> {
  const chosen: Record<string, string> = {
    defaultReadOnly: 'false',
    defaultTransactionIsolation: 'READ_COMMITTED',
    defaultCatalog: 'bench',
    initialSize: '5',
    maxActive: '200',
    maxIdle: '20',
    minIdle: '5',
    validationQuery: 'select 1',
    timeBetweenEvictionRunsMillis: '60000',
  };
  return Object.fromEntries(
    POOL_PARAMETERS.map((p) => [p.parameter, chosen[p.parameter] ?? (p.defaultValue || '1')]),
  );
}

export function optionsConnection(name: string, optionCount: number): Record<string, unknown> {
  const extraOptions: Record<string, string> = {};
  const extraOptionsOrder: Record<string, string> = {};
  for (let i = 0; i < optionCount; i += 1) {
    extraOptions[optionKey(i)] = optionValue(i);
    extraOptionsOrder[String(i)] = optionKey(i);
  }
  return {
    id: null,
    name,
    accessType: 'NATIVE',
    accessTypeValue: 'NATIVE',
    // PostgreSQL's type object exactly as Datafor documents it.
    databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
    hostname: '127.0.0.1',
    databasePort: '5432',
    databaseName: 'bench',
    username: 'bench',
    password: 'bench-secret',
    attributes: { driverId: 'postgresql', PORT_NUMBER: '5432' },
    extraOptions,
    extraOptionsOrder,
    connectSql: '',
    usingConnectionPool: true,
    connectionPoolingProperties: everyPoolParameterOn(),
    driverId: 'postgresql',
    PORT_NUMBER: '5432',
    CUSTOM_URL: null,
  };
}

export function basicAuthHeader(): string {
  return 'Basic ' + Buffer.from(`admin:${DEMO_PASSWORDS.admin}`).toString('base64');
}

export async function createConnection(baseUrl: string, connection: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}${API}/add`, {
    method: 'POST',
    headers: { Authorization: basicAuthHeader(), 'Content-Type': 'application/json' },
    body: JSON.stringify(connection),
  });
  const body = (await response.json()) as { success?: boolean; msg?: string };
  if (!response.ok || body.success !== true) {
    throw new Error(`creating ${String(connection.name)} failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
}

export async function readBackOption(baseUrl: string, name: string, index: number): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}${API}/get?name=${encodeURIComponent(name)}`, {
    headers: { Authorization: basicAuthHeader() },
  });
  const body = (await response.json()) as { extraOptions?: Record<string, string> };
  return body.extraOptions?.[optionKey(index)];
}

/**
 * The client that times `list`, run as a process of its own: the server runs inside the bench's
 * process, and a client on the same event loop would time its own reading of 12 MB interleaved
 * with the server's writing of it, not the server's answer. Arguments: URL, Authorization.
 * Prints `{ ms, bytes, entries }`; the body is parsed only after the clock stops.
 */
const LIST_CLIENT = `
import { get } from 'node:http';
const [url, authorization] = process.argv.slice(1);
const once = () => new Promise((resolve, reject) => {
  const started = performance.now();
  get(url, { headers: { Authorization: authorization } }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => {
      const ms = performance.now() - started;
      if (response.statusCode !== 200) reject(new Error('list failed: HTTP ' + response.statusCode));
      else resolve({ ms, body: Buffer.concat(chunks) });
    });
    response.on('error', reject);
  }).on('error', reject);
});
// One untimed request first: a fresh process's own code is not compiled yet.
await once();
const { ms, body } = await once();
const entries = JSON.parse(body.toString('utf8')).databaseConnections?.length ?? 0;
console.log(JSON.stringify({ ms, bytes: body.length, entries }));
`;

/** How long the local API takes to answer `list?includeAccessMap=true` in full (every byte received). */
export async function timeListAnswer(baseUrl: string): Promise<{ ms: number; bytes: number; entries: number }> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', LIST_CLIENT, `${baseUrl}${API}/list?includeAccessMap=true`, basicAuthHeader()]);
  return JSON.parse(stdout) as { ms: number; bytes: number; entries: number };
}
