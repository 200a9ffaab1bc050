/**
 * Connection bodies of the shapes real Pentaho 10/11 and Datafor servers, Pentaho's own tests,
 * Datafor's documentation and deployment scripts produce (issue 13; where each shape comes
 * from: ../shared/reference/pentaho-connection-facts.md). Written for this project, one or more
 * per class; the converter, form-schema, server and end-to-end tests all use these same bodies.
 *
 * `edit` names one setting a person would change on it, for the tests that check that an update
 * sends the original with exactly that change.
 */

export type RealWorldClass =
  /** 1. `databaseType: null`: the server has no driver for the type, so it does not list it. */
  | 'type-not-available'
  /** 2. Thin or unusual bodies: type missing or bare, extra type keys, numbers as strings, nulls, absences. */
  | 'thin'
  /** 3. Kettle variables where Pentaho accepts them. */
  | 'variables'
  /** 4. Ports as Pentaho writes them: "-1", "0", or only in attributes.PORT_NUMBER. */
  | 'ports'
  /** 6. Partitioned (clustered) connections. */
  | 'partitioned'
  /** 7. Everything else kept exactly: odd pool parameters, options, attribute mirrors, list-only keys. */
  | 'kept-exactly';

/** A one-field edit: a text box by its label (in option row `optionRow`, from 1), its new value, and where it lands on the wire. */
export interface OneFieldEdit {
  label: string;
  optionRow?: number;
  value: string;
  /** The top-level keys the update changes (with Datafor's documented mirrors, where the field has some). */
  changes: Record<string, unknown>;
}

export interface RealWorldBody {
  class: RealWorldClass;
  /** What makes this body unusual, in a sentence. */
  shape: string;
  body: Record<string, unknown> & { name: string };
  edit: OneFieldEdit;
}

/** The flags every connection Pentaho serialises carries (DatabaseConnection's boolean getters). */
const PENTAHO_FLAGS = {
  changed: false,
  partitioned: false,
  quoteAllFields: false,
  streamingResults: false,
  forcingIdentifiersToLowerCase: false,
  forcingIdentifiersToUpperCase: false,
  usingDoubleDecimalAsSchemaTableSeparator: false,
  usingConnectionPool: false,
  initialPoolSize: 0,
  maximumPoolSize: 0,
} as const;

const ORACLE_RAC_DESCRIPTOR =
  '(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=rac1.db.example)(PORT=1521))(ADDRESS=(PROTOCOL=TCP)(HOST=rac2.db.example)(PORT=1521)))(CONNECT_DATA=(SERVICE_NAME=FINPROD)))';

const hostEdit = (value: string): OneFieldEdit => ({ label: 'Host name', value, changes: { hostname: value } });
const userEdit = (value: string): OneFieldEdit => ({ label: 'User name', value, changes: { username: value } });

export const REAL_WORLD_BODIES: readonly RealWorldBody[] = [
  {
    class: 'type-not-available',
    shape: 'A BigQuery connection read from a server without the Simba driver: databaseType null, options and Kettle mirrors still prefixed GOOGLEBIGQUERY.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a01',
      name: 'rw_bigquery_no_driver',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: null,
      hostname: 'www.googleapis.com',
      databasePort: '443',
      databaseName: 'analytics-prod',
      username: null,
      password: null,
      attributes: {
        PORT_NUMBER: '443',
        DATABASE_TYPE: 'GOOGLEBIGQUERY',
        'EXTRA_OPTION_GOOGLEBIGQUERY.OAuthType': '0',
        'EXTRA_OPTION_GOOGLEBIGQUERY.OAuthServiceAcctEmail': 'bi-reader@analytics-prod.iam.gserviceaccount.example',
      },
      extraOptions: {
        'GOOGLEBIGQUERY.OAuthType': '0',
        'GOOGLEBIGQUERY.OAuthServiceAcctEmail': 'bi-reader@analytics-prod.iam.gserviceaccount.example',
      },
      extraOptionsOrder: { '0': 'GOOGLEBIGQUERY.OAuthType', '1': 'GOOGLEBIGQUERY.OAuthServiceAcctEmail' },
      connectSql: '',
      connectionPoolingProperties: {},
      dataTablespace: '',
      indexTablespace: '',
      informixServername: '',
      SQLServerInstance: null,
    },
    edit: { label: 'Database name', value: 'analytics-staging', changes: { databaseName: 'analytics-staging' } },
  },
  {
    class: 'type-not-available',
    shape: 'An Azure SQL connection on a server without the Microsoft driver: databaseType null, Azure attributes, no options at all.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a02',
      name: 'rw_azure_sql_no_driver',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: null,
      hostname: 'finance.database.windows.example',
      databasePort: '1433',
      databaseName: 'ledger',
      username: 'bi@finance',
      password: null,
      attributes: {
        PORT_NUMBER: '1433',
        jdbcAuthMethod: 'SQL Server Authentication',
        azureAlwaysEncryptionEnabled: 'false',
        azureClientSecretId: '',
      },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: null,
      connectionPoolingProperties: null,
      SQLServerInstance: null,
    },
    edit: hostEdit('finance-dr.database.windows.example'),
  },
  {
    class: 'thin',
    shape: 'A deployment script’s body: no databaseType, no accessType, no attributes, no option order; nulls for what it does not set.',
    body: {
      name: 'rw_script_no_type',
      hostname: 'pg.db.example',
      databasePort: '5432',
      databaseName: 'warehouse',
      username: null,
      password: null,
      dataTablespace: null,
      extraOptions: { 'POSTGRESQL.ApplicationName': 'datafor' },
    },
    edit: hostEdit('pg2.db.example'),
  },
  {
    class: 'thin',
    shape: 'A type holding only its shortName; options without an order; an empty password; most flags absent.',
    body: {
      name: 'rw_short_name_only',
      accessType: 'NATIVE',
      databaseType: { shortName: 'MYSQL' },
      hostname: 'mysql.db.example',
      databasePort: '3306',
      databaseName: 'orders',
      username: 'etl',
      password: '',
      extraOptions: { 'MYSQL.useSSL': 'false', 'MYSQL.serverTimezone': 'UTC' },
      usingConnectionPool: false,
    },
    edit: userEdit('etl_reader'),
  },
  {
    class: 'thin',
    shape: 'As Datafor’s “Add a connection” page shows it: defaultDatabasePort "5432" as a string, extra type keys (driver, protocol), pool sizes as strings.',
    body: {
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a05',
      name: 'rw_datafor_add_page',
      accessType: 'NATIVE',
      databaseType: {
        name: 'PostgreSQL',
        shortName: 'POSTGRESQL',
        defaultDatabasePort: '5432',
        driver: 'org.postgresql.Driver',
        protocol: 'jdbc:postgresql',
      },
      hostname: '10.20.0.15',
      databasePort: '5432',
      databaseName: 'sales',
      username: 'datafor',
      password: null,
      attributes: { PORT_NUMBER: '5432' },
      extraOptions: {},
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      initialPoolSize: '0',
      maximumPoolSize: '20',
    },
    edit: { label: 'Connect SQL', value: 'SET search_path TO sales', changes: { connectSql: 'SET search_path TO sales' } },
  },
  {
    class: 'variables',
    shape: 'An exported, portable PostgreSQL connection: ${DB_HOST}, ${DB_PORT} (in all three port places), ${DB_NAME}, ${DB_USER}, a variable option value.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a06',
      name: 'rw_portable_variables',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 5432,
        defaultOptions: null,
        extraOptionsHelpUrl: 'http://jdbc.postgresql.org/documentation/83/connect.html#connection-parameters',
        name: 'PostgreSQL',
        shortName: 'POSTGRESQL',
      },
      hostname: '${DB_HOST}',
      databasePort: '${DB_PORT}',
      databaseName: '${DB_NAME}',
      username: '${DB_USER}',
      password: null,
      attributes: { PORT_NUMBER: '${DB_PORT}', driverId: 'postgresql' },
      extraOptions: { 'POSTGRESQL.ApplicationName': '${APP_NAME}', 'POSTGRESQL.sslmode': 'require' },
      extraOptionsOrder: { '0': 'POSTGRESQL.ApplicationName', '1': 'POSTGRESQL.sslmode' },
      connectSql: '',
      connectionPoolingProperties: {},
      dataTablespace: '',
      indexTablespace: '',
      informixServername: '',
      SQLServerInstance: null,
      driverId: 'postgresql',
      PORT_NUMBER: '${DB_PORT}',
      CUSTOM_URL: null,
    },
    edit: { label: 'Database name', value: '${DB_NAME}_reporting', changes: { databaseName: '${DB_NAME}_reporting' } },
  },
  {
    class: 'variables',
    shape: 'A Generic connection made portable: ${CONNECTION_URL} and ${DRIVER} in the custom URL and driver class (and their mirrors).',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a07',
      name: 'rw_generic_variables',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: -1,
        defaultOptions: null,
        extraOptionsHelpUrl: null,
        name: 'Generic database',
        shortName: 'GENERIC',
      },
      hostname: '',
      databasePort: '',
      databaseName: '',
      username: '${DB_USER}',
      password: null,
      attributes: { CUSTOM_URL: '${CONNECTION_URL}', CUSTOM_DRIVER_CLASS: '${DRIVER}', PORT_NUMBER: '' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      connectionPoolingProperties: {},
      driverId: null,
      PORT_NUMBER: '',
      CUSTOM_URL: '${CONNECTION_URL}',
      CUSTOM_DRIVER_CLASS: '${DRIVER}',
    },
    edit: userEdit('${DB_READER}'),
  },
  {
    class: 'ports',
    shape: 'An Oracle RAC connection: a TNS descriptor as the database, no host, and port "-1" (Pentaho’s “no port”) in all three places.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a08',
      name: 'rw_oracle_rac',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 1521,
        defaultOptions: null,
        extraOptionsHelpUrl: 'http://download.oracle.com/docs/cd/B19306_01/java.102/b14355/urls.htm#i1006362',
        name: 'Oracle',
        shortName: 'ORACLE',
      },
      hostname: '',
      databasePort: '-1',
      databaseName: ORACLE_RAC_DESCRIPTOR,
      username: 'fin_report',
      password: null,
      attributes: { PORT_NUMBER: '-1', driverId: 'oracle' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      connectionPoolingProperties: {},
      dataTablespace: 'FIN_DATA',
      indexTablespace: 'FIN_INDEX',
      driverId: 'oracle',
      PORT_NUMBER: '-1',
      CUSTOM_URL: null,
    },
    edit: userEdit('fin_audit'),
  },
  {
    class: 'ports',
    shape: 'A connection saved with an empty port by the platform, which stores the port as a number: "0" everywhere.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a09',
      name: 'rw_platform_zero_port',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { defaultDatabasePort: 5432, name: 'PostgreSQL', shortName: 'POSTGRESQL' },
      hostname: 'pg.db.example',
      databasePort: '0',
      databaseName: 'hr',
      username: 'hr_read',
      password: null,
      attributes: { PORT_NUMBER: '0' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      connectionPoolingProperties: {},
      driverId: null,
      PORT_NUMBER: '0',
      CUSTOM_URL: null,
    },
    edit: hostEdit('pg-hr.db.example'),
  },
  {
    class: 'ports',
    shape: 'The port only in attributes.PORT_NUMBER, as a variable; databasePort null and no top-level mirror.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a10',
      name: 'rw_port_in_attributes',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { defaultDatabasePort: 3306, name: 'MySQL', shortName: 'MYSQL' },
      hostname: 'mysql-hr.db.example',
      databasePort: null,
      databaseName: 'hr',
      username: 'hr_read',
      password: null,
      attributes: { PORT_NUMBER: '${MYSQL_PORT}', driverId: 'mysql8' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectionPoolingProperties: {},
    },
    edit: hostEdit('mysql-hr2.db.example'),
  },
  {
    class: 'partitioned',
    shape: 'A Kettle partitioned (clustered) connection: two partitions, an empty entry and an all-null one.',
    body: {
      ...PENTAHO_FLAGS,
      partitioned: true,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a11',
      name: 'rw_partitioned',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { defaultDatabasePort: 5432, name: 'PostgreSQL', shortName: 'POSTGRESQL' },
      hostname: 'pg-a.db.example',
      databasePort: '5432',
      databaseName: 'sales_a',
      username: 'etl',
      password: null,
      attributes: { PORT_NUMBER: '5432', driverId: 'postgresql' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      connectionPoolingProperties: {},
      partitioningInformation: [
        { partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'sales_a', username: 'etl', password: null },
        { partitionId: 'P2', hostname: 'pg-b.db.example', port: '5433', databaseName: 'sales_b', username: 'etl', password: null },
        {},
        { partitionId: null, hostname: null, port: null, databaseName: null, username: null, password: null },
      ],
      driverId: 'postgresql',
      PORT_NUMBER: '5432',
      CUSTOM_URL: null,
    },
    edit: { label: 'Connect SQL', value: 'SET application_name = datafor', changes: { connectSql: 'SET application_name = datafor' } },
  },
  {
    class: 'kept-exactly',
    shape: 'Unknown pool parameters with words for values and a variable in a known one; an option without a type prefix; an empty option order; Kettle’s EXTRA_OPTION_* and DATABASE_TYPE* mirrors; list-only keys.',
    body: {
      ...PENTAHO_FLAGS,
      usingConnectionPool: true,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a12',
      name: 'rw_kept_exactly',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { defaultDatabasePort: 3306, name: 'MySQL', shortName: 'MYSQL' },
      hostname: 'mysql-crm.db.example',
      databasePort: '3306',
      databaseName: 'crm',
      username: 'crm_read',
      password: null,
      attributes: {
        PORT_NUMBER: '3306',
        driverId: 'mysql8',
        'EXTRA_OPTION_MYSQL.useSSL': 'false',
        'EXTRA_OPTION_MYSQL.serverTimezone': 'UTC',
        DATABASE_TYPE: 'MYSQL',
        DATABASE_TYPE_NAME: 'MySQL',
      },
      extraOptions: { 'MYSQL.useSSL': 'false', characterEncoding: 'utf8', 'MYSQL.serverTimezone': 'UTC' },
      extraOptionsOrder: {},
      connectSql: '',
      connectionPoolingProperties: {
        maxActive: '50',
        maxIdle: '${MAX_IDLE}',
        jmxName: 'datafor:pool=crm',
        softMinEvictableIdleTimeMillis: 'one minute',
      },
      isSystem: false,
      isUploadDataset: true,
      driverId: 'mysql8',
      PORT_NUMBER: '3306',
      CUSTOM_URL: null,
    },
    edit: hostEdit('mysql-crm2.db.example'),
  },
  {
    class: 'kept-exactly',
    shape: 'Options with no extraOptionsOrder key at all, and an option whose value is null.',
    body: {
      ...PENTAHO_FLAGS,
      id: '0b1e5c52-7a43-4d1f-9c0e-6a2f8d3b1a13',
      name: 'rw_options_without_order',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { defaultDatabasePort: 5432, name: 'PostgreSQL', shortName: 'POSTGRESQL' },
      hostname: 'pg-crm.db.example',
      databasePort: '5432',
      databaseName: 'crm',
      username: 'crm_read',
      password: null,
      attributes: { PORT_NUMBER: '5432' },
      extraOptions: { 'POSTGRESQL.ssl': 'true', 'POSTGRESQL.TimeZone': 'UTC', 'POSTGRESQL.loginTimeout': null },
      connectionPoolingProperties: {},
    },
    edit: {
      label: 'Option value',
      optionRow: 2,
      value: 'Asia/Shanghai',
      // The map changes in one value; a body without an order gets none, and the null stays null.
      changes: { extraOptions: { 'POSTGRESQL.ssl': 'true', 'POSTGRESQL.TimeZone': 'Asia/Shanghai', 'POSTGRESQL.loginTimeout': null } },
    },
  },
];

export function realWorldBody(name: string): RealWorldBody {
  const found = REAL_WORLD_BODIES.find((entry) => entry.body.name === name);
  if (!found) throw new Error(`no real-world body named ${name}`);
  return found;
}
