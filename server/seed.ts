/**
 * Demo users and the connections a fresh database starts with. `foodmart2` is the example
 * body of Datafor's "Modify a connection" page, verbatim; the others cover the shapes the
 * editor must keep intact (ordered MySQL options, Oracle SID and tablespaces, a Generic
 * custom URL, and fields this project does not know), and shapes real Pentaho servers hold
 * (issue 13): a type whose driver the server lacks (`databaseType: null`), Kettle variables,
 * an Oracle RAC descriptor with port "-1", and a partitioned connection.
 */
import type { UserType } from '../src/connection/wire';
import { hashPassword } from './auth';
import type { ConnectionJson, DataforStore } from './store';
import { FOODMART2_DOCUMENTED_BODY } from '../src/connection/documented-example';

export type DemoUser = 'admin' | 'creator' | 'reader';

export const DEMO_PASSWORDS: Record<DemoUser, string> = {
  admin: 'admin123',
  creator: 'creator123',
  reader: 'reader123',
};

export const DEMO_USER_TYPES: Record<DemoUser, UserType> = {
  admin: 'Administrator',
  creator: 'SYS_Creator',
  reader: 'SYS_Reader',
};

export const DEMO_USERS = Object.keys(DEMO_PASSWORDS) as DemoUser[];

interface SeedConnection {
  json: ConnectionJson & { id: string; name: string };
  password: string | null;
  /** Permission codes per user (Administrators have every permission anyway). */
  acl: Partial<Record<DemoUser, readonly string[]>>;
}

const READ = ['0'] as const;
const READ_EDIT = ['0', '1'] as const;

function basePentahoFlags(): ConnectionJson {
  return {
    changed: false,
    partitioned: false,
    quoteAllFields: false,
    forcingIdentifiersToLowerCase: false,
    forcingIdentifiersToUpperCase: false,
    usingDoubleDecimalAsSchemaTableSeparator: false,
    informixServername: '',
    SQLServerInstance: null,
    initialPoolSize: 0,
    maximumPoolSize: 0,
  };
}

export const SEED_CONNECTIONS: readonly SeedConnection[] = [
  {
    // Verbatim from modify-a-connection.md.
    json: structuredClone(FOODMART2_DOCUMENTED_BODY),
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: '3f1c2a7e-5b8d-4c61-9e0a-7d2b4f6a8c11',
      name: 'sales_mysql',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 3306,
        defaultOptions: null,
        extraOptionsHelpUrl: 'http://dev.mysql.com/doc/refman/5.0/en/connector-j-reference-configuration-properties.html',
        name: 'MySQL',
        shortName: 'MYSQL',
      },
      hostname: 'mysql-sales.internal',
      databasePort: '3306',
      databaseName: 'sales',
      username: 'bi_reader',
      password: null,
      attributes: {
        driverId: 'mysql8',
        PORT_NUMBER: '3306',
        // Not a key this project edits: it must come back untouched after a save.
        SUPPORTS_BOOLEAN_DATA_TYPE: 'Y',
      },
      extraOptions: {
        'MYSQL.useSSL': 'false',
        'MYSQL.serverTimezone': 'Asia/Shanghai',
        'MYSQL.characterEncoding': 'utf8',
        'MYSQL.zeroDateTimeBehavior': 'convertToNull',
      },
      extraOptionsOrder: {
        '0': 'MYSQL.serverTimezone',
        '1': 'MYSQL.useSSL',
        '2': 'MYSQL.characterEncoding',
        '3': 'MYSQL.zeroDateTimeBehavior',
      },
      connectSql: "SET SESSION sql_mode = 'ANSI_QUOTES'",
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: true,
      dataTablespace: '',
      indexTablespace: '',
      driverId: 'mysql8',
      PORT_NUMBER: '3306',
      CUSTOM_URL: null,
      // A field newer Datafor servers send that this project does not model.
      datasourceOwner: 'sales-analytics',
    },
    password: 'Sales#2024',
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: '9a4e7c20-1d3b-4f8e-b6a5-2c9d0e1f3a47',
      name: 'finance_oracle',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: 1521,
        defaultOptions: null,
        extraOptionsHelpUrl: null,
        name: 'Oracle',
        shortName: 'ORACLE',
      },
      hostname: 'oracle-fin.internal',
      databasePort: '1521',
      databaseName: 'FINPROD',
      username: 'fin_report',
      password: null,
      attributes: { driverId: 'oracle', PORT_NUMBER: '1521' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: true,
      connectionPoolingProperties: {
        initialSize: '2',
        maxActive: '50',
        validationQuery: 'select 1 from dual',
        testOnBorrow: 'true',
      },
      streamingResults: false,
      dataTablespace: 'FIN_DATA',
      indexTablespace: 'FIN_INDEX',
      driverId: 'oracle',
      PORT_NUMBER: '1521',
      CUSTOM_URL: null,
    },
    password: 'Ledger!2024',
    acl: { creator: READ, reader: READ },
  },
  {
    json: {
      ...basePentahoFlags(),
      id: 'c7b2e915-6a0f-4d38-8e21-5f4a9b3d7e60',
      name: 'warehouse_generic',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: {
        defaultDatabaseName: null,
        defaultDatabasePort: null,
        defaultOptions: null,
        extraOptionsHelpUrl: null,
        name: 'Generic database',
        shortName: 'GENERIC',
      },
      hostname: '',
      databasePort: '',
      databaseName: '',
      username: 'etl',
      password: null,
      attributes: {
        CUSTOM_URL: 'jdbc:postgresql://warehouse.internal:5432/dw?ApplicationName=datafor',
        CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
        PORT_NUMBER: '',
        PREFERRED_SCHEMA_NAME: 'mart',
      },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: false,
      dataTablespace: '',
      indexTablespace: '',
      driverId: null,
      PORT_NUMBER: '',
      CUSTOM_URL: 'jdbc:postgresql://warehouse.internal:5432/dw?ApplicationName=datafor',
      CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
    },
    password: null,
    acl: { reader: READ },
  },
  {
    // Points at the PostgreSQL that `.ci/postgres.sh` starts, so "Test connection" can succeed locally.
    json: {
      ...basePentahoFlags(),
      id: '5e8d1b36-2f7a-4c90-a1d4-6b3e8f0c2d95',
      name: 'local_postgres',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
      hostname: '127.0.0.1',
      databasePort: '5432',
      databaseName: 'postgres',
      username: 'postgres',
      password: null,
      attributes: { driverId: 'postgresql', PORT_NUMBER: '5432' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      streamingResults: false,
      dataTablespace: '',
      indexTablespace: '',
      driverId: 'postgresql',
      PORT_NUMBER: '5432',
      CUSTOM_URL: null,
    },
    password: 'postgres',
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    // Read from a Pentaho server without the BigQuery (Simba) driver: it sends no type at all.
    json: {
      ...basePentahoFlags(),
      id: '2d6b9e41-8c3a-4f57-a0d2-9e1c7b4f6a31',
      name: 'bigquery_no_driver',
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
      },
      extraOptions: { 'GOOGLEBIGQUERY.OAuthType': '0', 'GOOGLEBIGQUERY.Timeout': '120' },
      extraOptionsOrder: { '0': 'GOOGLEBIGQUERY.OAuthType', '1': 'GOOGLEBIGQUERY.Timeout' },
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
    },
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    // Exported with Kettle variables so it moves between environments unchanged.
    json: {
      ...basePentahoFlags(),
      id: '7f3a0c95-4e1b-4d2a-b8c6-3a5e9d1f0b72',
      name: 'portable_variables',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
      hostname: '${DB_HOST}',
      databasePort: '${DB_PORT}',
      databaseName: '${DB_NAME}',
      username: '${DB_USER}',
      password: null,
      attributes: { driverId: 'postgresql', PORT_NUMBER: '${DB_PORT}' },
      extraOptions: { 'POSTGRESQL.ApplicationName': '${APP_NAME}' },
      extraOptionsOrder: { '0': 'POSTGRESQL.ApplicationName' },
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      driverId: 'postgresql',
      PORT_NUMBER: '${DB_PORT}',
      CUSTOM_URL: null,
    },
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    // An Oracle RAC: the whole TNS descriptor is the database, no host, and "-1" for "no port".
    json: {
      ...basePentahoFlags(),
      id: 'b4e8f2a7-1c6d-4e93-9f05-8d2a6c3e7b14',
      name: 'oracle_rac_tns',
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
      databaseName:
        '(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=rac1.db.example)(PORT=1521))(ADDRESS=(PROTOCOL=TCP)(HOST=rac2.db.example)(PORT=1521)))(CONNECT_DATA=(SERVICE_NAME=FINPROD)))',
      username: 'fin_report',
      password: null,
      attributes: { driverId: 'oracle', PORT_NUMBER: '-1' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      driverId: 'oracle',
      PORT_NUMBER: '-1',
      CUSTOM_URL: null,
    },
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
  {
    // Kettle clustering: partitions (one of them an empty entry) that the editor shows and keeps.
    json: {
      ...basePentahoFlags(),
      partitioned: true,
      id: 'e9c1d7b3-5a24-4f80-8b6e-1f4d2c9a0e56',
      name: 'partitioned_orders',
      accessType: 'NATIVE',
      accessTypeValue: 'NATIVE',
      databaseType: { ...FOODMART2_DOCUMENTED_BODY.databaseType },
      hostname: 'pg-a.db.example',
      databasePort: '5432',
      databaseName: 'orders_a',
      username: 'etl',
      password: null,
      attributes: { driverId: 'postgresql', PORT_NUMBER: '5432' },
      extraOptions: {},
      extraOptionsOrder: {},
      connectSql: '',
      usingConnectionPool: false,
      connectionPoolingProperties: {},
      partitioningInformation: [
        { partitionId: 'P1', hostname: 'pg-a.db.example', port: '5432', databaseName: 'orders_a', username: 'etl', password: 'Partition-A#2024' },
        { partitionId: 'P2', hostname: 'pg-b.db.example', port: '5432', databaseName: 'orders_b', username: 'etl', password: 'Partition-B#2024' },
        {},
      ],
      driverId: 'postgresql',
      PORT_NUMBER: '5432',
      CUSTOM_URL: null,
    },
    password: null,
    acl: { creator: READ_EDIT, reader: READ },
  },
];

/**
 * Sets the demo users' password hashes from the passwords configured for this start, and
 * seeds the connections the first time the database is opened (never again, even if every
 * connection is deleted later).
 */
export async function seedDatabase(store: DataforStore, passwords: Record<DemoUser, string>): Promise<void> {
  const hashes = await Promise.all(DEMO_USERS.map((user) => hashPassword(passwords[user])));
  store.transaction(() => {
    DEMO_USERS.forEach((username, index) => {
      store.upsertUser({ username, userType: DEMO_USER_TYPES[username], passwordHash: hashes[index] ?? '' });
    });
    if (store.getMeta('seeded') !== undefined) return;
    for (const seed of SEED_CONNECTIONS) {
      const { id, name } = seed.json;
      // The stored JSON never holds a password; `password: null` is what get/list send.
      const json = { ...seed.json, password: null };
      store.insertConnection({ id, name, json }, seed.password, seed.acl);
    }
    store.setMeta('seeded', new Date().toISOString());
  });
}
