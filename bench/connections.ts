/**
 * The connections the bench opens: PostgreSQL with many extra options and every pool
 * parameter switched on, created through the local API's `add` like a user's would be.
 */
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { DEMO_PASSWORDS } from '../server/seed';

export const API = '/plugin/datafor-modeler/api/connection';

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

/** How long the local API takes to answer `list?includeAccessMap=true` in full (body read). */
export async function timeListAnswer(baseUrl: string): Promise<{ ms: number; bytes: number; entries: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${API}/list?includeAccessMap=true`, {
    headers: { Authorization: basicAuthHeader() },
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`list failed: HTTP ${response.status}`);
  const entries = (JSON.parse(text) as { databaseConnections?: unknown[] }).databaseConnections?.length ?? 0;
  return { ms, bytes: Buffer.byteLength(text), entries };
}
