/**
 * `PUT connection/test` for real: opens a connection with the settings the caller sent,
 * runs `select 1` (or the pool's validationQuery), and reports the driver's reason in plain
 * words when it fails. PostgreSQL-wire types go through `pg`, the MySQL family through
 * `mysql2`; this local server has no driver for the other types.
 */
import pg from 'pg';
import mysql from 'mysql2/promise';
import { serverShortName } from '../src/connection/catalogue';
import { optionKeyPrefix, wireAccessType } from '../src/connection/convert';
import type { WireConnection } from '../src/connection/wire';

export type DriverFamily = 'postgresql' | 'mysql';

/** Types whose servers speak the PostgreSQL or MySQL wire protocol. */
const FAMILY_BY_SHORT_NAME: Readonly<Record<string, DriverFamily>> = {
  POSTGRESQL: 'postgresql',
  GREENPLUM: 'postgresql',
  REDSHIFT: 'postgresql',
  MYSQL: 'mysql',
  MARIADB: 'mysql',
  TIDB: 'mysql',
  DORIS: 'mysql',
};

const DEFAULT_PORT: Record<DriverFamily, number> = { postgresql: 5432, mysql: 3306 };

export interface TestTarget {
  family: DriverFamily;
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: boolean;
  validationQuery: string;
}

export type TestOutcome = { success: true } | { success: false; msg: string };

/** Reads host, port and database from a Generic connection's `jdbc:postgresql:`/`jdbc:mysql:` URL. */
function targetFromCustomUrl(customUrl: string): { family: DriverFamily; host: string; port: string; database: string } | string {
  const match = /^jdbc:(postgresql|mysql|mariadb):\/\/([^/?;]*)(?:\/([^?;]*))?/i.exec(customUrl.trim());
  if (!match) {
    return `the local server can only test a Generic connection whose URL starts with jdbc:postgresql:// or jdbc:mysql:// (got "${customUrl.split(/[?;]/)[0] ?? ''}")`;
  }
  const family: DriverFamily = match[1]?.toLowerCase() === 'postgresql' ? 'postgresql' : 'mysql';
  const authority = match[2] ?? '';
  const bracketed = /^\[([^\]]+)\](?::(\d*))?$/.exec(authority);
  const [host, port] = bracketed ? [bracketed[1] ?? '', bracketed[2] ?? ''] : [authority.split(':')[0] ?? '', authority.split(':')[1] ?? ''];
  return { family, host, port, database: decodeURIComponent(match[3] ?? '') };
}

/**
 * Resolves what to connect to, or a plain reason why this server cannot test it.
 * `password` is the one to use (already resolved against the stored one by the caller).
 */
export function resolveTestTarget(connection: WireConnection, password: string): TestTarget | string {
  const shortName = serverShortName(connection.databaseType).toUpperCase();
  const typeLabel = connection.databaseType?.name || serverShortName(connection.databaseType);
  if (!shortName) return 'the connection names no database type (its server has no driver for it), so there is nothing to test it with here';
  const accessType = wireAccessType(connection);
  if (accessType !== 'NATIVE') {
    return `the local server can only test Native (JDBC) access; ${accessType} needs the real Datafor server`;
  }
  const attributes = connection.attributes ?? {};
  const extraOptions = connection.extraOptions ?? {};
  let family = FAMILY_BY_SHORT_NAME[shortName];
  let host = connection.hostname ?? '';
  let portText = connection.databasePort ?? '';
  let database = connection.databaseName ?? '';
  if (shortName === 'GENERIC') {
    const customUrl = attributes.CUSTOM_URL ?? connection.CUSTOM_URL ?? '';
    if (!customUrl) return 'the Generic connection has no custom URL to test';
    const parsed = targetFromCustomUrl(customUrl);
    if (typeof parsed === 'string') return parsed;
    ({ family, host, database } = parsed);
    portText = parsed.port;
  }
  if (!family) {
    return `the local server has no driver for ${typeLabel}; only PostgreSQL, Greenplum, Redshift, MySQL, MariaDB, TiDB, Doris and Generic jdbc:postgresql/jdbc:mysql URLs can be tested here`;
  }
  host = host.trim();
  if (!host) return 'the host name is empty';
  // TiDB (4000), Doris (9030)… carry their own default port in the type.
  // A type's port may come as text ("5432"); anything but a positive number means none.
  const typePort = Number(shortName === 'GENERIC' ? undefined : connection.databaseType?.defaultDatabasePort);
  let port = Number.isInteger(typePort) && typePort > 0 ? typePort : DEFAULT_PORT[family];
  if (portText.trim() !== '') {
    if (!/^\d+$/.test(portText.trim())) return `the port "${portText}" is not a number`;
    port = Number(portText.trim());
    if (port < 1 || port > 65535) return `the port ${port} is outside 1–65535`;
  }
  const optionPrefix = optionKeyPrefix(serverShortName(connection.databaseType));
  const option = (key: string): string | undefined => {
    const found = Object.entries(extraOptions).find(([k]) => k.toLowerCase() === (optionPrefix + key).toLowerCase());
    return found?.[1] ?? undefined;
  };
  const sslMode = option('sslmode')?.toLowerCase();
  const ssl =
    family === 'postgresql'
      ? option('ssl') === 'true' || sslMode === 'require' || sslMode === 'verify-ca' || sslMode === 'verify-full'
      : option('useSSL') === 'true' || option('sslMode')?.toUpperCase() === 'REQUIRED';
  const pool = connection.connectionPoolingProperties ?? {};
  const validationQuery = connection.usingConnectionPool && pool.validationQuery?.trim() ? pool.validationQuery.trim() : 'select 1';
  return { family, host, port, database, user: connection.username ?? '', password, ssl, validationQuery };
}

interface DriverError {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

/** The driver's reason in words a person can act on. */
export function describeDriverError(error: unknown, target: TestTarget): string {
  const where = `${target.host}:${target.port}`;
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const code = typeof e.code === 'string' ? e.code : undefined;
  // Node reports "localhost" failures as an AggregateError (one per address) with an empty message.
  const nested = Array.isArray(e.errors) ? (e.errors as DriverError[]) : [];
  const codes = new Set([code, ...nested.map((n) => (typeof n.code === 'string' ? n.code : undefined))]);
  if (codes.has('ECONNREFUSED')) return `connection refused: nothing accepts connections on ${where}`;
  if (codes.has('ENOTFOUND') || codes.has('EAI_AGAIN')) return `host not found: ${target.host}`;
  if (codes.has('ETIMEDOUT') || codes.has('ETIMEOUT')) return `timed out connecting to ${where}`;
  if (codes.has('EHOSTUNREACH') || codes.has('ENETUNREACH')) return `host unreachable: ${where}`;
  if (codes.has('ECONNRESET')) return `the server at ${where} closed the connection`;
  const message = typeof e.message === 'string' && e.message ? e.message : String(error);
  return message;
}

class TestTimeout extends Error {}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new TestTimeout());
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function testPostgres(target: TestTarget, timeoutMs: number): Promise<void> {
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    database: target.database || undefined,
    user: target.user || undefined,
    password: target.password,
    ssl: target.ssl ? { rejectUnauthorized: false } : false,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: 'datafor-connection-test',
  });
  // An error event after the answer (e.g. the server going away) must not crash the process.
  client.on('error', () => undefined);
  try {
    await withTimeout(
      (async () => {
        await client.connect();
        await client.query(target.validationQuery);
      })(),
      timeoutMs,
      () => void client.end().catch(() => undefined),
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function testMysql(target: TestTarget, timeoutMs: number): Promise<void> {
  let timedOut = false;
  let connection: mysql.Connection | undefined;
  const work = (async () => {
    const opened = await mysql.createConnection({
      host: target.host,
      port: target.port,
      database: target.database || undefined,
      user: target.user || undefined,
      password: target.password,
      connectTimeout: timeoutMs,
      ssl: target.ssl ? { rejectUnauthorized: false } : undefined,
    });
    connection = opened;
    // The time-out already answered: close what arrived late instead of leaking it.
    if (timedOut) {
      opened.destroy();
      return;
    }
    await opened.query(target.validationQuery);
  })();
  try {
    await withTimeout(work, timeoutMs, () => {
      timedOut = true;
      connection?.destroy();
    });
  } finally {
    connection?.destroy();
  }
}

export async function runConnectionTest(target: TestTarget, timeoutMs: number): Promise<TestOutcome> {
  try {
    if (target.family === 'postgresql') await testPostgres(target, timeoutMs);
    else await testMysql(target, timeoutMs);
    return { success: true };
  } catch (error) {
    if (error instanceof TestTimeout) {
      return { success: false, msg: `timed out after ${Math.round(timeoutMs / 100) / 10} s connecting to ${target.host}:${target.port}` };
    }
    // pg reports its own connect time-out as a plain Error.
    if (error instanceof Error && /timeout/i.test(error.message) && !('code' in error)) {
      return { success: false, msg: `timed out after ${Math.round(timeoutMs / 100) / 10} s connecting to ${target.host}:${target.port}` };
    }
    return { success: false, msg: describeDriverError(error, target) };
  }
}
