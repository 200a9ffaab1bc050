/** How `test` turns a connection into something to dial, without dialling. */
import { describe, expect, it } from 'vitest';
import type { WireConnection } from '../src/connection/wire';
import { jdbcUrlOf } from '../src/connection/connection-url';
import { describeDriverError, resolveTestTarget, type TestTarget } from './connection-test';

function connection(overrides: Partial<WireConnection>): WireConnection {
  return {
    name: 'c',
    accessType: 'NATIVE',
    databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL', defaultDatabasePort: 5432 },
    hostname: 'db.internal',
    databasePort: '6543',
    databaseName: 'sales',
    username: 'bi',
    ...overrides,
  };
}

describe('resolveTestTarget', () => {
  it('uses host, port, database and user of a native PostgreSQL connection, and select 1', () => {
    expect(resolveTestTarget(connection({}), 'pw')).toEqual({
      family: 'postgresql',
      host: 'db.internal',
      port: 6543,
      database: 'sales',
      user: 'bi',
      password: 'pw',
      ssl: false,
      validationQuery: 'select 1',
    });
  });

  it('uses the pool\'s validationQuery only when pooling is on', () => {
    const pooled = { connectionPoolingProperties: { validationQuery: 'select 42' } };
    expect((resolveTestTarget(connection({ ...pooled, usingConnectionPool: true }), '') as TestTarget).validationQuery).toBe('select 42');
    expect((resolveTestTarget(connection({ ...pooled, usingConnectionPool: false }), '') as TestTarget).validationQuery).toBe('select 1');
  });

  it('with an empty port, connects where the URL points: the driver\'s default port', () => {
    // The MySQL rule writes jdbc:mysql://host/db without a port, which the driver reads as 3306:
    // TiDB's own 4000 is not in the URL, so the preview and Test both say 3306.
    const tidb = connection({ databaseType: { name: 'TiDB', shortName: 'TIDB', defaultDatabasePort: 4000 }, databasePort: '' });
    expect(resolveTestTarget(tidb, '')).toMatchObject({ family: 'mysql', port: 3306 });
    expect(jdbcUrlOf(tidb)).toBe('jdbc:mysql://db.internal/sales');
    const mysql = connection({ databaseType: { name: 'MySQL', shortName: 'MYSQL' }, databasePort: null });
    expect(resolveTestTarget(mysql, '')).toMatchObject({ family: 'mysql', port: 3306 });
  });

  it('agrees with the URL the editor shows, for every type it can dial', () => {
    const cases: [Partial<WireConnection>, Partial<TestTarget>][] = [
      [{}, { family: 'postgresql', host: 'db.internal', port: 6543, database: 'sales' }],
      [{ databaseType: { name: 'Greenplum', shortName: 'GREENPLUM' } }, { family: 'postgresql', port: 6543 }],
      [{ databaseType: { name: 'GaussDB', shortName: 'GAUSSDB' } }, { family: 'postgresql', port: 6543 }],
      [{ databaseType: { name: 'Redshift', shortName: 'REDSHIFT' }, attributes: { jdbcAuthMethod: 'Standard' } }, { family: 'postgresql', port: 6543 }],
      [{ databaseType: { name: 'MariaDB', shortName: 'MARIADB' } }, { family: 'mysql', port: 6543 }],
      [{ databaseType: { name: 'Apache Doris', shortName: 'DORIS' } }, { family: 'mysql', port: 6543 }],
    ];
    for (const [overrides, expected] of cases) {
      const wire = connection(overrides);
      expect(resolveTestTarget(wire, ''), jdbcUrlOf(wire)).toMatchObject(expected);
    }
  });

  it('reads SSL from the options the URL carries, under the connection\'s own prefix only', () => {
    expect(resolveTestTarget(connection({ extraOptions: { 'MYSQL.sslmode': 'require' } }), '')).toMatchObject({ ssl: false });
    expect(resolveTestTarget(connection({ extraOptions: { 'POSTGRESQL.sslmode': 'require' } }), '')).toMatchObject({ ssl: true });
  });

  it('finds the rule of a type written in another case, as Kettle does', () => {
    expect(resolveTestTarget(connection({ databaseType: { name: 'PostgreSQL', shortName: 'postgresql' } }), '')).toMatchObject({ family: 'postgresql' });
  });

  it('says plainly that Redshift IAM or profile authentication needs the real server', () => {
    const iam = connection({ databaseType: { name: 'Redshift', shortName: 'REDSHIFT' }, attributes: { jdbcAuthMethod: 'IAM Credentials' } });
    expect(resolveTestTarget(iam, '')).toMatch(/cannot test Redshift IAM or profile authentication/);
  });

  it('reads a Generic connection\'s jdbc:postgresql / jdbc:mysql URL', () => {
    const generic = (url: string) =>
      connection({ databaseType: { name: 'Generic database', shortName: 'GENERIC' }, hostname: '', databasePort: '', attributes: { CUSTOM_URL: url } });
    expect(resolveTestTarget(generic('jdbc:postgresql://wh.internal:5433/dw?ssl=true'), '')).toMatchObject({
      family: 'postgresql',
      host: 'wh.internal',
      port: 5433,
      database: 'dw',
    });
    expect(resolveTestTarget(generic('jdbc:mysql://[::1]/shop'), '')).toMatchObject({ family: 'mysql', host: '::1', port: 3306, database: 'shop' });
    expect(resolveTestTarget(generic('jdbc:h2:mem:x'), '')).toMatch(/jdbc:postgresql/);
  });

  it('turns SSL options into an encrypted connection', () => {
    expect(resolveTestTarget(connection({ extraOptions: { 'POSTGRESQL.sslmode': 'require' } }), '')).toMatchObject({ ssl: true });
    const mysql = connection({ databaseType: { name: 'MySQL', shortName: 'MYSQL' }, extraOptions: { 'MYSQL.useSSL': 'true' } });
    expect(resolveTestTarget(mysql, '')).toMatchObject({ ssl: true });
  });

  it.each([
    [{ databaseType: { name: 'Oracle', shortName: 'ORACLE' } }, /no driver for Oracle/],
    [{ accessType: 'JNDI' as const }, /JNDI/],
    [{ hostname: '  ' }, /host name is empty/],
    [{ databasePort: '99999' }, /outside 1–65535/],
  ])('explains why it cannot test %j', (overrides, reason) => {
    expect(resolveTestTarget(connection(overrides), '')).toMatch(reason);
  });
});

describe('describeDriverError', () => {
  const target = resolveTestTarget(connection({}), '') as TestTarget;
  it.each([
    [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'connection refused: nothing accepts connections on db.internal:6543'],
    [Object.assign(new AggregateError([Object.assign(new Error(''), { code: 'ECONNREFUSED' })], ''), {}), 'connection refused: nothing accepts connections on db.internal:6543'],
    [Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), { code: 'ENOTFOUND' }), 'host not found: db.internal'],
    [Object.assign(new Error('password authentication failed for user "bi"'), { code: '28P01' }), 'password authentication failed for user "bi"'],
  ])('%s → %s', (error, expected) => {
    expect(describeDriverError(error, target)).toBe(expected);
  });
});
