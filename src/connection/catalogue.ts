/**
 * The database types the editor knows. Datafor has no endpoint that lists them, so the editor
 * carries its own catalogue, and a type the server sends that the catalogue lacks is kept
 * exactly as received and offered as the current choice.
 *
 * Source: ../shared/reference/pentaho-connection-facts.md. Each entry says where it comes from
 * (`origin`):
 * - 'dialect': Pentaho's server dialects (facts §1a, pentaho-commons-database HEAD and the
 *   big-data plugin): the `databaseType` object the server sends, and the URL it builds.
 * - 'kettle': Kettle-only types (facts §1b): no server dialect; facts from the Kettle metas.
 * - 'datafor': types only Datafor lists (../shared/api/CONTRACT.md "Database types"). NOT FROM PENTAHO:
 *   shortName, port and URL are best knowledge, not documented facts; a server that sends
 *   another shortName simply shows up as an unknown (kept verbatim) type.
 *
 * Access types follow HEAD, which lists no ODBC for the dialects (9.3 did); a connection that
 * still uses ODBC keeps it through `accessTypeChoices`.
 */
import { ACCESS_TYPES, type AccessType, type ServerDatabaseType, type WireDatabaseType } from './wire';

/** The name of the type's URL rule; jdbc-url.ts has one function per rule. */
export type JdbcUrlShape =
  // server dialects
  | 'generic'
  | 'mysql'
  | 'mariadb'
  | 'postgresql'
  | 'redshift'
  | 'oracle'
  | 'jtds'
  | 'mssqlNative'
  | 'azureSqlDb'
  | 'db2'
  | 'vertica'
  | 'snowflake'
  | 'h2'
  | 'hypersonic'
  | 'monetdb'
  | 'informix'
  | 'teradata'
  | 'bigquery'
  | 'pdi'
  | 'odbc'
  | 'hive'
  | 'hive2'
  | 'impala'
  | 'hive2Simba'
  | 'impalaSimba'
  | 'sparkSimba'
  // Kettle-only
  | 'as400'
  | 'cache'
  | 'exasol'
  | 'extendb'
  | 'firebird'
  | 'sqlbase'
  | 'ingres'
  | 'vectorwise'
  | 'interbase'
  | 'kingbase'
  | 'luciddb'
  | 'mondrian'
  | 'neoview'
  | 'netezza'
  | 'oracleRdb'
  | 'sapdb'
  | 'sqlite'
  | 'sybase'
  | 'sybaseIq'
  | 'universe'
  | 'databricks'
  | 'athena'
  // Datafor-only (not from Pentaho)
  | 'clickhouse'
  | 'hana'
  | 'duckdb'
  | 'none';

export type TypeOrigin = 'dialect' | 'kettle' | 'datafor';

export interface DatabaseTypeEntry {
  shortName: string;
  /** The exact wire `name`. */
  name: string;
  /**
   * What the type list shows: `name`, plus a hint where two types would read alike. Hints are
   * driver names, like Pentaho's own "Hadoop Hive 2 (Simba)", so they need no translation.
   */
  label: string;
  /** null where Pentaho says -1 ("no default port"). */
  defaultPort: number | null;
  extraOptionsHelpUrl: string | null;
  /** Full option keys (`SHORTNAME.option`) → value; also what "Add default options" offers. */
  defaultOptions: Readonly<Record<string, string>> | null;
  /** The first one is the default for the type. */
  accessTypes: readonly AccessType[];
  /** `attributes.driverId` a new connection of this type uses; '' when none is known. */
  defaultDriverId: string;
  urlShape: JdbcUrlShape;
  /** The URL rule copes with an empty port (embedded forms, TNS descriptor, default port). */
  portOptional: boolean;
  /** false = built from a type the server sent that the catalogue lacks. */
  known: boolean;
  origin: TypeOrigin | 'server';
  /** The full `databaseType` object to send for this type. */
  wire: WireDatabaseType;
}

export const GENERIC_SHORT_NAME = 'GENERIC';

const NJ: readonly AccessType[] = ['NATIVE', 'JNDI'];
const NOJ: readonly AccessType[] = ['NATIVE', 'ODBC', 'JNDI'];

interface More {
  label?: string;
  help?: string | null;
  access?: readonly AccessType[];
  options?: Readonly<Record<string, string>>;
  dbName?: string;
  driverId?: string;
}

/**
 * URL rules that cope with an empty port: embedded forms, Oracle's TNS descriptor, a default
 * port in the URL, `host/db`, or no port in the URL at all.
 */
const PORT_OPTIONAL_RULES: ReadonlySet<JdbcUrlShape> = new Set<JdbcUrlShape>([
  'generic', 'mysql', 'mariadb', 'oracle', 'h2', 'hypersonic', 'monetdb', 'teradata', 'bigquery', 'pdi', 'odbc',
  'hive2Simba', 'impalaSimba', 'sparkSimba', 'as400', 'ingres', 'vectorwise', 'luciddb', 'mondrian', 'sapdb',
  'sqlite', 'universe', 'databricks', 'athena', 'duckdb',
]);

function entry(origin: TypeOrigin, shortName: string, name: string, port: number | null, urlShape: JdbcUrlShape, more: More = {}): DatabaseTypeEntry {
  const extraOptionsHelpUrl = more.help ?? null;
  const defaultOptions = more.options ? Object.freeze({ ...more.options }) : null;
  return Object.freeze({
    shortName,
    name,
    label: more.label ?? name,
    defaultPort: port,
    extraOptionsHelpUrl,
    defaultOptions,
    accessTypes: more.access ?? NJ,
    defaultDriverId: more.driverId ?? '',
    urlShape,
    portOptional: PORT_OPTIONAL_RULES.has(urlShape),
    known: true,
    origin,
    // Same field order as the object Datafor sends (see modify-a-connection.md).
    wire: Object.freeze({
      defaultDatabaseName: more.dbName ?? null,
      defaultDatabasePort: port ?? -1,
      defaultOptions,
      extraOptionsHelpUrl,
      name,
      shortName,
    }),
  });
}

const dialect = entry.bind(null, 'dialect');
const kettle = entry.bind(null, 'kettle');
const datafor = entry.bind(null, 'datafor');

// Help URLs exactly as Pentaho spells them, odd ones included.
const PG_HELP = 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters';
const MYSQL_HELP = 'http://dev.mysql.com/doc/refman/5.0/en/connector-j-reference-configuration-properties.html';
const KETTLE_MYSQL_HELP = 'https://dev.mysql.com/doc/connector-j/8.0/en/connector-j-reference-configuration-properties.html';
const JTDS_HELP = 'http://jtds.sourceforge.net/faq.html#urlFormat';
const MSSQL_NATIVE_HELP = 'http://msdn.microsoft.com/en-us/library/ms378428.aspx';
const CLOUDERA_HELP = 'http://www.cloudera.com/content/support/en/documentation/cloudera-impala/cloudera-impala-documentation-v1-latest.html';
/** Kettle's MySQL getDefaultOptions, keyed by the plugin id, inherited by MySQL-like Kettle types. */
const mysqlFetchDefaults = (id: string) => ({ [`${id}.defaultFetchSize`]: '500', [`${id}.useCursorFetch`]: 'true' });

const ENTRIES: readonly DatabaseTypeEntry[] = [
  // --- server dialects (facts §1a) -------------------------------------------------------------
  dialect('AZURESQLDB', 'Azure SQL DB', 1433, 'azureSqlDb'),
  dialect('DB2', 'IBM DB2', 50000, 'db2'),
  // The whole URL is attributes.CUSTOM_URL.
  dialect(GENERIC_SHORT_NAME, 'Generic database', null, 'generic'),
  dialect('GOOGLEBIGQUERY', 'Google BigQuery', 443, 'bigquery', { help: 'https://cloud.google.com/bigquery/partners/simba-drivers/' }),
  dialect('H2', 'H2', 9092, 'h2', { help: '' }),
  dialect('HYPERSONIC', 'Hypersonic', 9001, 'hypersonic', { help: 'http://hsqldb.sourceforge.net/doc/guide/ch04.html#N109DA' }),
  dialect('INFORMIX', 'Informix', 9088, 'informix', {
    help: 'http://publib.boulder.ibm.com/infocenter/idshelp/v10/index.jsp?topic=/com.ibm.jdbc_pg.doc/jdbc212.htm',
  }),
  dialect('MARIADB', 'MariaDB', 3306, 'mariadb', { help: 'https://mariadb.com/kb/en/mariadb/about-mariadb-connector-j/' }),
  dialect('MSSQL', 'MS SQL Server', 1433, 'jtds', { label: 'MS SQL Server (jTDS)', help: JTDS_HELP }),
  dialect('MSSQLNative', 'MS SQL Server (Native)', 1433, 'mssqlNative', { help: MSSQL_NATIVE_HELP }),
  dialect('MONETDB', 'MonetDB', 50000, 'monetdb', { help: '' }),
  // driverId 'mysql8' is the contract's example of an uploaded driver. The 500/true fetch
  // defaults are Kettle's, not the dialect's: the server sends no defaultOptions.
  dialect('MYSQL', 'MySQL', 3306, 'mysql', { help: MYSQL_HELP, driverId: 'mysql8' }),
  // The port may be empty when databaseName is a TNS descriptor.
  dialect('ORACLE', 'Oracle', 1521, 'oracle', {
    help: 'http://download.oracle.com/docs/cd/B19306_01/java.102/b14355/urls.htm#i1006362',
    access: ['NATIVE', 'OCI', 'JNDI'],
  }),
  dialect('KettleThin', 'Pentaho Data Services', 8080, 'pdi', {
    help: 'https://help.pentaho.com/Documentation/7.0/0L0/0Y0/090',
    options: {},
    dbName: 'pentaho',
  }),
  dialect('POSTGRESQL', 'PostgreSQL', 5432, 'postgresql', { help: PG_HELP, driverId: 'postgresql' }),
  dialect('REDSHIFT', 'Redshift', 5439, 'redshift', { help: 'http://http://docs.aws.amazon.com/redshift/latest/mgmt/configure-jdbc-connection.html' }),
  dialect('SNOWFLAKEHV', 'Snowflake', 443, 'snowflake', { help: 'https://docs.snowflake.net/manuals/user-guide/jdbc-configure.html#jdbc-driver-connection-string' }),
  dialect('TERADATA', 'Teradata', 1025, 'teradata', {
    help: 'http://www.info.ncr.com/eTeradata-BrowseBy-Results.cfm?pl=&PID=&title=%25&release=&kword=CJDBC&sbrn=7&nm=Teradata+Tools+and+Utilities+-+Java+Database+Connectivity+(JDBC)',
  }),
  dialect('VERTICA5', 'Vertica 5+', 5433, 'vertica'),
  dialect('VERTICA', 'Vertica (deprecated)', 5433, 'vertica'),
  // 9.3 only: ODBC is its one access type.
  dialect('MSACCESS', 'MS Access', null, 'odbc', { access: ['ODBC'] }),
  // big-data plugin (listed by the server only when the plugin is installed)
  dialect('HIVE', 'Hadoop Hive (deprecated)', 10000, 'hive', { help: 'https://cwiki.apache.org/Hive/hiveclient.html' }),
  dialect('HIVE2', 'Hadoop Hive 2', 10000, 'hive2', { help: CLOUDERA_HELP }),
  dialect('IMPALA', 'Impala', 21050, 'impala', { help: CLOUDERA_HELP }),
  dialect('HIVE2SIMBA', 'Hadoop Hive 2 (Simba)', 10000, 'hive2Simba', { help: 'http://www.simba.com/connectors/apache-hadoop-hive-driver' }),
  dialect('IMPALASIMBA', 'Cloudera Impala', 21050, 'impalaSimba', {
    label: 'Cloudera Impala (Simba)',
    help: 'http://go.cloudera.com/odbc-driver-hive-impala.html',
    options: { 'IMPALASIMBA.SocketTimeout': '10' },
    dbName: '',
  }),
  dialect('SPARKSIMBA', 'SparkSQL', 10015, 'sparkSimba', {
    help: 'http://www.simba.com/drivers/spark-jdbc-odbc/',
    options: { 'SPARKSIMBA.SocketTimeout': '10' },
    dbName: '',
  }),

  // --- Kettle-only types (facts §1b; those still in kettle-database-types.xml) -----------------
  kettle('AS/400', 'AS/400', null, 'as400', { access: NOJ }),
  kettle('CACHE', 'Intersystems Cache', 1972, 'cache'),
  kettle('EXASOL4', 'Exasol 4', 8563, 'exasol', { help: 'http://www.exasol.com/knowledge-center.html' }),
  kettle('EXTENDB', 'ExtenDB', 6453, 'extendb', { access: NOJ }),
  kettle('FIREBIRD', 'Firebird SQL', 3050, 'firebird', { access: NOJ }),
  // As PostgreSQL, including its driver.
  kettle('GREENPLUM', 'Greenplum', 5432, 'postgresql', { help: PG_HELP, driverId: 'postgresql' }),
  kettle('INFINIDB', 'Calpont InfiniDB', 3306, 'mysql', { help: KETTLE_MYSQL_HELP, options: mysqlFetchDefaults('INFINIDB') }),
  kettle('SQLBASE', 'Gupta SQL Base', 2155, 'sqlbase', { access: NOJ }),
  kettle('INFOBRIGHT', 'Infobright', 5029, 'mysql', {
    help: KETTLE_MYSQL_HELP,
    options: { ...mysqlFetchDefaults('INFOBRIGHT'), 'INFOBRIGHT.characterEncoding': 'UTF-8' },
  }),
  kettle('INGRES', 'Ingres', null, 'ingres', { access: NOJ }),
  kettle('VECTORWISE', 'Ingres VectorWise', null, 'vectorwise', { access: NOJ }),
  kettle('INTERBASE', 'Borland Interbase', 3050, 'interbase', { access: NOJ }),
  kettle('KINGBASEES', 'KingbaseES', 54321, 'kingbase', { access: ['NATIVE', 'ODBC'] }),
  kettle('LucidDB', 'LucidDB', 8034, 'luciddb', { help: 'http://pub.eigenbase.org/wiki/LucidDbDocs' }),
  // JNDI only; the host name field holds the catalog.
  kettle('MONDRIAN', 'Native Mondrian', null, 'mondrian', { access: ['JNDI'] }),
  kettle('NEOVIEW', 'Neoview', 18650, 'neoview', { help: 'http://docs.hp.com/en/busintellsol.html', access: NOJ }),
  kettle('NETEZZA', 'Netezza', 5480, 'netezza', { access: NOJ }),
  kettle('ORACLERDB', 'Oracle RDB', null, 'oracleRdb', { access: NOJ }),
  kettle('REMEDY-AR-SYSTEM', 'Remedy Action Request System', null, 'odbc', { access: ['ODBC', 'JNDI'] }),
  kettle('SAPDB', 'MaxDB (SAP DB)', null, 'sapdb', { access: NOJ }),
  kettle('SQLITE', 'SQLite', null, 'sqlite', { access: NOJ }),
  kettle('SYBASE', 'Sybase', 5001, 'sybase', { help: JTDS_HELP }),
  kettle('SYBASEIQ', 'SybaseIQ', 2638, 'sybaseIq', { help: JTDS_HELP, access: NOJ }),
  kettle('UNIVERSE', 'UniVerse database', null, 'universe', { access: NOJ }),
  // HTTP path and access token live in attributes the form does not edit yet.
  kettle('DATABRICKS', 'Databricks', 443, 'databricks', { access: ['NATIVE'] }),
  // Host and port unused; work group, region, catalog … live in attributes.
  kettle('ATHENA', 'Athena', 443, 'athena', { access: ['NATIVE'] }),
  kettle('HIVEWAREHOUSE', 'Hive Warehouse Connector', null, 'hive2', { access: ['NATIVE'] }),

  // --- Datafor-only types: NOT FROM PENTAHO, today's best knowledge -----------------------------
  // GaussDB speaks the PostgreSQL protocol (port 8000 by default).
  datafor('GAUSSDB', 'GaussDB', 8000, 'postgresql'),
  // GaussDB 200 (DWS) listens on 25308 by default.
  datafor('GAUSSDB200', 'GaussDB 200', 25308, 'postgresql'),
  // TiDB speaks the MySQL protocol on 4000.
  datafor('TIDB', 'TiDB', 4000, 'mysql'),
  // ClickHouse JDBC over HTTP, port 8123.
  datafor('CLICKHOUSE', 'ClickHouse', 8123, 'clickhouse'),
  // SAP HANA, instance 00 SQL port 30015.
  datafor('HANA', 'SAP HANA', 30015, 'hana'),
  // InfluxDB HTTP API port; no standard JDBC URL to preview.
  datafor('INFLUXDB', 'InfluxDB', 8086, 'none'),
  // MongoDB port; no standard JDBC URL to preview.
  datafor('MONGODB', 'MongoDB', 27017, 'none'),
  // Doris FE speaks the MySQL protocol on 9030.
  datafor('DORIS', 'Apache Doris', 9030, 'mysql'),
  // Azure Synapse uses the SQL Server native driver on 1433.
  datafor('AZURESYNAPSE', 'Azure Synapse', 1433, 'mssqlNative', { help: MSSQL_NATIVE_HELP }),
  // DuckDB is a file database (databaseName = file path), no host or port.
  datafor('DUCKDB', 'DuckDB', null, 'duckdb'),
];

/** Compares type labels the way a reader expects ("IBM DB2" near "H2", "Vertica 5+" before "Vertica (…)"). */
export const compareTypeLabels = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** Every known type, sorted by its label. */
export const DATABASE_TYPES: readonly DatabaseTypeEntry[] = Object.freeze([...ENTRIES].sort((a, b) => compareTypeLabels(a.label, b.label)));

const BY_SHORT_NAME = new Map(DATABASE_TYPES.map((t) => [t.shortName, t]));

export function findDatabaseType(shortName: string): DatabaseTypeEntry | undefined {
  return BY_SHORT_NAME.get(shortName);
}

/**
 * The shortName the form holds for a type the server did not name: `databaseType` null (its
 * driver is not installed on that server), absent, or without a shortName. Such a type is shown
 * as "not available on this server" and sent back exactly as it came unless the user picks one.
 */
export const UNAVAILABLE_TYPE = '';

/** The shortName of the type the server sent; UNAVAILABLE_TYPE when it sent none. */
export function serverShortName(serverType: ServerDatabaseType): string {
  return serverType?.shortName ?? UNAVAILABLE_TYPE;
}

/** An entry for a type the catalogue lacks (or one the server did not name): its object is sent back exactly as received. */
export function unknownDatabaseType(serverType: ServerDatabaseType): DatabaseTypeEntry {
  const port = serverType?.defaultDatabasePort;
  const shortName = serverShortName(serverType);
  const name = serverType?.name || shortName;
  const options = serverType?.defaultOptions;
  // A port sent as text ("5432") counts like a number; "-1", "0" and anything else mean none.
  const defaultPort = typeof port === 'number' ? port : typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : 0;
  return {
    shortName,
    name,
    label: name,
    defaultPort: defaultPort > 0 ? defaultPort : null,
    extraOptionsHelpUrl: serverType?.extraOptionsHelpUrl ?? null,
    defaultOptions: isStringMap(options) ? options : null,
    accessTypes: ACCESS_TYPES,
    defaultDriverId: '',
    urlShape: 'none',
    // We do not know the type's rules, so we do not block a save over an empty port.
    portOptional: true,
    known: false,
    origin: 'server',
    // Never sent for an unnamed type: the original's own value (null, absent) goes back instead.
    wire: serverType ?? {},
  };
}

function isStringMap(value: unknown): value is Readonly<Record<string, string>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** The sorted catalogue, after — when the server's type is not in it — an entry made from it, kept verbatim (known: false). */
export function databaseTypeChoices(serverType: ServerDatabaseType): readonly DatabaseTypeEntry[] {
  if (BY_SHORT_NAME.has(serverShortName(serverType))) return DATABASE_TYPES;
  return [unknownDatabaseType(serverType), ...DATABASE_TYPES];
}

/**
 * The entry for a shortName chosen in the form; the server's own object when it is the
 * original type (so an untouched type goes back byte for byte, even if the server's
 * defaultDatabasePort or help URL differ from ours).
 */
export function resolveDatabaseType(shortName: string, serverType: ServerDatabaseType): DatabaseTypeEntry {
  const known = BY_SHORT_NAME.get(shortName);
  if (shortName === serverShortName(serverType)) {
    return known && serverType ? { ...known, wire: serverType } : unknownDatabaseType(serverType);
  }
  if (known) return known;
  // A shortName that is neither ours nor the server's can only come from a bad form state.
  return unknownDatabaseType({ name: shortName, shortName });
}

/**
 * "Add default options": the type's default options under its own prefix, as rows (prefix
 * removed), as Pentaho's dialog pre-fills a connection that has none.
 */
export function defaultOptionRows(entry: DatabaseTypeEntry): { name: string; value: string }[] {
  const prefix = `${entry.shortName}.`;
  return Object.entries(entry.defaultOptions ?? {})
    .filter(([key]) => key.startsWith(prefix) && key.length > prefix.length)
    .map(([key, value]) => ({ name: key.slice(prefix.length), value }));
}

/** Access types to offer: the type's own, plus the current one when the type does not list it. */
export function accessTypeChoices(entry: DatabaseTypeEntry, current: AccessType): readonly AccessType[] {
  return entry.accessTypes.includes(current) ? entry.accessTypes : [...entry.accessTypes, current];
}

export interface FieldUsage {
  /** Show the host name field. */
  host: boolean;
  /** Host name must be filled (false where the URL rule has a form without a host). */
  hostRequired: boolean;
  port: 'required' | 'optional' | 'hidden';
  database: 'required' | 'optional' | 'hidden';
  /** "Database name" vs "JNDI name". */
  databaseLabel: 'database' | 'jndi';
  /** User name + password shown. */
  credentials: boolean;
  /** Generic: custom URL + custom driver class instead of host/port/database. */
  custom: boolean;
}

/** URL rules whose database is a file (or a whole descriptor): no host and no port. */
const FILE_RULES: ReadonlySet<JdbcUrlShape> = new Set(['duckdb', 'sqlite']);
/** URL rules with a form that needs no host: embedded databases, Oracle's TNS descriptor, unused hosts. */
const HOST_OPTIONAL_RULES: ReadonlySet<JdbcUrlShape> = new Set(['h2', 'hypersonic', 'monetdb', 'oracle', 'athena']);

export function fieldUsage(entry: DatabaseTypeEntry, accessType: AccessType): FieldUsage {
  if (accessType === 'JNDI') {
    // The application server's resource carries host, port and credentials.
    return { host: false, hostRequired: false, port: 'hidden', database: 'required', databaseLabel: 'jndi', credentials: false, custom: false };
  }
  if (accessType !== 'NATIVE') {
    // ODBC DSN / OCI TNS name / plugin: the name lives in databaseName; no host or port.
    return { host: false, hostRequired: false, port: 'hidden', database: 'required', databaseLabel: 'database', credentials: true, custom: false };
  }
  if (entry.urlShape === 'generic') {
    return { host: false, hostRequired: false, port: 'hidden', database: 'hidden', databaseLabel: 'database', credentials: true, custom: true };
  }
  if (FILE_RULES.has(entry.urlShape)) {
    return { host: false, hostRequired: false, port: 'hidden', database: 'required', databaseLabel: 'database', credentials: true, custom: false };
  }
  const hostRequired = !HOST_OPTIONAL_RULES.has(entry.urlShape) && entry.known;
  return {
    host: true,
    hostRequired,
    port: entry.portOptional ? 'optional' : 'required',
    database: entry.known ? 'required' : 'optional',
    databaseLabel: 'database',
    credentials: true,
    custom: false,
  };
}
