/**
 * The database types the editor knows. Datafor has no endpoint that lists them, so the editor
 * carries its own catalogue (CONTRACT.md "Database types"), and a type the server sends that
 * the catalogue lacks is kept exactly as received and offered as the current choice.
 *
 * Facts marked "contract" come from CONTRACT.md (the Pentaho dialects). Entries marked
 * "not from the contract" use the shortName and default port Pentaho/Datafor are known to
 * use for that type; they are best knowledge, not documented facts, and a server that sends
 * a different shortName simply shows up as an unknown (kept verbatim) type.
 */
import { ACCESS_TYPES, type AccessType, type WireDatabaseType } from './wire';

export type JdbcUrlShape =
  | 'postgresql'
  | 'mysql'
  | 'mariadb'
  | 'oracle'
  | 'jtds'
  | 'sqlserver'
  | 'db2'
  | 'vertica'
  | 'redshift'
  | 'snowflake'
  | 'h2'
  | 'informix'
  | 'clickhouse'
  | 'hive2'
  | 'impala'
  | 'hana'
  | 'bigquery'
  | 'duckdb'
  | 'generic'
  | 'none';

export interface DatabaseTypeEntry {
  shortName: string;
  name: string;
  defaultPort: number | null;
  extraOptionsHelpUrl: string | null;
  /** The first one is the default for the type. */
  accessTypes: readonly AccessType[];
  /** `attributes.driverId` a new connection of this type uses; '' when none is known. */
  defaultDriverId: string;
  urlShape: JdbcUrlShape;
  /** The port may be empty: Oracle (TNS descriptor), H2 embedded, Generic, file databases. */
  portOptional: boolean;
  /** false = built from a type the server sent that the catalogue lacks. */
  known: boolean;
  /** The full `databaseType` object to send for this type. */
  wire: WireDatabaseType;
}

export const GENERIC_SHORT_NAME = 'GENERIC';

/** Pentaho's dialects offer ODBC and JNDI besides native JDBC. */
const PENTAHO_ACCESS: readonly AccessType[] = ['NATIVE', 'ODBC', 'JNDI'];
/** Datafor's newer (big-data / cloud) types: native JDBC or a server-side JNDI resource. */
const JDBC_ACCESS: readonly AccessType[] = ['NATIVE', 'JNDI'];

interface EntrySpec {
  shortName: string;
  name: string;
  defaultPort: number | null;
  extraOptionsHelpUrl?: string | null;
  accessTypes?: readonly AccessType[];
  defaultDriverId?: string;
  urlShape: JdbcUrlShape;
  portOptional?: boolean;
  defaultDatabaseName?: string | null;
}

function entry(spec: EntrySpec): DatabaseTypeEntry {
  const extraOptionsHelpUrl = spec.extraOptionsHelpUrl ?? null;
  return Object.freeze({
    shortName: spec.shortName,
    name: spec.name,
    defaultPort: spec.defaultPort,
    extraOptionsHelpUrl,
    accessTypes: spec.accessTypes ?? JDBC_ACCESS,
    defaultDriverId: spec.defaultDriverId ?? '',
    urlShape: spec.urlShape,
    portOptional: spec.portOptional ?? false,
    known: true,
    // Same field order as the object Datafor sends (see modify-a-connection.md).
    wire: Object.freeze({
      defaultDatabaseName: spec.defaultDatabaseName ?? null,
      defaultDatabasePort: spec.defaultPort ?? -1,
      defaultOptions: null,
      extraOptionsHelpUrl,
      name: spec.name,
      shortName: spec.shortName,
    }),
  });
}

const HELP = {
  postgresql: 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters',
  mysql: 'http://dev.mysql.com/doc/refman/5.0/en/connector-j-reference-configuration-properties.html',
  mariadb: 'https://mariadb.com/kb/en/mariadb/about-mariadb-connector-j/',
  mssqlNative: 'http://msdn.microsoft.com/en-us/library/ms378428.aspx',
  snowflake: 'https://docs.snowflake.net/manuals/user-guide/jdbc-configure.html#jdbc-driver-connection-string',
} as const;

export const DATABASE_TYPES: readonly DatabaseTypeEntry[] = Object.freeze([
  // --- Datafor's list, in Datafor's order -------------------------------------------------
  // contract: Generic has no port; the whole URL is attributes.CUSTOM_URL.
  entry({ shortName: GENERIC_SHORT_NAME, name: 'Generic database', defaultPort: null, urlShape: 'generic', accessTypes: PENTAHO_ACCESS, portOptional: true }),
  // contract (port, URL, help); driverId 'mysql8' is the contract's example of an uploaded driver.
  entry({ shortName: 'MYSQL', name: 'MySQL', defaultPort: 3306, extraOptionsHelpUrl: HELP.mysql, accessTypes: PENTAHO_ACCESS, defaultDriverId: 'mysql8', urlShape: 'mysql' }),
  // contract (everything, including the object in modify-a-connection.md).
  entry({ shortName: 'POSTGRESQL', name: 'PostgreSQL', defaultPort: 5432, extraOptionsHelpUrl: HELP.postgresql, accessTypes: PENTAHO_ACCESS, defaultDriverId: 'postgresql', urlShape: 'postgresql' }),
  // not from the contract: GaussDB speaks the PostgreSQL protocol (port 8000 by default).
  entry({ shortName: 'GAUSSDB', name: 'GaussDB', defaultPort: 8000, urlShape: 'postgresql' }),
  // not from the contract: GaussDB 200 (DWS) listens on 25308 by default.
  entry({ shortName: 'GAUSSDB200', name: 'GaussDB 200', defaultPort: 25308, urlShape: 'postgresql' }),
  // contract: as PostgreSQL (so is its driver, which is why it shares the 'postgresql' driverId).
  entry({ shortName: 'GREENPLUM', name: 'Greenplum', defaultPort: 5432, extraOptionsHelpUrl: HELP.postgresql, accessTypes: PENTAHO_ACCESS, defaultDriverId: 'postgresql', urlShape: 'postgresql' }),
  // not from the contract: TiDB speaks the MySQL protocol on 4000.
  entry({ shortName: 'TIDB', name: 'TiDB', defaultPort: 4000, urlShape: 'mysql' }),
  // not from the contract: ClickHouse JDBC over HTTP, port 8123.
  entry({ shortName: 'CLICKHOUSE', name: 'ClickHouse', defaultPort: 8123, urlShape: 'clickhouse' }),
  // not from the contract: Spark Thrift server (HiveServer2 protocol), port 10000.
  entry({ shortName: 'SPARKSQL', name: 'SparkSQL', defaultPort: 10000, urlShape: 'hive2' }),
  // not from the contract: Pentaho's Cloudera Impala (Simba driver), port 21050.
  entry({ shortName: 'IMPALASIMBA', name: 'Cloudera Impala', defaultPort: 21050, urlShape: 'impala' }),
  // contract.
  entry({ shortName: 'SNOWFLAKEHV', name: 'Snowflake', defaultPort: 443, extraOptionsHelpUrl: HELP.snowflake, urlShape: 'snowflake' }),
  // not from the contract: Pentaho's Impala (HiveServer2 driver), port 21050.
  entry({ shortName: 'IMPALA', name: 'Impala', defaultPort: 21050, urlShape: 'hive2' }),
  // not from the contract: Pentaho's Hadoop Hive 2, port 10000.
  entry({ shortName: 'HIVE2', name: 'Hadoop Hive 2', defaultPort: 10000, urlShape: 'hive2' }),
  // not from the contract: SAP HANA, instance 00 SQL port 30015.
  entry({ shortName: 'HANA', name: 'SAP HANA', defaultPort: 30015, urlShape: 'hana' }),
  // not from the contract: InfluxDB HTTP API port; no standard JDBC URL to preview.
  entry({ shortName: 'INFLUXDB', name: 'InfluxDB', defaultPort: 8086, urlShape: 'none' }),
  // not from the contract: MongoDB port; no standard JDBC URL to preview.
  entry({ shortName: 'MONGODB', name: 'MongoDB', defaultPort: 27017, urlShape: 'none' }),
  // contract; the port may be empty when databaseName is a TNS descriptor.
  entry({ shortName: 'ORACLE', name: 'Oracle', defaultPort: 1521, accessTypes: ['NATIVE', 'ODBC', 'OCI', 'JNDI'], urlShape: 'oracle', portOptional: true }),
  // not from the contract: Doris FE speaks the MySQL protocol on 9030.
  entry({ shortName: 'DORIS', name: 'Apache Doris', defaultPort: 9030, urlShape: 'mysql' }),
  // contract.
  entry({ shortName: 'REDSHIFT', name: 'Amazon Redshift', defaultPort: 5439, accessTypes: PENTAHO_ACCESS, urlShape: 'redshift' }),
  // contract.
  entry({ shortName: 'MSSQLNative', name: 'MS SQL Server (Native)', defaultPort: 1433, extraOptionsHelpUrl: HELP.mssqlNative, accessTypes: PENTAHO_ACCESS, urlShape: 'sqlserver' }),
  // not from the contract: Pentaho's Google BigQuery (Simba); host is the API endpoint, database the project id.
  entry({ shortName: 'GOOGLEBIGQUERY', name: 'Google BigQuery', defaultPort: 443, urlShape: 'bigquery' }),
  // not from the contract: Azure SQL Database uses the SQL Server native driver on 1433.
  entry({ shortName: 'AZURESQLDB', name: 'Azure SQL', defaultPort: 1433, extraOptionsHelpUrl: HELP.mssqlNative, urlShape: 'sqlserver' }),
  // not from the contract: Azure Synapse uses the SQL Server native driver on 1433.
  entry({ shortName: 'AZURESYNAPSE', name: 'Azure Synapse', defaultPort: 1433, extraOptionsHelpUrl: HELP.mssqlNative, urlShape: 'sqlserver' }),
  // not from the contract: DuckDB is a file database (databaseName = file path), no host or port.
  entry({ shortName: 'DUCKDB', name: 'DuckDB', defaultPort: null, urlShape: 'duckdb', portOptional: true }),
  // contract.
  entry({ shortName: 'VERTICA5', name: 'Vertica', defaultPort: 5433, accessTypes: PENTAHO_ACCESS, urlShape: 'vertica' }),
  // --- further Pentaho dialects (contract table) -------------------------------------------
  entry({ shortName: 'MARIADB', name: 'MariaDB', defaultPort: 3306, extraOptionsHelpUrl: HELP.mariadb, accessTypes: PENTAHO_ACCESS, urlShape: 'mariadb' }),
  entry({ shortName: 'MSSQL', name: 'MS SQL Server (jTDS)', defaultPort: 1433, accessTypes: PENTAHO_ACCESS, urlShape: 'jtds' }),
  entry({ shortName: 'DB2', name: 'IBM DB2', defaultPort: 50000, accessTypes: PENTAHO_ACCESS, urlShape: 'db2' }),
  // contract: H2 runs embedded (no host/port) or as a TCP server.
  entry({ shortName: 'H2', name: 'H2', defaultPort: 9092, accessTypes: PENTAHO_ACCESS, urlShape: 'h2', portOptional: true }),
  // not from the contract: Pentaho's Informix dialect, port 1526, server name in informixServername.
  entry({ shortName: 'INFORMIX', name: 'Informix', defaultPort: 1526, accessTypes: PENTAHO_ACCESS, urlShape: 'informix' }),
]);

const BY_SHORT_NAME = new Map(DATABASE_TYPES.map((t) => [t.shortName, t]));

export function findDatabaseType(shortName: string): DatabaseTypeEntry | undefined {
  return BY_SHORT_NAME.get(shortName);
}

/** An entry for a type the catalogue lacks: its object is sent back exactly as received. */
export function unknownDatabaseType(serverType: WireDatabaseType): DatabaseTypeEntry {
  const port = serverType.defaultDatabasePort;
  return {
    shortName: serverType.shortName,
    name: serverType.name || serverType.shortName,
    defaultPort: typeof port === 'number' && port > 0 ? port : null,
    extraOptionsHelpUrl: serverType.extraOptionsHelpUrl ?? null,
    accessTypes: ACCESS_TYPES,
    defaultDriverId: '',
    urlShape: 'none',
    // We do not know the type's rules, so we do not block a save over an empty port.
    portOptional: true,
    known: false,
    wire: serverType,
  };
}

/** The catalogue, plus — when the server's type is not in it — an entry made from it, kept verbatim (known: false). */
export function databaseTypeChoices(serverType: WireDatabaseType): readonly DatabaseTypeEntry[] {
  if (BY_SHORT_NAME.has(serverType.shortName)) return DATABASE_TYPES;
  return [unknownDatabaseType(serverType), ...DATABASE_TYPES];
}

/**
 * The entry for a shortName chosen in the form; the server's own object when it is the
 * original type (so an untouched type goes back byte for byte, even if the server's
 * defaultDatabasePort or help URL differ from ours).
 */
export function resolveDatabaseType(shortName: string, serverType: WireDatabaseType): DatabaseTypeEntry {
  const known = BY_SHORT_NAME.get(shortName);
  if (shortName === serverType.shortName) {
    return known ? { ...known, wire: serverType } : unknownDatabaseType(serverType);
  }
  if (known) return known;
  // A shortName that is neither ours nor the server's can only come from a bad form state.
  return unknownDatabaseType({ name: shortName, shortName });
}

/** Access types to offer: the type's own, plus the current one when the type does not list it. */
export function accessTypeChoices(entry: DatabaseTypeEntry, current: AccessType): readonly AccessType[] {
  return entry.accessTypes.includes(current) ? entry.accessTypes : [...entry.accessTypes, current];
}

export interface FieldUsage {
  /** Show the host name field. */
  host: boolean;
  /** Host name must be filled (false for H2 embedded and Oracle TNS, which may leave it empty). */
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
  if (entry.urlShape === 'duckdb') {
    return { host: false, hostRequired: false, port: 'hidden', database: 'required', databaseLabel: 'database', credentials: true, custom: false };
  }
  const hostRequired = entry.urlShape !== 'h2' && entry.urlShape !== 'oracle' && entry.known;
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
