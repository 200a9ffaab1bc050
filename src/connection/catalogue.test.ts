import { describe, expect, it } from 'vitest';
import {
  accessTypeChoices,
  DATABASE_TYPES,
  databaseTypeChoices,
  fieldUsage,
  findDatabaseType,
  GENERIC_SHORT_NAME,
  resolveDatabaseType,
  type DatabaseTypeEntry,
} from './catalogue';
import { wireDatabaseTypeSchema } from './wire';

function mustFind(shortName: string): DatabaseTypeEntry {
  const entry = findDatabaseType(shortName);
  if (!entry) throw new Error(`catalogue lacks ${shortName}`);
  return entry;
}

const DATAFOR_LIST = [
  'Generic database', 'MySQL', 'PostgreSQL', 'GaussDB', 'GaussDB 200', 'Greenplum', 'TiDB', 'ClickHouse', 'SparkSQL',
  'Cloudera Impala', 'Snowflake', 'Impala', 'Hadoop Hive 2', 'SAP HANA', 'InfluxDB', 'MongoDB', 'Oracle', 'Apache Doris',
  'Amazon Redshift', 'MS SQL Server (Native)', 'Google BigQuery', 'Azure SQL', 'Azure Synapse', 'DuckDB', 'Vertica',
];

describe('catalogue', () => {
  it('has every type Datafor lists, in its order, then the Pentaho dialects', () => {
    expect(DATABASE_TYPES.slice(0, DATAFOR_LIST.length).map((t) => t.name)).toEqual(DATAFOR_LIST);
    for (const shortName of ['MARIADB', 'MSSQL', 'DB2', 'H2', 'INFORMIX']) expect(findDatabaseType(shortName)?.known).toBe(true);
  });

  it('uses the contract’s facts for the Pentaho dialects', () => {
    const facts: [string, number | null, DatabaseTypeEntry['urlShape']][] = [
      ['POSTGRESQL', 5432, 'postgresql'], ['MYSQL', 3306, 'mysql'], ['MARIADB', 3306, 'mariadb'], ['ORACLE', 1521, 'oracle'],
      ['MSSQL', 1433, 'jtds'], ['MSSQLNative', 1433, 'sqlserver'], ['DB2', 50000, 'db2'], ['VERTICA5', 5433, 'vertica'],
      ['REDSHIFT', 5439, 'redshift'], ['SNOWFLAKEHV', 443, 'snowflake'], ['H2', 9092, 'h2'], ['GREENPLUM', 5432, 'postgresql'],
      [GENERIC_SHORT_NAME, null, 'generic'],
    ];
    for (const [shortName, port, shape] of facts) {
      expect([shortName, mustFind(shortName).defaultPort, mustFind(shortName).urlShape]).toEqual([shortName, port, shape]);
    }
    expect(mustFind('POSTGRESQL').extraOptionsHelpUrl).toBe('http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters');
    expect(mustFind('MSSQLNative').extraOptionsHelpUrl).toBe('http://msdn.microsoft.com/en-us/library/ms378428.aspx');
    expect(mustFind('DB2').extraOptionsHelpUrl).toBeNull();
  });

  it('has unique shortNames, at least one access type each, and valid wire objects', () => {
    expect(new Set(DATABASE_TYPES.map((t) => t.shortName)).size).toBe(DATABASE_TYPES.length);
    for (const t of DATABASE_TYPES) {
      expect(t.accessTypes.length).toBeGreaterThan(0);
      expect(t.accessTypes[0]).toBe('NATIVE');
      expect(wireDatabaseTypeSchema.parse(t.wire)).toMatchObject({ name: t.name, shortName: t.shortName });
    }
  });

  it('sends the same type object as the server for PostgreSQL', () => {
    expect(mustFind('POSTGRESQL').wire).toStrictEqual({
      defaultDatabaseName: null,
      defaultDatabasePort: 5432,
      defaultOptions: null,
      extraOptionsHelpUrl: 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters',
      name: 'PostgreSQL',
      shortName: 'POSTGRESQL',
    });
  });
});

describe('unknown server types', () => {
  const futureType = { name: 'FutureDB', shortName: 'FUTUREDB', defaultDatabasePort: 7777, vendorHint: { x: 1 } };

  it('offers the server’s type as the current choice, kept verbatim', () => {
    const choices = databaseTypeChoices(futureType);
    expect(choices[0]).toMatchObject({ shortName: 'FUTUREDB', name: 'FutureDB', known: false, defaultPort: 7777, urlShape: 'none' });
    expect(choices[0]?.wire).toBe(futureType);
    expect(choices.length).toBe(DATABASE_TYPES.length + 1);
    expect(databaseTypeChoices(mustFind('MYSQL').wire)).toBe(DATABASE_TYPES);
  });

  it('resolves the original shortName to the server’s own object, others to the catalogue', () => {
    expect(resolveDatabaseType('FUTUREDB', futureType).wire).toBe(futureType);
    const serverPg = { name: 'PostgreSQL', shortName: 'POSTGRESQL', defaultDatabasePort: 5432, extraOptionsHelpUrl: 'custom' };
    const resolved = resolveDatabaseType('POSTGRESQL', serverPg);
    expect(resolved.wire).toBe(serverPg);
    expect(resolved.urlShape).toBe('postgresql');
    expect(resolveDatabaseType('MYSQL', serverPg)).toBe(findDatabaseType('MYSQL'));
  });

  it('offers the current access type even when the type does not list it', () => {
    expect(accessTypeChoices(mustFind('TIDB'), 'ODBC')).toEqual(['NATIVE', 'JNDI', 'ODBC']);
    expect(accessTypeChoices(mustFind('ORACLE'), 'OCI')).toEqual(mustFind('ORACLE').accessTypes);
  });
});

describe('fieldUsage', () => {
  it('native PostgreSQL: host, port, database required, credentials shown', () => {
    expect(fieldUsage(mustFind('POSTGRESQL'), 'NATIVE')).toEqual({
      host: true, hostRequired: true, port: 'required', database: 'required', databaseLabel: 'database', credentials: true, custom: false,
    });
  });

  it('JNDI: only the JNDI name', () => {
    expect(fieldUsage(mustFind('POSTGRESQL'), 'JNDI')).toMatchObject({ host: false, port: 'hidden', database: 'required', databaseLabel: 'jndi', credentials: false });
  });

  it('Generic: custom URL and driver class instead of host/port/database', () => {
    expect(fieldUsage(mustFind('GENERIC'), 'NATIVE')).toMatchObject({ host: false, port: 'hidden', database: 'hidden', custom: true, credentials: true });
  });

  it('Oracle and H2: port optional, host not forced', () => {
    expect(fieldUsage(mustFind('ORACLE'), 'NATIVE')).toMatchObject({ host: true, hostRequired: false, port: 'optional' });
    expect(fieldUsage(mustFind('H2'), 'NATIVE')).toMatchObject({ host: true, hostRequired: false, port: 'optional' });
  });
});
