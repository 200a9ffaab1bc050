import { describe, expect, it } from 'vitest';
import {
  accessTypeChoices,
  DATABASE_TYPES,
  databaseTypeChoices,
  defaultOptionRows,
  fieldUsage,
  findDatabaseType,
  GENERIC_SHORT_NAME,
  resolveDatabaseType,
  serverShortName,
  UNAVAILABLE_TYPE,
  unknownDatabaseType,
  type DatabaseTypeEntry,
} from './catalogue';
import { FOODMART2_DOCUMENTED_BODY } from './documented-example';
import { wireDatabaseTypeSchema, type AccessType } from './wire';

function mustFind(shortName: string): DatabaseTypeEntry {
  const entry = findDatabaseType(shortName);
  if (!entry) throw new Error(`catalogue lacks ${shortName}`);
  return entry;
}

type Facts = [
  shortName: string,
  name: string,
  port: number | null,
  access: readonly AccessType[],
  help: string | null,
  defaultOptions: Record<string, string> | null,
];

const NJ = ['NATIVE', 'JNDI'] as const;
const NOJ = ['NATIVE', 'ODBC', 'JNDI'] as const;
const CLOUDERA = 'http://www.cloudera.com/content/support/en/documentation/cloudera-impala/cloudera-impala-documentation-v1-latest.html';
const JTDS = 'http://jtds.sourceforge.net/faq.html#urlFormat';
const KETTLE_MYSQL = 'https://dev.mysql.com/doc/connector-j/8.0/en/connector-j-reference-configuration-properties.html';

/** pentaho-connection-facts.md §1a: the databaseType objects the server sends (HEAD). */
const DIALECT_FACTS: Facts[] = [
  ['AZURESQLDB', 'Azure SQL DB', 1433, NJ, null, null],
  ['DB2', 'IBM DB2', 50000, NJ, null, null],
  ['GENERIC', 'Generic database', null, NJ, null, null],
  ['GOOGLEBIGQUERY', 'Google BigQuery', 443, NJ, 'https://cloud.google.com/bigquery/partners/simba-drivers/', null],
  ['H2', 'H2', 9092, NJ, '', null],
  ['HYPERSONIC', 'Hypersonic', 9001, NJ, 'http://hsqldb.sourceforge.net/doc/guide/ch04.html#N109DA', null],
  ['INFORMIX', 'Informix', 9088, NJ, 'http://publib.boulder.ibm.com/infocenter/idshelp/v10/index.jsp?topic=/com.ibm.jdbc_pg.doc/jdbc212.htm', null],
  ['MARIADB', 'MariaDB', 3306, NJ, 'https://mariadb.com/kb/en/mariadb/about-mariadb-connector-j/', null],
  ['MSSQL', 'MS SQL Server', 1433, NJ, JTDS, null],
  ['MSSQLNative', 'MS SQL Server (Native)', 1433, NJ, 'http://msdn.microsoft.com/en-us/library/ms378428.aspx', null],
  ['MONETDB', 'MonetDB', 50000, NJ, '', null],
  ['MYSQL', 'MySQL', 3306, NJ, 'http://dev.mysql.com/doc/refman/5.0/en/connector-j-reference-configuration-properties.html', null],
  ['ORACLE', 'Oracle', 1521, ['NATIVE', 'OCI', 'JNDI'], 'http://download.oracle.com/docs/cd/B19306_01/java.102/b14355/urls.htm#i1006362', null],
  ['KettleThin', 'Pentaho Data Services', 8080, NJ, 'https://help.pentaho.com/Documentation/7.0/0L0/0Y0/090', {}],
  ['POSTGRESQL', 'PostgreSQL', 5432, NJ, 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters', null],
  ['REDSHIFT', 'Redshift', 5439, NJ, 'http://http://docs.aws.amazon.com/redshift/latest/mgmt/configure-jdbc-connection.html', null],
  ['SNOWFLAKEHV', 'Snowflake', 443, NJ, 'https://docs.snowflake.net/manuals/user-guide/jdbc-configure.html#jdbc-driver-connection-string', null],
  [
    'TERADATA',
    'Teradata',
    1025,
    NJ,
    'http://www.info.ncr.com/eTeradata-BrowseBy-Results.cfm?pl=&PID=&title=%25&release=&kword=CJDBC&sbrn=7&nm=Teradata+Tools+and+Utilities+-+Java+Database+Connectivity+(JDBC)',
    null,
  ],
  ['VERTICA5', 'Vertica 5+', 5433, NJ, null, null],
  ['VERTICA', 'Vertica (deprecated)', 5433, NJ, null, null],
  ['MSACCESS', 'MS Access', null, ['ODBC'], null, null],
  ['HIVE', 'Hadoop Hive (deprecated)', 10000, NJ, 'https://cwiki.apache.org/Hive/hiveclient.html', null],
  ['HIVE2', 'Hadoop Hive 2', 10000, NJ, CLOUDERA, null],
  ['IMPALA', 'Impala', 21050, NJ, CLOUDERA, null],
  ['HIVE2SIMBA', 'Hadoop Hive 2 (Simba)', 10000, NJ, 'http://www.simba.com/connectors/apache-hadoop-hive-driver', null],
  ['IMPALASIMBA', 'Cloudera Impala', 21050, NJ, 'http://go.cloudera.com/odbc-driver-hive-impala.html', { 'IMPALASIMBA.SocketTimeout': '10' }],
  ['SPARKSIMBA', 'SparkSQL', 10015, NJ, 'http://www.simba.com/drivers/spark-jdbc-odbc/', { 'SPARKSIMBA.SocketTimeout': '10' }],
];

/** §1b: Kettle-only types still in kettle-database-types.xml. */
const KETTLE_FACTS: Facts[] = [
  ['AS/400', 'AS/400', null, NOJ, null, null],
  ['CACHE', 'Intersystems Cache', 1972, NJ, null, null],
  ['EXASOL4', 'Exasol 4', 8563, NJ, 'http://www.exasol.com/knowledge-center.html', null],
  ['EXTENDB', 'ExtenDB', 6453, NOJ, null, null],
  ['FIREBIRD', 'Firebird SQL', 3050, NOJ, null, null],
  ['GREENPLUM', 'Greenplum', 5432, NJ, 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters', null],
  ['INFINIDB', 'Calpont InfiniDB', 3306, NJ, KETTLE_MYSQL, { 'INFINIDB.defaultFetchSize': '500', 'INFINIDB.useCursorFetch': 'true' }],
  ['SQLBASE', 'Gupta SQL Base', 2155, NOJ, null, null],
  [
    'INFOBRIGHT',
    'Infobright',
    5029,
    NJ,
    KETTLE_MYSQL,
    { 'INFOBRIGHT.defaultFetchSize': '500', 'INFOBRIGHT.useCursorFetch': 'true', 'INFOBRIGHT.characterEncoding': 'UTF-8' },
  ],
  ['INGRES', 'Ingres', null, NOJ, null, null],
  ['VECTORWISE', 'Ingres VectorWise', null, NOJ, null, null],
  ['INTERBASE', 'Borland Interbase', 3050, NOJ, null, null],
  ['KINGBASEES', 'KingbaseES', 54321, ['NATIVE', 'ODBC'], null, null],
  ['LucidDB', 'LucidDB', 8034, NJ, 'http://pub.eigenbase.org/wiki/LucidDbDocs', null],
  ['MONDRIAN', 'Native Mondrian', null, ['JNDI'], null, null],
  ['NEOVIEW', 'Neoview', 18650, NOJ, 'http://docs.hp.com/en/busintellsol.html', null],
  ['NETEZZA', 'Netezza', 5480, NOJ, null, null],
  ['ORACLERDB', 'Oracle RDB', null, NOJ, null, null],
  ['REMEDY-AR-SYSTEM', 'Remedy Action Request System', null, ['ODBC', 'JNDI'], null, null],
  ['SAPDB', 'MaxDB (SAP DB)', null, NOJ, null, null],
  ['SQLITE', 'SQLite', null, NOJ, null, null],
  ['SYBASE', 'Sybase', 5001, NJ, JTDS, null],
  ['SYBASEIQ', 'SybaseIQ', 2638, NOJ, JTDS, null],
  ['UNIVERSE', 'UniVerse database', null, NOJ, null, null],
  ['DATABRICKS', 'Databricks', 443, ['NATIVE'], null, null],
  ['ATHENA', 'Athena', 443, ['NATIVE'], null, null],
  ['HIVEWAREHOUSE', 'Hive Warehouse Connector', null, ['NATIVE'], null, null],
];

/** ../shared/api/CONTRACT.md "Database types" that Pentaho does not define. */
const DATAFOR_ONLY = ['GAUSSDB', 'GAUSSDB200', 'TIDB', 'CLICKHOUSE', 'HANA', 'INFLUXDB', 'MONGODB', 'DORIS', 'AZURESYNAPSE', 'DUCKDB'];

describe('catalogue facts', () => {
  it.each([...DIALECT_FACTS.map((f) => ['dialect', ...f] as const), ...KETTLE_FACTS.map((f) => ['kettle', ...f] as const)])(
    '%s %s: name %j, port %j, access %j, help URL, default options',
    (origin, shortName, name, port, access, help, defaultOptions) => {
      const entry = mustFind(shortName);
      expect(entry).toMatchObject({ origin, shortName, name, defaultPort: port, extraOptionsHelpUrl: help, defaultOptions, known: true });
      expect(entry.accessTypes).toEqual(access);
      expect(entry.wire).toMatchObject({ shortName, name, defaultDatabasePort: port ?? -1, extraOptionsHelpUrl: help, defaultOptions });
    },
  );

  it('default database names: "pentaho" for Pentaho Data Services, "" for the Simba types, else none', () => {
    expect(mustFind('KettleThin').wire.defaultDatabaseName).toBe('pentaho');
    expect(mustFind('IMPALASIMBA').wire.defaultDatabaseName).toBe('');
    expect(mustFind('SPARKSIMBA').wire.defaultDatabaseName).toBe('');
    expect(mustFind('POSTGRESQL').wire.defaultDatabaseName).toBeNull();
  });

  it('holds exactly the facts-file types and Datafor’s own, each once, the Datafor-only ones marked as such', () => {
    const expected = [...DIALECT_FACTS, ...KETTLE_FACTS].map((f) => f[0]).concat(DATAFOR_ONLY);
    expect(DATABASE_TYPES.map((t) => t.shortName).sort()).toEqual([...expected].sort());
    expect(DATABASE_TYPES.filter((t) => t.origin === 'datafor').map((t) => t.shortName).sort()).toEqual([...DATAFOR_ONLY].sort());
  });

  it('offers every type Datafor lists, by the name the facts give it', () => {
    const datafor = [
      'Generic database', 'MySQL', 'PostgreSQL', 'GaussDB', 'GaussDB 200', 'Greenplum', 'TiDB', 'ClickHouse', 'SparkSQL',
      'Cloudera Impala', 'Snowflake', 'Impala', 'Hadoop Hive 2', 'SAP HANA', 'InfluxDB', 'MongoDB', 'Oracle', 'Apache Doris',
      'Redshift', 'MS SQL Server (Native)', 'Google BigQuery', 'Azure SQL DB', 'Azure Synapse', 'DuckDB', 'Vertica 5+',
    ];
    const names = new Set(DATABASE_TYPES.map((t) => t.name));
    expect(datafor.filter((name) => !names.has(name))).toEqual([]);
  });

  it('valid wire objects, in the field order the server sends, the same object as the server’s for PostgreSQL', () => {
    for (const t of DATABASE_TYPES) {
      expect(wireDatabaseTypeSchema.parse(t.wire)).toMatchObject({ name: t.name, shortName: t.shortName });
      expect(t.accessTypes.length).toBeGreaterThan(0);
      if (t.accessTypes.includes('NATIVE')) expect(t.accessTypes[0]).toBe('NATIVE');
    }
    expect(mustFind('POSTGRESQL').wire).toStrictEqual(FOODMART2_DOCUMENTED_BODY.databaseType);
    expect(Object.keys(mustFind('IMPALASIMBA').wire)).toEqual(Object.keys(FOODMART2_DOCUMENTED_BODY.databaseType));
  });
});

describe('the offered list', () => {
  const labels = DATABASE_TYPES.map((t) => t.label);

  it('is sorted by label, ignoring case, numbers by value', () => {
    for (let i = 1; i < labels.length; i++) {
      const [before, after] = [labels[i - 1] ?? '', labels[i] ?? ''];
      expect(before.localeCompare(after, 'en', { sensitivity: 'base', numeric: true }), `${before} / ${after}`).toBeLessThanOrEqual(0);
    }
    expect(labels.slice(0, 5)).toEqual(['Apache Doris', 'AS/400', 'Athena', 'Azure SQL DB', 'Azure Synapse']);
    // Not code-point order, where every upper-case label would come before "LucidDB"'s neighbours.
    expect(labels.indexOf('KingbaseES')).toBeLessThan(labels.indexOf('LucidDB'));
    expect(labels.indexOf('H2')).toBeLessThan(labels.indexOf('Hadoop Hive 2'));
  });

  it('has no two labels alike without a hint: a label that only adds words to another carries one in parentheses', () => {
    const base = (label: string) => label.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    const words = (label: string) => new Set(base(label).toLowerCase().split(/[^a-z0-9+]+/).filter(Boolean));
    const hinted = (label: string) => /\(.+\)/.test(label);
    // Different products whose names share words.
    const distinct = new Set(['Oracle|Oracle RDB', 'Ingres|Ingres VectorWise', 'GaussDB|GaussDB 200', 'Azure SQL DB|MS SQL Server (Native)']);
    const keyOf = (a: string, b: string) => [a, b].sort().join('|');
    const normalised = labels.map((l) => l.toLowerCase().replace(/[^a-z0-9+]/g, ''));
    expect(new Set(normalised).size).toBe(labels.length);
    const alike: string[] = [];
    for (const a of labels) {
      for (const b of labels) {
        if (a === b || distinct.has(keyOf(a, b))) continue;
        const [wa, wb] = [words(a), words(b)];
        const contained = [...wa].every((w) => wb.has(w));
        if (contained && !hinted(a) && !hinted(b)) alike.push(keyOf(a, b));
      }
    }
    expect([...new Set(alike)]).toEqual([]);
  });

  it('keeps the wire name exact and puts the hint in the label only', () => {
    expect(mustFind('MSSQL')).toMatchObject({ name: 'MS SQL Server', label: 'MS SQL Server (jTDS)' });
    expect(mustFind('IMPALASIMBA')).toMatchObject({ name: 'Cloudera Impala', label: 'Cloudera Impala (Simba)' });
    expect(mustFind('IMPALA').label).toBe('Impala');
    expect(mustFind('MSSQL').wire.name).toBe('MS SQL Server');
  });
});

describe('types the server did not name (issue 13)', () => {
  it('null, absent, bare and empty-named types all read as UNAVAILABLE_TYPE', () => {
    expect([null, undefined, {}, { shortName: '' }, { shortName: null, name: 'Azure SQL DB' }].map(serverShortName)).toEqual(['', '', '', '', '']);
    expect(serverShortName({ shortName: 'MYSQL' })).toBe('MYSQL');
  });

  it('offers "not available" first and resolves it to an entry that uses no URL rule and requires nothing', () => {
    const choices = databaseTypeChoices(null);
    expect(choices[0]).toMatchObject({ shortName: UNAVAILABLE_TYPE, known: false, urlShape: 'none', defaultPort: null });
    expect(choices.slice(1)).toEqual(DATABASE_TYPES);
    const entry = resolveDatabaseType(UNAVAILABLE_TYPE, null);
    expect(fieldUsage(entry, 'NATIVE')).toMatchObject({ hostRequired: false, port: 'optional', database: 'optional' });
    expect(resolveDatabaseType('MYSQL', null)).toBe(findDatabaseType('MYSQL'));
  });

  it('a bare type the catalogue knows is that type, keeping the server’s object', () => {
    const bare = { shortName: 'MYSQL' };
    expect(resolveDatabaseType('MYSQL', bare)).toMatchObject({ known: true, urlShape: 'mysql', wire: bare });
  });

  it('a default port sent as a string counts; "-1" and words mean none', () => {
    expect(unknownDatabaseType({ shortName: 'X', defaultDatabasePort: '5432' }).defaultPort).toBe(5432);
    expect(unknownDatabaseType({ shortName: 'X', defaultDatabasePort: '-1' }).defaultPort).toBeNull();
    expect(unknownDatabaseType({ shortName: 'X', defaultDatabasePort: 'n/a' }).defaultPort).toBeNull();
  });
});

describe('unknown server types', () => {
  const futureType = { name: 'FutureDB', shortName: 'FUTUREDB', defaultDatabasePort: 7777, vendorHint: { x: 1 } };

  it('offers the server’s type as the current choice, kept verbatim', () => {
    const choices = databaseTypeChoices(futureType);
    expect(choices[0]).toMatchObject({ shortName: 'FUTUREDB', name: 'FutureDB', label: 'FutureDB', known: false, defaultPort: 7777, urlShape: 'none' });
    expect(choices[0]?.wire).toBe(futureType);
    expect(choices.slice(1)).toEqual(DATABASE_TYPES);
    expect(databaseTypeChoices(mustFind('MYSQL').wire)).toBe(DATABASE_TYPES);
  });

  it('a shortName is matched exactly: mssqlnative is not MSSQLNative', () => {
    expect(findDatabaseType('mssqlnative')).toBeUndefined();
    expect(databaseTypeChoices({ name: 'x', shortName: 'mssqlnative' })[0]?.known).toBe(false);
  });

  it('takes the server’s default options when they are a string map', () => {
    expect(databaseTypeChoices({ ...futureType, defaultOptions: { 'FUTUREDB.a': '1' } })[0]?.defaultOptions).toEqual({ 'FUTUREDB.a': '1' });
    expect(databaseTypeChoices({ ...futureType, defaultOptions: ['x'] })[0]?.defaultOptions).toBeNull();
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
    expect(fieldUsage(mustFind(GENERIC_SHORT_NAME), 'NATIVE')).toMatchObject({ host: false, port: 'hidden', database: 'hidden', custom: true, credentials: true });
  });

  it('Oracle and the embeddable databases: port optional, host not forced', () => {
    expect(fieldUsage(mustFind('ORACLE'), 'NATIVE')).toMatchObject({ host: true, hostRequired: false, port: 'optional' });
    for (const shortName of ['H2', 'HYPERSONIC', 'MONETDB']) {
      expect(fieldUsage(mustFind(shortName), 'NATIVE'), shortName).toMatchObject({ host: true, hostRequired: false, port: 'optional' });
    }
  });

  it('port optional where the URL rule copes without one', () => {
    for (const shortName of ['MYSQL', 'MARIADB', 'GOOGLEBIGQUERY', 'TERADATA', 'KettleThin', 'IMPALASIMBA']) {
      expect(fieldUsage(mustFind(shortName), 'NATIVE').port, shortName).toBe('optional');
    }
    expect(fieldUsage(mustFind('MSSQLNative'), 'NATIVE').port).toBe('required');
  });

  it('file databases: no host or port', () => {
    for (const shortName of ['DUCKDB', 'SQLITE']) {
      expect(fieldUsage(mustFind(shortName), 'NATIVE'), shortName).toMatchObject({ host: false, port: 'hidden', database: 'required' });
    }
  });

});

describe('"Add default options"', () => {
  it('offers the type\'s default options under its own prefix, prefix removed', () => {
    expect(defaultOptionRows(mustFind('IMPALASIMBA'))).toEqual([{ name: 'SocketTimeout', value: '10' }]);
    expect(defaultOptionRows(mustFind('INFOBRIGHT'))).toEqual([
      { name: 'defaultFetchSize', value: '500' },
      { name: 'useCursorFetch', value: 'true' },
      { name: 'characterEncoding', value: 'UTF-8' },
    ]);
  });

  it('offers nothing for a type without defaults, or an empty map (KettleThin)', () => {
    expect(defaultOptionRows(mustFind('POSTGRESQL'))).toEqual([]);
    expect(defaultOptionRows(mustFind('KettleThin'))).toEqual([]);
  });

  it('uses the defaults a server sends for a type the catalogue lacks, under its prefix only', () => {
    const exotic = unknownDatabaseType({ name: 'Exotic', shortName: 'EXOTIC', defaultOptions: { 'EXOTIC.mode': 'fast', 'OTHER.x': '1' } });
    expect(defaultOptionRows(exotic)).toEqual([{ name: 'mode', value: 'fast' }]);
  });
});
