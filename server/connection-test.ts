/**
 * `PUT connection/test` for real: opens a connection with the settings the caller sent,
 * runs `select 1` (or the pool's validationQuery), and reports the driver's reason in plain
 * words when it fails.
 *
 * It connects where the JDBC URL points: the URL the editor's preview shows and the review
 * lists (src/connection/connection-url.ts, Pentaho's dialect rules), read back into host,
 * port, database and options. URLs of the PostgreSQL wire protocol (jdbc:postgresql:,
 * jdbc:redshift:) go through `pg`, the MySQL family (jdbc:mysql:, jdbc:mariadb:) through
 * `mysql2`; this local server has no driver for the others.
 */
import pg from 'pg';
import mysql from 'mysql2/promise';
import { DATABASE_TYPES, findDatabaseType, resolveDatabaseType, serverShortName } from '../src/connection/catalogue';
import { jdbcUrlOf } from '../src/connection/connection-url';
import { wireAccessType } from '../src/connection/convert';
import type { WireConnection } from '../src/connection/wire';

export type DriverFamily = 'postgresql' | 'mysql';

/** URL schemes this server has a driver for, and their drivers' default ports. */
const FAMILY_BY_SCHEME: Readonly<Record<string, { family: DriverFamily; defaultPort: number }>> = {
  postgresql: { family: 'postgresql', defaultPort: 5432 },
  redshift: { family: 'postgresql', defaultPort: 5439 },
  mysql: { family: 'mysql', defaultPort: 3306 },
  mariadb: { family: 'mysql', defaultPort: 3306 },
};

const TESTABLE = 'jdbc:postgresql:, jdbc:redshift:, jdbc:mysql: or jdbc:mariadb:';

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

/** A JDBC URL's parts, as its driver reads them. */
interface ParsedUrl {
  scheme: string;
  host: string;
  port: string;
  database: string;
  /** `?a=1&b` options; a bare key has the value ''. */
  options: ReadonlyMap<string, string>;
}

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `jdbc:<scheme>://host[:port][/database][?options]`, the form of every URL this server can test. */
function parseJdbcUrl(url: string): ParsedUrl | undefined {
  const match = /^jdbc:([a-z0-9]+):\/\/([^/?;]*)(?:\/([^?;]*))?(?:\?(.*))?$/is.exec(url.trim());
  if (!match) return undefined;
  const authority = match[2] ?? '';
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(authority);
  const colon = authority.lastIndexOf(':');
  const [host, port] = bracketed
    ? [bracketed[1] ?? '', bracketed[2] ?? '']
    : colon >= 0
      ? [authority.slice(0, colon), authority.slice(colon + 1)]
      : [authority, ''];
  const options = new Map<string, string>();
  for (const pair of (match[4] ?? '').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    options.set(equals >= 0 ? pair.slice(0, equals) : pair, equals >= 0 ? pair.slice(equals + 1) : '');
  }
  return { scheme: (match[1] ?? '').toLowerCase(), host, port, database: decoded(match[3] ?? ''), options };
}

/** The scheme part of a URL this server cannot test, for the message ("jdbc:oracle:thin:"). */
function schemeOf(url: string): string {
  return /^jdbc:[^/@;?]*/i.exec(url)?.[0] ?? url.split(/[/?;@]/)[0] ?? '';
}

/**
 * The connection's JDBC URL by the rules of its type; a type written in another case (Kettle
 * looks types up ignoring case) still finds its rule.
 */
function urlOf(connection: WireConnection): string {
  const shortName = serverShortName(connection.databaseType);
  const entry =
    findDatabaseType(shortName) ?? DATABASE_TYPES.find((type) => type.shortName.toUpperCase() === shortName.toUpperCase());
  return jdbcUrlOf(connection, entry ?? resolveDatabaseType(shortName, connection.databaseType));
}

/**
 * Resolves what to connect to, or a plain reason why this server cannot test it.
 * `password` is the one to use (already resolved against the stored one by the caller).
 */
export function resolveTestTarget(connection: WireConnection, password: string): TestTarget | string {
  const shortName = serverShortName(connection.databaseType);
  const typeLabel = connection.databaseType?.name || shortName;
  if (!shortName) return 'the connection names no database type (its server has no driver for it), so there is nothing to test it with here';
  const accessType = wireAccessType(connection);
  if (accessType !== 'NATIVE') {
    return `the local server can only test Native (JDBC) access; ${accessType} needs the real Datafor server`;
  }
  const url = urlOf(connection);
  if (url === '') {
    return shortName.toUpperCase() === 'GENERIC'
      ? 'the Generic connection has no custom URL to test'
      : `the local server has no driver for ${typeLabel}: these settings give no JDBC URL it could test`;
  }
  const parsed = parseJdbcUrl(url);
  const driver = parsed && FAMILY_BY_SCHEME[parsed.scheme];
  if (!parsed || !driver) {
    if (/^jdbc:redshift:iam:/i.test(url)) {
      return 'the local server cannot test Redshift IAM or profile authentication (jdbc:redshift:iam:); it needs the real Datafor server';
    }
    return `the local server has no driver for ${typeLabel} (${schemeOf(url)}); it can test JDBC URLs starting with ${TESTABLE}`;
  }
  const host = parsed.host.trim();
  if (!host) return 'the host name is empty';
  let port = driver.defaultPort;
  const portText = parsed.port.trim();
  if (portText !== '') {
    if (!/^\d+$/.test(portText)) return `the port "${parsed.port}" is not a number`;
    port = Number(portText);
    if (port < 1 || port > 65535) return `the port ${port} is outside 1–65535`;
  }
  // Option names as the drivers read them, which most accept in any case.
  const option = (name: string): string | undefined => {
    for (const [key, value] of parsed.options) if (key.toLowerCase() === name.toLowerCase()) return value;
    return undefined;
  };
  const sslMode = option('sslmode')?.toLowerCase();
  const ssl =
    driver.family === 'postgresql'
      ? option('ssl') === 'true' || sslMode === 'require' || sslMode === 'verify-ca' || sslMode === 'verify-full'
      : option('useSSL') === 'true' || option('sslMode')?.toUpperCase() === 'REQUIRED';
  const pool = connection.connectionPoolingProperties ?? {};
  const validationQuery = connection.usingConnectionPool && pool.validationQuery?.trim() ? pool.validationQuery.trim() : 'select 1';
  return { family: driver.family, host, port, database: parsed.database, user: connection.username ?? '', password, ssl, validationQuery };
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
